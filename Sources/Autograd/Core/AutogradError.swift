/// An error raised by a tensor operation, carrying PyTorch's exception class and exact message.
public struct AutogradError: Error, Equatable, CustomStringConvertible {
  /// The Python exception class PyTorch raises.
  public enum Kind: String, Sendable {
    case runtimeError = "RuntimeError"
    case indexError = "IndexError"
    case valueError = "ValueError"
    case typeError = "TypeError"
    case notImplementedError = "NotImplementedError"
  }

  /// The exception class.
  public var kind: Kind
  /// The message, exactly as PyTorch words it.
  public var message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// The Python exception class name, e.g. `RuntimeError`.
  public var typeName: String { kind.rawValue }

  /// The last line of a Python traceback: `RuntimeError: message`.
  public var description: String { "\(kind.rawValue): \(message)" }

  static func runtime(_ message: String) -> AutogradError { AutogradError(.runtimeError, message) }
  static func index(_ message: String) -> AutogradError { AutogradError(.indexError, message) }
  static func value(_ message: String) -> AutogradError { AutogradError(.valueError, message) }
  static func type(_ message: String) -> AutogradError { AutogradError(.typeError, message) }
}
