/// The grade of one submission.
public struct SubmissionGrade: Equatable, Sendable {
  /// How grading went as a whole.
  public enum Status: String, Equatable, Sendable {
    /// Every point earned.
    case pass
    /// Some point lost.
    case fail
    /// Some file of the submission could not be read (its exercises score 0; the rest is graded).
    case error
  }

  /// The submission's path as given.
  public var name: String
  /// Points earned and possible, not rounded (reports round to six decimal places).
  public var score: Double
  public var maxScore: Double
  /// Every graded exercise of the source, in source order.
  public var exercises: [ExerciseGrade]
  public var notes: [String]
  public var errors: [String]

  public init(name: String, exercises: [ExerciseGrade], notes: [String], errors: [String]) {
    self.name = name
    self.exercises = exercises
    self.notes = notes
    self.errors = errors
    score = exercises.reduce(0) { $0 + $1.score }
    maxScore = exercises.reduce(0) { $0 + $1.maxScore }
  }

  public var status: Status {
    if !errors.isEmpty { return .error }
    return ExerciseScoring.rounded(score) >= ExerciseScoring.rounded(maxScore) ? .pass : .fail
  }
}
