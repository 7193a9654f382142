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

  /// Python's type name, as `type(x).__name__` shows it.
  public var typeName: String {
    switch self {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .string: return "str"
    case .list: return "list"
    case .tuple: return "tuple"
    case .dict: return "dict"
    case .set: return "set"
    case .range: return "range"
    case .slice: return "slice"
    case .ellipsis: return "ellipsis"
    case .function: return "function"
    case .builtin: return "builtin_function_or_method"
    case .type: return "type"
    case .module: return "module"
    case .native(let object): return object.typeName
    case .exception(let exception): return exception.type.name
    case .iterator(let iterator): return iterator.typeName
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
