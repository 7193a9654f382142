/// A Python value as the cell language sees it.
///
/// Scalars and tuples are Swift values; mutable containers (`list`, `dict`, `set`) are reference
/// boxes so that aliasing behaves as in Python. Native Swift objects (tensors, grad-mode context
/// managers, …) enter the language as `.native` through the ``NativeObject`` protocol.
public enum Value {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  case list(ListObject)
  case tuple([Value])
  case dict(DictObject)
  case set(SetObject)
  case range(RangeValue)
  indirect case slice(SliceValue)
  case ellipsis
  /// A function defined in a cell (`def` or `lambda`).
  case function(FunctionObject)
  /// A function implemented in Swift (builtins, module functions, bound native methods).
  case builtin(BuiltinFunction)
  case type(TypeObject)
  case module(ModuleObject)
  case native(NativeObject)
  case exception(ExceptionObject)
  case iterator(IteratorObject)

  /// The type's name as Python's messages give it (`'list' object …`, `'torch.Size' object …`); see
  /// ``TypeObject/messageName``. `type(x).__name__` is `pythonType.name`.
  public var typeName: String {
    switch self {
    case .iterator(let iterator): return iterator.typeName
    default: return pythonType.messageName
    }
  }

  /// The value's type (`type(x)`): where attribute lookup starts, and what `isinstance` checks.
  public var pythonType: TypeObject { withPythonType { $0 } }

  /// Runs `body` with the value's type, lent rather than retained (the method-call path uses it).
  @inline(__always)
  func withPythonType<Result>(_ body: (TypeObject) throws -> Result) rethrows -> Result {
    switch self {
    case .none: return try body(.noneType)
    case .bool: return try body(.bool)
    case .int: return try body(.int)
    case .float: return try body(.float)
    case .string: return try body(.str)
    case .list: return try body(.list)
    case .tuple: return try body(.tuple)
    case .dict(let dict):
      if case .plain = dict.displayStyle { return try body(.dict) }
      return try body(dict.pythonType)
    case .set: return try body(.set)
    case .range: return try body(.range)
    case .slice: return try body(.slice)
    case .ellipsis: return try body(.ellipsis)
    case .function: return try body(.function)
    case .builtin: return try body(.builtinFunction)
    case .type: return try body(.type)
    case .module: return try body(.module)
    case .native(let object): return try body(object.pythonType)
    case .exception(let exception): return try body(exception.type)
    case .iterator(let iterator): return try body(iterator.type)
    }
  }

  /// Whether this is `None`.
  public var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  /// Convenience: a Python list holding `elements`.
  public static func makeList(_ elements: [Value]) -> Value { .list(ListObject(elements)) }
}
