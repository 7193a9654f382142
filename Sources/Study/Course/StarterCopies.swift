import Foundation
import Workbook

/// The lessons as they were handed out, kept in `.gradbook/starter/`: where `reset` takes starter code from, and
/// what tells an untouched exercise from one the learner changed and a course update from an edit.
///
/// A lesson gets its copy the first time gradbook sees it in the course (right after `study` made the learner's
/// copy, that is the lesson as released).
public struct StarterCopies {
  public let root: String

  public init(root: String) {
    self.root = root
  }

  /// `.gradbook/starter/` in the course root.
  public var folder: String { root + "/" + CourseRoot.folderName + "/starter" }

  public func path(of relativePath: String) -> String { folder + "/" + relativePath }

  /// The starter copy of the lesson at `relativePath`, parsed; nil when there is none or it does not parse.
  public func lesson(_ relativePath: String) -> Lesson? {
    guard case .success(let lesson) = LessonCatalog.load(path(of: relativePath)) else { return nil }
    return lesson
  }

  /// The starter code of each exercise of the course, by key; lessons without a starter copy get one now, from the
  /// lesson file as it is. Returns the keys' starter code and the lessons that were copied.
  public func starters(for course: Course) -> (code: [String: String], copied: [String]) {
    var code: [String: String] = [:]
    var copied: [String] = []
    for courseLesson in course.lessons {
      var starter = lesson(courseLesson.relativePath)
      if starter == nil {
        let file = courseLesson.lesson
        if (try? AtomicFile.write(file.source.bytes, to: path(of: courseLesson.relativePath))) != nil {
          copied.append(courseLesson.relativePath)
        }
        starter = file
      }
      guard let starter else { continue }
      let copy = CourseLesson(relativePath: courseLesson.relativePath, lesson: starter)
      for index in starter.exerciseIndices {
        code[copy.key(ofExercise: index)] = starter.cells[index].code
      }
    }
    return (code, copied)
  }
}
