import Foundation

/// Finds the course a learner's command is about.
public enum CourseLocator {
  /// Where the course is, as a path for files and as it is shown in messages.
  public struct Location: Equatable, Sendable {
    public var root: String
    public var shownRoot: String
  }

  /// `.gradbook` found nowhere.
  public struct NotACourse: Error, CustomStringConvertible {
    public var description: String
  }

  /// The course named by `--course` (which must be a course root), else the one around `folder` (walking up), else
  /// the one around the lesson a `FILE#NAME` reference names.
  public static func locate(course: String?, reference: String?, from folder: String) -> Result<
    Location, NotACourse
  > {
    if let course {
      guard CourseRoot.isRoot(course) else {
        return .failure(
          NotACourse(
            description:
              "\(course): error: not a course (it has no \(CourseRoot.folderName) folder); `gradbook study \(course)` "
              + "sets it up"))
      }
      let root = URL(fileURLWithPath: course, relativeTo: URL(fileURLWithPath: folder)).standardizedFileURL
        .path
      return .success(Location(root: root, shownRoot: Course.shownRoot(root, from: folder)))
    }
    var starts = [folder]
    if let reference, let hash = reference.lastIndex(of: "#"), reference[..<hash].contains("/") {
      let file = String(reference[..<hash])
      starts.append(
        URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: folder)).deletingLastPathComponent().path)
    }
    for start in starts {
      if let root = CourseRoot.find(from: start) {
        return .success(Location(root: root, shownRoot: Course.shownRoot(root, from: folder)))
      }
    }
    return .failure(
      NotACourse(
        description:
          "error: not inside a course: no \(CourseRoot.folderName) folder here or above; `gradbook study LESSONS` "
          + "makes your copy of a course and sets it up"))
  }
}
