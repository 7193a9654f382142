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
