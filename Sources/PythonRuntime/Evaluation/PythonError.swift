/// A Python exception travelling through Swift code.
///
/// Native code raises Python exceptions by throwing one:
/// `throw PythonError(.runtimeError, "grad can be implicitly created only for scalar outputs")`.
/// The evaluator fills in the source position of the innermost node being evaluated.
///
/// `@unchecked Sendable` (which `Error` requires) because the exception object holds learner values;
/// it is safe since an error is thrown and caught on its session's cell thread, and only its text
/// (``CellError``) leaves that thread.
public struct PythonError: Error, @unchecked Sendable {
  /// The exception object (type and args) that `except ... as e` binds.
  public var exception: ExceptionObject
  /// 1-based lesson line where the error was raised, once known.
  public var line: Int?
  /// 1-based lesson column where the error was raised, once known.
  public var column: Int?
  /// Budget errors (steps, output, memory) cannot be caught by `try/except`.
  public var isFatal: Bool

  /// A built-in exception with one message argument (none when `message` is empty).
  public init(_ kind: Kind, _ message: String, fatal: Bool = false) {
    self.exception = ExceptionObject(type: kind.type, arguments: message.isEmpty ? [] : [.string(message)])
    self.isFatal = fatal
  }

  /// A built-in exception with these arguments, e.g. `KeyError(key)` whose message is the key's repr.
  public init(_ kind: Kind, arguments: [Value]) {
    self.exception = ExceptionObject(type: kind.type, arguments: arguments)
    self.isFatal = false
  }

  public init(exception: ExceptionObject) {
    self.exception = exception
    self.isFatal = false
  }

  /// The exception's type name, e.g. `RuntimeError`.
  public var typeName: String { exception.type.name }

  /// Whether the exception is an instance of `kind` (or of a class derived from it), as `except` decides.
  public func isInstance(of kind: Kind) -> Bool { exception.type.isSubtype(of: kind.type) }

  /// The message Python prints after `TypeName: `.
  public var message: String { exception.message }

  /// Sets the position unless a more precise (inner) one is already known.
  func located(line: Int, column: Int) -> PythonError {
    guard self.line == nil else { return self }
    var copy = self
    copy.line = line
    copy.column = column
    return copy
  }

  public static func typeError(_ message: String) -> PythonError { PythonError(.typeError, message) }
  public static func valueError(_ message: String) -> PythonError { PythonError(.valueError, message) }
  public static func attributeError(_ message: String) -> PythonError {
    PythonError(.attributeError, message)
  }
  public static func indexError(_ message: String) -> PythonError { PythonError(.indexError, message) }
  public static func overflow() -> PythonError {
    PythonError(.overflowError, "integer result too large for Gradbook (64-bit)")
  }
}
