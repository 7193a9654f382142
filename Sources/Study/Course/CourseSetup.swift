import Foundation
import Workbook

/// What a folder given to `gradbook study` is, and how it becomes a course to study.
public enum CourseSetup {
  /// What `study` found.
  public enum Found: Equatable, Sendable {
    /// A course root (it holds `.gradbook`): ready.
    case course(root: String)
    /// Lessons without solutions (a learner's copy), not set up yet.
    case learnerCopy(folder: String)
    /// Lessons with solutions: an instructor's course, which the learner should not study from directly.
    case instructorCourse(folder: String)
    /// No lessons.
    case nothing
  }

  /// Looks at `folder`: a course root at or above it wins, else its lessons decide.
  public static func examine(_ folder: String) -> Found {
    if CourseRoot.isRoot(folder) { return .course(root: folder) }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      return .nothing
    }
    let course = Course.load(root: folder)
    guard !course.lessons.isEmpty else { return .nothing }
    let hasSolutions = course.lessons.contains { courseLesson in
      courseLesson.lesson.cells.contains { $0.kind == .solution }
    }
    return hasSolutions ? .instructorCourse(folder: folder) : .learnerCopy(folder: folder)
  }

  /// Makes `folder` a course root.
  public static func start(_ folder: String) throws {
    try FileManager.default.createDirectory(
      atPath: folder + "/" + CourseRoot.folderName, withIntermediateDirectories: true)
  }
}
