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

  /// The course to study (absolute root, and how to show it), or nil after saying why not. An instructor's course is
  /// offered to be copied for the learner into `into` (default `study/NAME` in the current folder).
  public func locate(_ course: String?, into: String? = nil) -> CourseLocator.Location? {
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
      return makeLearnerCopy(of: given, at: absolute, into: into)
    case .nothing:
      writeError(
        course == nil
          ? "error: not inside a course: no \(CourseRoot.folderName) folder here or above, and no lessons here; "
            + "`gradbook study LESSONS` starts one\n"
          : "\(given): error: no lessons (*.md files with python cells) here\n")
      return nil
    }
  }

  /// Offers to release the instructor's course at `source` into a learner's copy, and sets that copy up.
  private func makeLearnerCopy(of given: String, at source: String, into: String?) -> CourseLocator.Location?
  {
    let name = (source as NSString).lastPathComponent
    let destination = into ?? "study/" + name
    let target = URL(fileURLWithPath: destination, relativeTo: URL(fileURLWithPath: folder))
      .standardizedFileURL.path
    if CourseRoot.isRoot(target) {
      write("\(destination) already holds your copy of \(given); opening it.\n")
      return CourseLocator.Location(root: target, shownRoot: Course.shownRoot(target, from: folder))
    }
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: target), !entries.isEmpty {
      writeError(
        "\(destination): error: this folder is not empty and is not a course; choose another with --into DIR\n"
      )
      return nil
    }
    let question =
      "\(given) is an instructor's course: its lessons hold the solutions. Make your own copy without them in "
      + "\(destination) and study that? [Y/n] "
    guard confirmDefaultYes(question) else {
      writeError("Nothing was changed. (`gradbook release \(given) -o DIR` makes a copy too.)\n")
      return nil
    }
    write("Making \(destination): each lesson's solutions are checked first, then left out…\n")
    let report = Releaser().release(paths: [source], to: target, keepTargets: true, strict: false)
    guard report.errors.isEmpty else {
      for error in report.errors { writeError(error.description + "\n") }
      writeError("\(given): the course could not be copied (the errors above are the course's, not yours)\n")
      return nil
    }
    do {
      try CourseSetup.start(target)
      try CourseSource(source: source).save(root: target)
    } catch {
      writeError("\(destination): error: cannot set up the course: \(error)\n")
      return nil
    }
    write(
      "Made \(destination) (\(report.written.count) lessons). Edit its lessons in your editor; your progress is kept in "
        + "\(destination)/\(CourseRoot.folderName).\n")
    return CourseLocator.Location(root: target, shownRoot: Course.shownRoot(target, from: folder))
  }

  /// Yes unless the learner answers n or no (Enter accepts); no when nobody answers.
  private func confirmDefaultYes(_ question: String) -> Bool {
    guard let answer = ask(question) else { return false }
    return !["n", "no"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
  }
}
