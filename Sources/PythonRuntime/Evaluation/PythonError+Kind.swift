extension PythonError {
  /// Python's built-in exception classes, as typed values: `PythonError(.typeError, "…")`.
  ///
  /// The raw value is the class name Python prints. There is no way to name a class that is not
  /// listed here; a binding that needs its own exception class builds a ``TypeObject`` deriving from one
  /// of these and raises it with ``PythonError/init(exception:)``.
  public enum Kind: String, CaseIterable, Sendable {
    case baseException = "BaseException"
    case exception = "Exception"
    case keyboardInterrupt = "KeyboardInterrupt"
    case systemExit = "SystemExit"
    case generatorExit = "GeneratorExit"
    case arithmeticError = "ArithmeticError"
    case zeroDivisionError = "ZeroDivisionError"
    case overflowError = "OverflowError"
    case floatingPointError = "FloatingPointError"
    case lookupError = "LookupError"
    case indexError = "IndexError"
    case keyError = "KeyError"
    case valueError = "ValueError"
    case unicodeError = "UnicodeError"
    case typeError = "TypeError"
    case nameError = "NameError"
    case unboundLocalError = "UnboundLocalError"
    case attributeError = "AttributeError"
    case runtimeError = "RuntimeError"
    case notImplementedError = "NotImplementedError"
    case recursionError = "RecursionError"
    case assertionError = "AssertionError"
    case importError = "ImportError"
    case moduleNotFoundError = "ModuleNotFoundError"
    case stopIteration = "StopIteration"
    case memoryError = "MemoryError"
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
    case osError = "OSError"
    case timeoutError = "TimeoutError"
    case warning = "Warning"
    case userWarning = "UserWarning"
    case deprecationWarning = "DeprecationWarning"
    case runtimeWarning = "RuntimeWarning"
    case futureWarning = "FutureWarning"

    /// The class this one derives from, as in CPython 3.11's hierarchy (nil for `BaseException`).
    public var base: Kind? {
      switch self {
      case .baseException: return nil
      case .exception, .keyboardInterrupt, .systemExit, .generatorExit: return .baseException
      case .arithmeticError, .lookupError, .valueError, .typeError, .nameError, .attributeError,
        .runtimeError, .assertionError, .importError, .stopIteration, .memoryError, .syntaxError, .osError,
        .warning:
        return .exception
      case .zeroDivisionError, .overflowError, .floatingPointError: return .arithmeticError
      case .indexError, .keyError: return .lookupError
      case .unicodeError: return .valueError
      case .unboundLocalError: return .nameError
      case .notImplementedError, .recursionError: return .runtimeError
      case .moduleNotFoundError: return .importError
      case .indentationError: return .syntaxError
      case .tabError: return .indentationError
      case .timeoutError: return .osError
      case .userWarning, .deprecationWarning, .runtimeWarning, .futureWarning: return .warning
      }
    }

    /// The class as a Python type object (one per kind for the whole process; immutable).
    public var type: TypeObject { Kind.types[self] ?? TypeObject.object }

    /// Every kind's type object, each linked to its base's.
    private static let types: [Kind: TypeObject] = {
      var table: [Kind: TypeObject] = [:]
      func make(_ kind: Kind) -> TypeObject {
        if let existing = table[kind] { return existing }
        let isRoot = kind == .baseException
        let type = TypeObject(
          name: kind.rawValue, bases: kind.base.map { [make($0)] },
          members: isRoot
            ? IntrospectionMembers.exception
            : kind == .stopIteration ? GeneratorMembers.stopIteration : MemberTable(),
          constructor: isRoot ? construct : nil)
        table[kind] = type
        return type
      }
      for kind in allCases { _ = make(kind) }
      return table
    }()

    /// `SomeError(*args)`: an instance of the class called (subclasses inherit this).
    private static func construct(_ type: TypeObject, _ arguments: Arguments, _ context: NativeContext) throws
      -> Value
    {
      if !arguments.keywords.isEmpty {
        throw PythonError.typeError("\(type.name)() takes no keyword arguments")
      }
      return .exception(ExceptionObject(type: type, arguments: arguments.positional))
    }
  }
}
