/// The role of a python cell in a lesson.
public enum CellKind: String, Equatable, Hashable, Sendable, Codable {
  /// An ordinary cell: run in order, checked against its expectations.
  case code
  /// A learner's starter code (`python exercise`): shown, not run by `check`.
  case exercise
  /// The reference answer to the preceding exercise (`python solution`): run in the exercise's place.
  case solution
  /// Assertions run after the solution (`python check`): must finish without an error.
  case check
}
