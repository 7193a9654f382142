/// The `collections` dict subclasses. Their values are `Value.dict` whose ``DictObject/DisplayStyle`` names the
/// subclass, so every dict operation applies and bindings can hand them out as plain dicts.
extension TypeObject {
  /// `collections.OrderedDict` (implemented in C by CPython, hence the dotted name in messages).
  public static let orderedDict = TypeObject(
    name: "OrderedDict", qualifiedName: "collections.OrderedDict", messageName: "collections.OrderedDict",
    bases: [.dict], members: MemberTable([OrderedDictMethods.table]),
    constructor: { _, arguments, context in
      let dict = DictObject(style: .orderedDict)
      try CollectionsConstructors.fill(dict, "OrderedDict", arguments, context.evaluator)
      return .dict(dict)
    })

  /// `collections.defaultdict`.
  public static let defaultDict = TypeObject(
    name: "defaultdict", qualifiedName: "collections.defaultdict", messageName: "collections.defaultdict",
    bases: [.dict], members: MemberTable([DefaultDictMembers.table]),
    constructor: { _, arguments, context in
      try CollectionsConstructors.defaultDict(arguments, context.evaluator)
    })

  /// `collections.Counter` (a class written in Python, hence its plain name in messages).
  public static let counter = TypeObject(
    name: "Counter", qualifiedName: "collections.Counter", bases: [.dict],
    members: MemberTable([CounterMethods.table]),
    constructor: { _, arguments, context in
      let dict = DictObject(style: .counter)
      try CounterMethods.update(dict, arguments, "Counter.__init__", context.evaluator)
      return .dict(dict)
    })
}

/// How calling the `collections` dict types fills the new dict.
enum CollectionsConstructors {
  /// `OrderedDict(mapping_or_pairs=(), **entries)`.
  static func fill(_ dict: DictObject, _ name: String, _ arguments: Arguments, _ evaluator: Evaluator) throws
  {
    if arguments.positional.count > 1 {
      // CPython's two types word it differently.
      let label = name == "OrderedDict" ? "expected at most 1 arguments" : "dict expected at most 1 argument"
      throw PythonError.typeError("\(label), got \(arguments.positional.count)")
    }
    if let source = arguments.positional.first { try evaluator.merge(source, into: dict) }
    for (key, value) in arguments.keywords { try dict.set(.string(key), value) }
  }

  /// `defaultdict(default_factory=None, mapping_or_pairs=(), **entries)`.
  static func defaultDict(_ arguments: Arguments, _ evaluator: Evaluator) throws -> Value {
    var rest = arguments
    let factory = rest.positional.isEmpty ? Value.none : rest.positional.removeFirst()
    guard factory.isNone || isCallable(factory) else {
      throw PythonError.typeError("first argument must be callable or None")
    }
    let dict = DictObject(style: .defaultDict(factory: ""))
    dict.defaultFactory = factory
    try fill(dict, "defaultdict", rest, evaluator)
    return .dict(dict)
  }

  static func isCallable(_ value: Value) -> Bool {
    switch value {
    case .function, .builtin, .type: return true
    case .native(let instance as InstanceObject): return instance.cls.lookup("__call__") != nil
    case .native(let object):
      // The runtime's own callable objects answer call() without declaring a `__call__` member.
      return object.pythonType.member("__call__") != nil || object is BoundMethodObject
        || object is PartialObject || object is LRUCacheObject || object is ChainObject
    default: return false
    }
  }
}

/// `OrderedDict`'s own methods: `move_to_end` and `popitem(last=)`.
enum OrderedDictMethods {
  static let table: [Member] = [
    .builtin(
      "move_to_end", parameters: Signature("move_to_end", ["key", .init("last", default: .bool(true))]),
      of: "collections.OrderedDict"
    ) { (dict: DictObject, bound: BoundArguments, evaluator: Evaluator) in
      try evaluator.chargeHashing(bound["key"])
      guard try dict.moveToEnd(bound["key"], last: try evaluator.truthValue(bound["last"])) else {
        throw PythonError(.keyError, arguments: [bound["key"]])
      }
      return .none
    },
    .builtin(
      "popitem", parameters: Signature("popitem", [.init("last", default: .bool(true))]),
      of: "collections.OrderedDict"
    ) { (dict: DictObject, bound: BoundArguments, evaluator: Evaluator) in
      let keys = dict.keys
      guard let key = try evaluator.truthValue(bound["last"]) ? keys.last : keys.first else {
        throw PythonError(.keyError, "dictionary is empty")
      }
      let value = try dict.remove(key) ?? .none
      return .tuple([key, value])
    },
  ]
}

/// `defaultdict`'s `default_factory`, readable and writable.
enum DefaultDictMembers {
  static let table: [Member] = [
    .property(
      "default_factory",
      get: { receiver, _ in
        guard case .dict(let dict) = receiver else { return .none }
        return defaultFactory(of: dict) ?? .none
      },
      set: { receiver, newValue, _ in
        guard case .dict(let dict) = receiver else { return }
        guard newValue.isNone || CollectionsConstructors.isCallable(newValue) else {
          throw PythonError.typeError("default_factory must be a callable or None")
        }
        dict.defaultFactory = newValue
      })
  ]

  /// The factory a missing key calls: the one a cell set, or the built-in type a binding named.
  static func defaultFactory(of dict: DictObject) -> Value? {
    if let factory = dict.defaultFactory { return factory }
    guard case .defaultDict(let name) = dict.displayStyle else { return nil }
    return Builtins.types.first { $0.name == name }.map { .type($0) }
  }
}
