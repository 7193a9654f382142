/// A harness found a result that is not sane (an impossible position, a broken round trip, an overrun budget).
///
/// The fuzzers trap on it so that libFuzzer keeps the input; the replay test reports it as a failure.
public struct FuzzInvariantViolation: Error, Equatable, Sendable, CustomStringConvertible {
  public var harness: FuzzHarness
  public var message: String

  public init(_ harness: FuzzHarness, _ message: String) {
    self.harness = harness
    self.message = message
  }

  public var description: String { "\(harness.rawValue): \(message)" }
}
