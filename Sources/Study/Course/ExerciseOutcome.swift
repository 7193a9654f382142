import PythonRuntime
import Workbook

/// Where a learner stands on an exercise, recomputed from the lesson file every time.
public enum ExerciseState: String, Codable, Equatable, Sendable {
  /// The code passes its target and every public check.
  case passed
  /// The code has been changed and does not pass yet.
  case failed
  /// The code is still the starter code, and does not pass.
  case notStarted = "not started"
}

/// One public check case of an exercise and how it ended.
public struct CheckResult: Equatable, Sendable {
  public enum Status: String, Codable, Equatable, Sendable {
    case pass, fail, error
  }

  /// The assert as written, or `check (line N)` for a check that is one case.
  public var name: String
  public var status: Status
  /// Why it did not pass.
  public var message: String?
  /// The file line of the case.
  public var line: Int

  public init(name: String, status: Status, message: String? = nil, line: Int) {
    self.name = name
    self.status = status
    self.message = message
    self.line = line
  }
}

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
  /// Check cases the learner's copy does not have, which run only when grading.
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
