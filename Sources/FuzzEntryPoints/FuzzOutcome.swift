/// What one fuzz input led to once its invariants held: a result, or an error that says where.
public enum FuzzOutcome: Equatable, Sendable {
  /// The input was accepted and produced a result.
  case result
  /// The input was rejected with an error at a 1-based line and column.
  case positionedError(line: Int, column: Int, message: String)
}
