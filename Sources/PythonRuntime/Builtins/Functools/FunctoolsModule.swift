/// Python's `functools`: `reduce`, `partial`, `wraps`/`update_wrapper`, `lru_cache` and `cache`.
enum FunctoolsModule {
  static func make() -> ModuleObject {
    let module = ModuleObject(name: "functools")
    for function in [reduce, wraps, updateWrapper, lruCache, cache] {
      module.attributes[function.name] = .builtin(function)
    }
    module.attributes["partial"] = .type(PartialObject.type)
    return module
  }

  static let reduce = Builtins.function("reduce") { arguments, evaluator in
    if !arguments.keywords.isEmpty { throw PythonError.typeError("reduce() takes no keyword arguments") }
    let count = arguments.positional.count
    guard count >= 2 else {
      throw PythonError.typeError("reduce expected at least 2 arguments, got \(count)")
    }
    guard count <= 3 else { throw PythonError.typeError("reduce expected at most 3 arguments, got \(count)") }
    let function = arguments.positional[0]
    let next = try evaluator.makeIterator(arguments.positional[1])
    var total = count == 3 ? arguments.positional[2] : nil
    while let element = try next() {
      try evaluator.chargeWork(1)
      total = try total.map { try evaluator.call(function, Arguments([$0, element])) } ?? element
    }
    guard let result = total else {
      throw PythonError.typeError("reduce() of empty iterable with no initial value")
    }
    return result
  }

  /// The attributes `update_wrapper` copies (CPython's WRAPPER_ASSIGNMENTS, less `__annotations__`, which
  /// Gradbook's functions do not keep).
  static let copiedAttributes = ["__module__", "__name__", "__qualname__", "__doc__"]

  /// `update_wrapper(wrapper, wrapped)`: copies the wrapped function's name, module and doc onto the wrapper,
  /// merges its `__dict__` and sets `__wrapped__`.
  static func updateWrapper(_ wrapper: Value, _ wrapped: Value, _ evaluator: Evaluator) throws -> Value {
    for name in copiedAttributes {
      if let value = try? evaluator.attribute(of: wrapped, name) {
        try evaluator.setAttribute(wrapper, name, value)
      }
    }
    if case .function(let source) = wrapped, let attributes = source.attributes,
      case .function(let target) = wrapper
    {
      for (key, value) in attributes.entries { try target.attributeDictionary().set(key, value) }
    }
    try evaluator.setAttribute(wrapper, "__wrapped__", wrapped)
    return wrapper
  }

  static let updateWrapper = Builtins.function("update_wrapper") { arguments, evaluator in
    let bound = try arguments.bind(Signature("update_wrapper", ["wrapper", "wrapped"]))
    return try updateWrapper(bound["wrapper"], bound["wrapped"], evaluator)
  }

  /// `wraps(wrapped)`: a decorator applying `update_wrapper` with `wrapped`.
  static let wraps = Builtins.function("wraps") { arguments, evaluator in
    let wrapped = try arguments.bind(Signature("wraps", ["wrapped"]))["wrapped"]
    nonisolated(unsafe) let captured = wrapped
    return .builtin(
      BuiltinFunction(name: "update_wrapper") { arguments, context in
        guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
          throw PythonError.typeError(
            "update_wrapper() takes exactly one argument (\(arguments.positional.count) given)")
        }
        return try updateWrapper(arguments.positional[0], captured, context.evaluator)
      })
  }

  /// `lru_cache(maxsize=128)` (a decorator factory) or `lru_cache(function)`.
  static let lruCache = Builtins.function("lru_cache") { arguments, evaluator in
    let bound = try arguments.bind(
      Signature("lru_cache", [.init("maxsize", default: .int(128)), .init("typed", default: .bool(false))]))
    let size = bound["maxsize"]
    if CollectionsConstructors.isCallable(size) {
      return .native(LRUCacheObject(function: size, maxSize: 128, evaluator))
    }
    let maxSize: Int?
    switch size {
    case .none: maxSize = nil
    case .int, .bool: maxSize = max(try size.asInt(), 0)
    default: throw PythonError.typeError("Expected first argument to be an integer, a callable, or None")
    }
    return .builtin(
      BuiltinFunction(name: "decorating_function") { arguments, context in
        guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
          throw PythonError.typeError("decorating_function() takes exactly one argument")
        }
        return .native(LRUCacheObject(function: arguments.positional[0], maxSize: maxSize, context.evaluator))
      })
  }

  /// `cache(function)`: an unbounded `lru_cache`.
  static let cache = Builtins.function("cache") { arguments, evaluator in
    let function = try arguments.bind(Signature("cache", ["user_function"]))["user_function"]
    return .native(LRUCacheObject(function: function, maxSize: nil, evaluator))
  }
}
