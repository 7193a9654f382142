import Foundation
import Reports
import Workbook

/// `gradbook study [COURSE]` before the loop starts: finds or sets up the course, and says what to do when it cannot.
public struct StudyLauncher {
  public var folder: String
  /// Asks a question and returns the answer line (nil when nobody answers).
  public var ask: (String) -> String?
  public var write: (String) -> Void
  public var writeError: (String) -> Void

  public init(
    folder: String = FileManager.default.currentDirectoryPath, ask: @escaping (String) -> String?,
    write: @escaping (String) -> Void, writeError: @escaping (String) -> Void
  ) {
    self.folder = folder
    self.ask = ask
    self.write = write
    self.writeError = writeError
  }

  /// The course to study (absolute root, and how to show it), or nil after saying why not.
  public func locate(_ course: String?) -> CourseLocator.Location? {
    let given = course ?? "."
    let absolute = URL(fileURLWithPath: given, relativeTo: URL(fileURLWithPath: folder)).standardizedFileURL
      .path
    if course == nil, let root = CourseRoot.find(from: absolute) {
      return CourseLocator.Location(root: root, shownRoot: Course.shownRoot(root, from: folder))
    }
    switch CourseSetup.examine(absolute) {
    case .course(let root):
      return CourseLocator.Location(root: root, shownRoot: Course.shownRoot(root, from: folder))
    case .learnerCopy:
      let question =
        "\(given) holds lessons without solutions. Study them here? This makes \(given)/\(CourseRoot.folderName) "
        + "for your progress. [Y/n] "
      guard confirmDefaultYes(question) else {
        writeError("Nothing was changed.\n")
        return nil
      }
      do {
        try CourseSetup.start(absolute)
      } catch {
        writeError("\(given): error: cannot make \(CourseRoot.folderName): \(error.localizedDescription)\n")
        return nil
      }
      return CourseLocator.Location(root: absolute, shownRoot: Course.shownRoot(absolute, from: folder))
    case .instructorCourse:
      writeError(
        "\(given): this is an instructor's course: its lessons hold the solutions. Make your own copy without them "
          + "with `gradbook release \(given) -o DIR`, then `gradbook study DIR`.\n")
      return nil
    case .nothing:
      writeError(
        course == nil
          ? "error: not inside a course: no \(CourseRoot.folderName) folder here or above, and no lessons here; "
            + "`gradbook study LESSONS` starts one\n"
          : "\(given): error: no lessons (*.md files with python cells) here\n")
      return nil
    }
  }

  /// Yes unless the learner answers n or no (Enter accepts); no when nobody answers.
  private func confirmDefaultYes(_ question: String) -> Bool {
    guard let answer = ask(question) else { return false }
    return !["n", "no"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
  }
}
