/// Test data that is missing or malformed; thrown so the test fails with this message rather than skipping.
public struct FixtureError: Error, CustomStringConvertible, Sendable {
  public let description: String

  public init(_ description: String) {
    self.description = description
  }
}
