/// A problem in a lesson that does not stop it from running.
public struct Finding: Equatable, Sendable, CustomStringConvertible {
  public var location: SourceLocation
  public var severity: FindingSeverity
  public var message: String

  public init(location: SourceLocation, severity: FindingSeverity, message: String) {
    self.location = location
    self.severity = severity
    self.message = message
  }

  /// `file:line:col: warning: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
