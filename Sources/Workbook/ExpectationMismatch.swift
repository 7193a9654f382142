/// One way a cell's result differs from what its fences state.
public struct ExpectationMismatch: Equatable, Sendable {
  public var kind: ExpectationKind
  /// The fence's text, or empty when there is no fence (nothing was expected).
  public var expected: String
  /// What the cell produced (warnings one per line).
  public var actual: String
  /// Whether a fence of this kind exists (false: the cell produced something no fence mentions).
  public var hasFence: Bool
  /// Why there is no actual text to compare: a `graph` that could not be drawn (`w` is not defined).
  public var reason: String?

  public init(kind: ExpectationKind, expected: String, actual: String, hasFence: Bool, reason: String? = nil) {
    self.kind = kind
    self.expected = expected
    self.actual = actual
    self.hasFence = hasFence
    self.reason = reason
  }
}
