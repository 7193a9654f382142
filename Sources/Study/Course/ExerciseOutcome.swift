import PythonRuntime
import Workbook

/// An exercise of a course with what running its lesson said about it.
public struct ExerciseOutcome: Sendable {
  /// `LESSON#NAME`, the key progress keeps it under.
  public var key: String
  /// Index of the lesson in the course, and of the exercise's cell in the lesson.
  public var lessonIndex: Int
  public var cellIndex: Int
  public var state: ExerciseState
  /// Points earned and possible from the public checks.
  public var score: Double
  public var maxScore: Double
  public var checks: [CheckResult]
  /// The report of the cell that ran as the exercise's code (its target fences, its error).
  public var code: CellReport?
  /// Hidden check cases of the exercise's lesson, which the learner's copy does not have and only grading runs.
  public var hiddenAtGrading: Int
  /// The starter code changed in a course update since this learner's history began.
  public var isUpdated: Bool

  public init(
    key: String, lessonIndex: Int, cellIndex: Int, state: ExerciseState, score: Double, maxScore: Double,
    checks: [CheckResult], code: CellReport?, hiddenAtGrading: Int = 0, isUpdated: Bool = false
  ) {
    self.key = key
    self.lessonIndex = lessonIndex
    self.cellIndex = cellIndex
    self.state = state
    self.score = score
    self.maxScore = maxScore
    self.checks = checks
    self.code = code
    self.hiddenAtGrading = hiddenAtGrading
    self.isUpdated = isUpdated
  }
}
