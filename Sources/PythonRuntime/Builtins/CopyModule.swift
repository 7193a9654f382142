/// Python's `copy`: `copy(x)` and `deepcopy(x, memo=None)` for the language's values and cell class
/// instances; a native object is copied by its own `__copy__` / `__deepcopy__` member, or refused clearly.
enum CopyModule {
  static func make() -> ModuleObject {
    let module = ModuleObject(name: "copy")
    module.attributes["copy"] = .builtin(
      Builtins.function("copy") { arguments, evaluator in
        try shallowCopy(try arguments.bind(Signature("copy", ["x"]))["x"], evaluator)
      })
    module.attributes["deepcopy"] = .builtin(
      Builtins.function("deepcopy") { arguments, evaluator in
        let bound = try arguments.bind(Signature("deepcopy", ["x", .init("memo", default: .none)]))
        var copier = DeepCopier(evaluator: evaluator)
        return try copier.copy(bound["x"])
      })
    return module
  }

  /// `copy.copy(x)`: a new container with the same elements; immutable values are themselves.
  static func shallowCopy(_ value: Value, _ evaluator: Evaluator) throws -> Value {
    switch value {
    case .list(let list):
      try evaluator.chargeWork(list.elements.count)
      return try evaluator.trackMemory(ListObject(list.elements))
    case .dict(let dict):
      try evaluator.chargeWork(dict.count)
      return .dict(dict.copy())
    case .set(let set):
      try evaluator.chargeWork(set.count)
      return .set(set.copy())
    case .native(let instance as InstanceObject):
      if let result = try evaluator.callSpecial(instance, "__copy__", []) { return result }
      guard instance.nativePart == nil else { throw uncopyable(value, "copy") }
      let copy = InstanceObject(cls: instance.cls, evaluator: evaluator)
      let entries = instance.entries
      try evaluator.chargeWork(entries.count)
      for (key, item) in entries { try copy.setEntry(key, item) }
      return .native(copy)
    case .native(let object as NativeCopying):
      guard let result = try object.shallowCopy(context: evaluator.context) else {
        throw uncopyable(value, "copy")
      }
      return result
    case .native(let object):
      if object.pythonType.member("__copy__") != nil {
        return try evaluator.call(try evaluator.attribute(of: value, "__copy__"), Arguments())
      }
      throw uncopyable(value, "copy")
    case .iterator, .exception: throw uncopyable(value, "copy")
    default: return value
    }
  }

  /// Gradbook's refusal for values its copy module cannot copy.
  static func uncopyable(_ value: Value, _ operation: String) -> PythonError {
    PythonError.typeError(
      "cannot \(operation) '\(value.typeName)' object: Gradbook's copy module copies lists, dicts, sets, tuples, "
        + "instances of cell classes and objects with __\(operation)__")
  }
}

/// One `deepcopy` call: copies each object once (`memo`), so shared parts stay shared and cycles are kept.
public struct DeepCopier {
  let evaluator: Evaluator
  private var memo: [ObjectIdentifier: Value] = [:]
  /// The memo dict a `__deepcopy__` method receives (CPython's, keyed by id; Gradbook's stays empty).
  private let memoDict = DictObject()
  private var depth = 0
  /// Copies of things that are no Python values (a tensor's storage), made once per call by natives.
  public var nativeMemo: [ObjectIdentifier: AnyObject] = [:]

  init(evaluator: Evaluator) { self.evaluator = evaluator }

  /// The running cell's context, for natives copying themselves.
  public var context: NativeContext { evaluator.context }

  /// Records `copy` as the copy of `original`, so references to `original` met while its parts are
  /// still being copied resolve to `copy` (cycles and shared parts).
  public mutating func remember(_ original: any NativeObject, as copy: Value) {
    memo[ObjectIdentifier(original)] = copy
  }

  /// `copy.deepcopy(value)` within this call.
  public mutating func copy(_ value: Value) throws -> Value {
    depth += 1
    defer { depth -= 1 }
    guard depth < evaluator.limits.recursionDepth else {
      throw PythonError(.recursionError, "maximum recursion depth exceeded while calling a Python object")
    }
    try evaluator.chargeWork(1)
    switch value {
    case .list(let list):
      if let done = memo[ObjectIdentifier(list)] { return done }
      let result = ListObject()
      memo[ObjectIdentifier(list)] = .list(result)
      for element in list.elements { result.elements.append(try copy(element)) }
      return .list(result)
    case .tuple(let elements):
      return .tuple(try elements.map { try copy($0) })
    case .dict(let dict):
      if let done = memo[ObjectIdentifier(dict)] { return done }
      let result = DictObject(style: dict.displayStyle)
      result.defaultFactory = dict.defaultFactory
      memo[ObjectIdentifier(dict)] = .dict(result)
      for (key, item) in dict.entries { try result.set(try copy(key), try copy(item)) }
      return .dict(result)
    case .set(let set):
      if let done = memo[ObjectIdentifier(set)] { return done }
      let result = SetObject()
      memo[ObjectIdentifier(set)] = .set(result)
      for element in set.elements { try result.insert(try copy(element)) }
      return .set(result)
    case .native(let instance as InstanceObject):
      if let done = memo[ObjectIdentifier(instance)] { return done }
      if let result = try evaluator.callSpecial(instance, "__deepcopy__", [.dict(memoDict)]) {
        memo[ObjectIdentifier(instance)] = result
        return result
      }
      let result = InstanceObject(cls: instance.cls, evaluator: evaluator)
      memo[ObjectIdentifier(instance)] = .native(result)
      if let part = instance.nativePart {
        // The native part (a module) is copied as part of the instance's state, as CPython copies the
        // __dict__ that holds a native base's state; the instance is remembered first so the part's
        // references back to it land on the copy.
        guard let copyable = part as? NativeCopying,
          case .native(let copiedPart as NativeAttributeOwner) = try copyable.deepCopy(&self)
        else { throw CopyModule.uncopyable(value, "deepcopy") }
        result.nativePart = copiedPart
      }
      for (key, item) in instance.entries { try result.setEntry(key, try copy(item)) }
      return .native(result)
    case .native(let object as NativeCopying):
      if let done = memo[ObjectIdentifier(object)] { return done }
      let result = try object.deepCopy(&self)
      memo[ObjectIdentifier(object)] = result
      return result
    case .native(let object):
      if let done = memo[ObjectIdentifier(object)] { return done }
      guard object.pythonType.member("__deepcopy__") != nil else {
        throw CopyModule.uncopyable(value, "deepcopy")
      }
      let result = try evaluator.call(
        try evaluator.attribute(of: value, "__deepcopy__"), Arguments([.dict(memoDict)]))
      memo[ObjectIdentifier(object)] = result
      return result
    case .iterator, .exception: throw CopyModule.uncopyable(value, "deepcopy")
    default: return value
    }
  }
}
