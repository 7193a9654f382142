/// Where a learner stands on an exercise, recomputed from the lesson file every time.
public enum ExerciseState: String, Codable, Equatable, Sendable {
  /// The code passes its target and every public check.
  case passed
  /// The code has been changed and does not pass yet.
  case failed
  /// The code is still the starter code, and does not pass.
  case notStarted = "not started"
}
