/// A Python exception instance: its type and constructor arguments.
public final class ExceptionObject {
  public let type: TypeObject
  /// `args`; a cell class's `__init__` may replace them through `super().__init__(...)`.
  public internal(set) var arguments: [Value]
  /// Attributes a cell class's methods set on the exception (`self.code = code`).
  var attributes: [String: Value] = [:]

  public init(type: TypeObject, arguments: [Value]) {
    self.type = type
    self.arguments = arguments
  }

  /// `str(e)`: empty, the single argument's str (repr for KeyError), or the tuple of arguments.
  public var message: String {
    switch arguments.count {
    case 0: return ""
    case 1:
      if type.isSubtype(of: PythonError.Kind.keyError.type) { return ValueFormatter.repr(arguments[0]) }
      return ValueFormatter.str(arguments[0])
    default: return ValueFormatter.repr(.tuple(arguments))
    }
  }
}
