import Foundation
import Workbook

/// The lessons of a course root, read fresh: every `*.md` file below it that holds python cells (a README without
/// cells is not a lesson), in name order, and those that could not be read.
public struct Course: Sendable {
  /// The course root, as the learner named it (or as found).
  public var root: String
  public var lessons: [CourseLesson]
  /// Lessons that could not be read or are malformed, each with its `file:line:col` message.
  public var rejected: [LessonError]
  /// The paths below the root of the rejected lessons (their exercises are not gone, only unreadable for now).
  public var rejectedPaths: Set<String>

  public init(root: String, lessons: [CourseLesson], rejected: [LessonError], rejectedPaths: Set<String> = [])
  {
    self.root = root
    self.lessons = lessons
    self.rejected = rejected
    self.rejectedPaths = rejectedPaths
  }

  /// Reads every lesson under `root`; `shownRoot` is how paths begin in messages (the root as the learner would type
  /// it from the current folder).
  public static func load(root: String, shownRoot: String? = nil) -> Course {
    let shown = shownRoot ?? root
    var lessons: [CourseLesson] = []
    var rejected: [LessonError] = []
    var rejectedPaths: Set<String> = []
    for entry in LessonCatalog.lessonFiles(forPath: root) {
      guard case .success(let path) = entry else {
        if case .failure(let error) = entry, case .noLessons = error { continue }
        if case .failure(let error) = entry { rejected.append(error) }
        continue
      }
      let relative = relativePath(of: path, under: root)
      switch load(path, as: shownPath(relative, shownRoot: shown)) {
      case .success(let lesson) where !lesson.cells.isEmpty:
        lessons.append(CourseLesson(relativePath: relative, lesson: lesson))
      case .success:
        continue
      case .failure(let error):
        rejected.append(error)
        rejectedPaths.insert(relative)
      }
    }
    return Course(root: root, lessons: lessons, rejected: rejected, rejectedPaths: rejectedPaths)
  }

  /// Reads the lesson at `path`, naming it `shown` in the lesson and in every message about it.
  static func load(_ path: String, as shown: String) -> Result<Lesson, LessonError> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(.unreadable(shown, reason: String(cString: strerror(errno))))
    }
    do {
      return .success(try LessonParser().parse([UInt8](data), file: shown))
    } catch let error as LessonError {
      return .failure(error)
    } catch {
      return .failure(.unreadable(shown, reason: "\(error)"))
    }
  }

  /// `path` without the `root/` it starts with.
  static func relativePath(of path: String, under root: String) -> String {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// How a lesson at `relative` below the root is named in messages.
  static func shownPath(_ relative: String, shownRoot: String) -> String {
    shownRoot == "." || shownRoot.isEmpty
      ? relative : (shownRoot.hasSuffix("/") ? shownRoot : shownRoot + "/") + relative
  }

  /// How to name `root` from `folder` (the current folder): `.` when they are the same, a relative path when the
  /// root is inside it, else the absolute path.
  public static func shownRoot(_ root: String, from folder: String) -> String {
    let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
    let current = URL(fileURLWithPath: folder).standardizedFileURL.path
    if absolute == current { return "." }
    let prefix = current.hasSuffix("/") ? current : current + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
  }

  /// The error of the rejected lesson at `relativePath`.
  public func rejection(of relativePath: String, shownRoot: String) -> LessonError? {
    guard rejectedPaths.contains(relativePath) else { return nil }
    let shown = Self.shownPath(relativePath, shownRoot: shownRoot)
    return rejected.first { $0.file == shown }
  }

  /// The lesson at `relativePath`.
  public func lesson(at relativePath: String) -> CourseLesson? {
    lessons.first { $0.relativePath == relativePath }
  }
}
