/// What `lru_cache` returns: calls its function once per distinct arguments, keeping at most `maxSize`
/// results (the least recently used goes first), with `cache_info()`, `cache_clear()` and `__wrapped__`.
final class LRUCacheObject: NativeAttributeOwner {
  let function: Value
  let maxSize: Int?
  private unowned let evaluator: Evaluator
  /// Results by argument key, least recently used first.
  private let results = DictObject()
  private var hits = 0
  private var misses = 0
  /// What `functools.wraps` copied from the function (`__name__`, `__doc__`, …).
  private var copied: [String: Value] = [:]

  init(function: Value, maxSize: Int?, _ evaluator: Evaluator) {
    self.function = function
    self.maxSize = maxSize
    self.evaluator = evaluator
    for name in FunctoolsModule.copiedAttributes {
      if let value = try? evaluator.attribute(of: function, name) { copied[name] = value }
    }
  }

  static let type = TypeObject(
    name: "_lru_cache_wrapper", qualifiedName: "functools._lru_cache_wrapper",
    messageName: "functools._lru_cache_wrapper",
    members: MemberTable([
      [
        cacheMethod("cache_info") { cache in
          .native(
            CacheInfoObject(
              hits: cache.hits, misses: cache.misses, maxSize: cache.maxSize, currentSize: cache.results.count
            ))
        },
        cacheMethod("cache_clear") { cache in
          cache.results.removeAll()
          cache.hits = 0
          cache.misses = 0
          return .none
        },
      ]
    ]))

  /// A method taking no arguments.
  private static func cacheMethod(
    _ name: String, _ body: @escaping @Sendable (LRUCacheObject) throws -> Value
  )
    -> Member
  {
    Member.method(name, .positional(0...0)) { (receiver: Value, arguments: Arguments, _: NativeContext) in
      guard case .native(let cache as LRUCacheObject) = receiver else {
        throw PythonError.typeError("descriptor '\(name)' needs a functools._lru_cache_wrapper")
      }
      try MethodSignature.positional(0...0).checkPositional(
        arguments, typeName: "_lru_cache_wrapper", name: name)
      return try body(cache)
    }
  }

  var pythonType: TypeObject { Self.type }

  func repr() -> String { "<functools._lru_cache_wrapper object at \(ValueFormatter.address(self))>" }

  func call(arguments: Arguments, context: NativeContext) throws -> Value {
    // CPython's key: the positional arguments, then a marker and the keyword pairs in call order.
    var parts = arguments.positional
    if !arguments.keywords.isEmpty {
      parts.append(.string("\u{0}kwd_mark"))
      for (name, value) in arguments.keywords { parts += [.string(name), value] }
    }
    let key = Value.tuple(parts)
    try evaluator.chargeHashing(key)
    if let cached = try results.get(key) {
      hits += 1
      _ = try results.moveToEnd(key, last: true)
      return cached
    }
    misses += 1
    let result = try context.call(function, arguments)
    guard maxSize != 0 else { return result }
    try results.set(key, result)
    if let maxSize, results.count > maxSize, let oldest = results.keys.first { try results.remove(oldest) }
    return result
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "__wrapped__": return function
    default: return copied[name]
    }
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    copied[name] = value
    return true
  }
}

/// `cache_info()`'s named tuple `CacheInfo(hits=…, misses=…, maxsize=…, currsize=…)`.
final class CacheInfoObject: NativeAttributeOwner {
  let fields: [(String, Value)]

  init(hits: Int, misses: Int, maxSize: Int?, currentSize: Int) {
    fields = [
      ("hits", .int(hits)), ("misses", .int(misses)), ("maxsize", maxSize.map { .int($0) } ?? .none),
      ("currsize", .int(currentSize)),
    ]
  }

  static let type = TypeObject(name: "CacheInfo", qualifiedName: "functools.CacheInfo", bases: [.tuple])
  var pythonType: TypeObject { Self.type }

  func repr() -> String {
    "CacheInfo(" + fields.map { "\($0.0)=\(ValueFormatter.repr($0.1))" }.joined(separator: ", ") + ")"
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    fields.first { $0.0 == name }?.1
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    throw PythonError.attributeError("can't set attribute")
  }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    try context.getItem(.tuple(fields.map(\.1)), index)
  }

  func iterate(context: NativeContext) throws -> [Value]? { fields.map(\.1) }
  func length(context: NativeContext) throws -> Int? { fields.count }
}
