/// The verdict on one cell.
public enum CellStatus: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  /// Ran and produced what its expectations state.
  case passed
  /// Ran and differed from its expectations.
  case failed
  /// Ran without an error but has no expectations to check.
  case unchecked
  /// Not run (`skip`, or an exercise's starter code).
  case skipped
  /// Stopped with an error nobody expected.
  case error

  /// Whether this status makes `check` fail.
  public var isFailure: Bool { self == .failed || self == .error }
}
