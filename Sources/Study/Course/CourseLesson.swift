import Workbook

/// A lesson of a course, with its path below the course root (which names its exercises in progress).
public struct CourseLesson: Sendable {
  /// `02-backward-scalar.md`, `part1/intro.md`.
  public var relativePath: String
  public var lesson: Lesson

  public init(relativePath: String, lesson: Lesson) {
    self.relativePath = relativePath
    self.lesson = lesson
  }

  /// `LESSON#NAME` of the exercise at cell `index`: how progress keys it.
  public func key(ofExercise index: Int) -> String {
    relativePath + "#" + lesson.exerciseName(at: index)
  }
}
