/// A Python exception travelling through Swift code.
///
/// Native code raises Python exceptions by throwing one:
/// `throw PythonError(type: "RuntimeError", message: "grad can be implicitly created only for scalar outputs")`.
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

  /// An exception of the named built-in type (unknown names become subclasses of `Exception`).
  public init(type typeName: String, message: String, fatal: Bool = false) {
    let type = TypeObject.exceptionType(named: typeName)
    self.exception = ExceptionObject(type: type, arguments: message.isEmpty ? [] : [.string(message)])
    self.isFatal = fatal
  }

  public init(exception: ExceptionObject) {
    self.exception = exception
    self.isFatal = false
  }

  /// The exception's type name, e.g. `RuntimeError`.
  public var typeName: String { exception.type.name }

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

  public static func typeError(_ message: String) -> PythonError { PythonError(type: "TypeError", message: message) }
  public static func valueError(_ message: String) -> PythonError {
    PythonError(type: "ValueError", message: message)
  }
  public static func attributeError(_ message: String) -> PythonError {
    PythonError(type: "AttributeError", message: message)
  }
  public static func indexError(_ message: String) -> PythonError {
    PythonError(type: "IndexError", message: message)
  }
  public static func overflow() -> PythonError {
    PythonError(type: "OverflowError", message: "integer result too large for Gradbook (64-bit)")
  }
}
