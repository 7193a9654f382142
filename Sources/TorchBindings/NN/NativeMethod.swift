import PythonRuntime

/// One method of a native torch type: its name, PyTorch's parameters and its body.
///
/// The shape of `Member.torch(of:_:_:_:)` on the `tables` branch (name, parameters, body taking the
/// receiver, the bound call and the context), so that each declaration converts to a `Member` by
/// renaming once member tables reach main.
struct NativeMethod<Object: AnyObject>: Sendable {
  let name: String
  let parameters: [MethodParameter]
  /// Whether surplus arguments are collected (`*args, **kwargs`, read with `TorchCall.rest`).
  let variadic: Bool
  let body: @Sendable (Object, TorchCall, NativeContext) throws -> Value

  init(
    _ name: String, _ parameters: [MethodParameter] = [], variadic: Bool = false,
    _ body: @escaping @Sendable (Object, TorchCall, NativeContext) throws -> Value
  ) {
    self.name = name
    self.parameters = parameters
    self.variadic = variadic
    self.body = body
  }

  /// Binds `arguments` as CPython binds the Python method `owner.name` and runs the body on `object`.
  func call(_ object: Object, _ arguments: Arguments, _ context: NativeContext, owner: String) throws -> Value
  {
    let signature = Signature(
      "\(owner).\(name)", parameters.map(\.parameter), variadicPositional: variadic ? "args" : nil,
      variadicKeyword: variadic ? "kwargs" : nil)
    return try body(object, try TorchCall(python: arguments, method: true, signature), context)
  }
}

/// A method parameter whose default is a constant, so declarations can be shared by every session
/// (cell values are not).
struct MethodParameter: Sendable, ExpressibleByStringLiteral {
  /// A constant default value.
  enum Constant: Sendable {
    case pythonNone, bool(Bool), int(Int), float(Double), string(String)

    var parameterDefault: ParameterDefault {
      switch self {
      case .pythonNone: return .none
      case .bool(let flag): return .bool(flag)
      case .int(let number): return .int(number)
      case .float(let number): return .float(number)
      case .string(let text): return .string(text)
      }
    }
  }

  let name: String
  let defaultValue: Constant?
  let keywordOnly: Bool

  init(_ name: String, _ defaultValue: Constant? = nil, keywordOnly: Bool = false) {
    self.name = name
    self.defaultValue = defaultValue
    self.keywordOnly = keywordOnly
  }

  init(stringLiteral name: String) { self.init(name) }

  var parameter: Signature.Parameter {
    guard let defaultValue else { return .init(name, keywordOnly: keywordOnly) }
    return .init(name, default: defaultValue.parameterDefault, keywordOnly: keywordOnly)
  }
}

/// The methods one native type declares, by name; a name declared twice is recorded in ``duplicates``.
struct NativeMethodTable<Object: AnyObject>: Sendable {
  /// The Python class that defines the methods, as CPython names it in argument errors (`Module`).
  let owner: String
  let byName: [String: NativeMethod<Object>]
  let duplicates: [String]

  init(owner: String, _ groups: [[NativeMethod<Object>]]) {
    self.owner = owner
    var byName: [String: NativeMethod<Object>] = [:]
    var duplicates: [String] = []
    for method in groups.joined() {
      if byName[method.name] == nil { byName[method.name] = method } else { duplicates.append(method.name) }
    }
    self.byName = byName
    self.duplicates = duplicates
  }

  subscript(name: String) -> NativeMethod<Object>? { byName[name] }

  /// Calls method `name` on `object`; nil when the table has no such method.
  func call(_ name: String, on object: Object, _ arguments: Arguments, _ context: NativeContext) throws
    -> Value?
  {
    guard let method = byName[name] else { return nil }
    return try method.call(object, arguments, context, owner: owner)
  }

  var names: [String] { byName.keys.sorted() }
}

extension TorchCall {
  /// The surplus arguments a variadic method collected, as arguments for another call.
  var rest: Arguments { Arguments(bound.extraPositional, keywords: bound.extraKeywords) }
}

extension NativeMethodTable where Object: NativeObject & SendableMetatype {
  /// The methods as members of the owning type's table (each binds its own arguments).
  var members: [Member] {
    let owner = self.owner
    return byName.values.sorted { $0.name < $1.name }.map { method in
      Member.method(method.name, .custom) { receiver, arguments, context in
        let object: Object = try Member.native(receiver, method.name)
        return try method.call(object, arguments, context, owner: owner)
      }
    }
  }
}
