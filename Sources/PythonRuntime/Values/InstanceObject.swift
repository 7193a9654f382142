/// An instance of a class defined in a cell: its class and its own attributes (`__dict__`).
///
/// It enters the language as a ``NativeObject``, whose hooks are exactly the evaluator's dispatch
/// points for special methods: each hook calls the class's dunder method (`__add__`, `__len__`,
/// `__enter__`, …) when the class defines one, and otherwise behaves as a plain `object` does.
final class InstanceObject: NativeObject {
  let cls: ClassObject
  unowned let evaluator: Evaluator
  /// The instance's own attributes and their assignment order, until a cell asks for `__dict__`.
  private var attributes: [String: Value] = [:]
  private var order: [String] = []
  /// The instance's `__dict__` once a cell has asked for it; from then on it is where the attributes live.
  private var liveDictionary: DictObject?
  /// The native part, when the class derives from a subclassable native type (e.g. `nn.Module`);
  /// made by `super().__init__(...)`.
  var nativePart: NativeAttributeOwner? {
    didSet { nativePart?.attach(to: self) }
  }

  init(cls: ClassObject, evaluator: Evaluator) {
    self.cls = cls
    self.evaluator = evaluator
  }

  /// The class's type object: its ancestors give `isinstance` and the native members of a built-in
  /// base; the class's own namespace is read by the evaluator's instance hooks.
  var pythonType: TypeObject { cls.type }

  /// The instance's `__dict__`, live: writes through `vars(obj)` or `obj.__dict__[k] = v` change the object,
  /// as in CPython. Made on first request (attributes move into it); until then a plain Swift dictionary
  /// keeps attribute access as fast as it was.
  var dictionary: DictObject {
    if let liveDictionary { return liveDictionary }
    let made = DictObject()
    // String keys always hash, so these sets cannot throw.
    for name in order { if let value = attributes[name] { try? made.set(.string(name), value) } }
    attributes = [:]
    order = []
    liveDictionary = made
    return made
  }

  /// The instance attribute `name`, if set (string keys only: others a cell put in `__dict__` name none).
  func ownAttribute(_ name: String) -> Value? {
    if let liveDictionary { return try? liveDictionary.get(.string(name)) }
    return attributes[name]
  }

  /// The names of the instance's own attributes, in assignment order.
  var attributeNames: [String] {
    guard let liveDictionary else { return order }
    return liveDictionary.keys.compactMap { key in
      if case .string(let name) = key { return name }
      return nil
    }
  }

  /// Every entry of `__dict__` in order, without making the live dictionary.
  var entries: [(key: Value, value: Value)] {
    if let liveDictionary { return liveDictionary.entries }
    return order.compactMap { name in attributes[name].map { (.string(name), $0) } }
  }

  /// Empties the instance (at session teardown, to break reference cycles), returning the values.
  func removeOwnAttributes() -> [Value] {
    defer {
      attributes.removeAll()
      order.removeAll()
      liveDictionary?.removeAll()
      nativePart = nil
    }
    return Array(attributes.values) + (liveDictionary?.values ?? [])
  }

  /// Sets (or with nil, deletes) the instance attribute `name`.
  func setOwnAttribute(_ name: String, _ value: Value?) {
    if let liveDictionary {
      if let value {
        try? liveDictionary.set(.string(name), value)
      } else {
        _ = try? liveDictionary.remove(.string(name))
      }
      return
    }
    if value != nil, attributes[name] == nil { order.append(name) }
    if value == nil { order.removeAll { $0 == name } }
    attributes[name] = value
  }

  /// Sets an entry of `__dict__` (`copy` uses it): a string key as an attribute, any other in the live dict.
  func setEntry(_ key: Value, _ value: Value) throws {
    if case .string(let name) = key {
      setOwnAttribute(name, value)
    } else {
      try dictionary.set(key, value)
    }
  }

  /// Calls the dunder `name` the class defines, with this instance first; nil when it defines none.
  private func special(_ name: String, _ arguments: [Value] = []) throws -> Value? {
    try evaluator.callSpecial(self, name, arguments)
  }

  // MARK: Text

  func repr() -> String {
    if cls.lookup("__repr__") == nil, let part = nativePart { return part.repr() }
    return evaluator.formatting { try self.special("__repr__").map { try self.textResult($0, "__repr__") } }
      ?? "<__main__.\(cls.name) object at \(ValueFormatter.address(self))>"
  }

  func str() -> String {
    if cls.lookup("__str__") == nil { return repr() }
    return evaluator.formatting { try self.special("__str__").map { try self.textResult($0, "__str__") } }
      ?? ""
  }

  /// The text the class's own method `name` returns (called with no arguments, as repr calls
  /// `__repr__`); nil when the class defines no such method. An error inside is reported as a
  /// `__repr__`'s is.
  func methodText(_ name: String) -> String? {
    guard cls.lookup(name) != nil else { return nil }
    return evaluator.formatting { try self.special(name).map { try self.textResult($0, name) } }
  }

  private func textResult(_ value: Value, _ method: String) throws -> String {
    guard case .string(let text) = value else {
      throw PythonError.typeError("\(method) returned non-string (type \(value.typeName))")
    }
    return text
  }

  func format(spec: String, context: NativeContext) throws -> String? {
    guard let result = try special("__format__", [.string(spec)]) else {
      if spec.isEmpty { return nil }
      throw PythonError.typeError("unsupported format string passed to \(cls.name).__format__")
    }
    return try textResult(result, "__format__")
  }

  // MARK: Operators

  func binaryOperation(_ op: BinaryOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    let name = reflected ? SpecialMethods.reflected(op) : SpecialMethods.binary(op)
    return try implemented(special(name, [other]))
  }

  func inPlaceOperation(_ op: BinaryOperator, other: Value, context: NativeContext) throws -> Value? {
    try implemented(special(SpecialMethods.inPlace(op), [other]))
  }

  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    if let result = try implemented(special(SpecialMethods.comparison(op), [other])) { return result }
    // `!=` without `__ne__` inverts `__eq__`, as object.__ne__ does.
    if op == .notEqual, let equal = try implemented(special("__eq__", [other])) {
      return .bool(!(try evaluator.truthValue(equal)))
    }
    return nil
  }

  func unaryOperation(_ op: UnaryOperator, context: NativeContext) throws -> Value? {
    try special(SpecialMethods.unary(op))
  }

  /// nil for `NotImplemented` (so the evaluator tries the other operand).
  private func implemented(_ result: Value?) -> Value? {
    if case .native(let object)? = result, object is NotImplementedObject { return nil }
    return result
  }

  // MARK: Containers

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    guard let result = try special("__getitem__", [index]) else {
      // The native base's own indexing (Dataset's NotImplementedError, a container's items).
      if let part = nativePart { return try part.getItem(index, context: context) }
      throw PythonError.typeError("'\(cls.name)' object is not subscriptable")
    }
    return result
  }

  func setItem(_ index: Value, value: Value, context: NativeContext) throws {
    guard try special("__setitem__", [index, value]) != nil else {
      throw PythonError.typeError("'\(cls.name)' object does not support item assignment")
    }
  }

  func length(context: NativeContext) throws -> Int? {
    guard let result = try special("__len__") else { return try nativePart?.length(context: context) }
    guard case .int(let count) = result else {
      if case .bool(let flag) = result { return flag ? 1 : 0 }
      throw PythonError.typeError("'\(result.typeName)' object cannot be interpreted as an integer")
    }
    guard count >= 0 else { throw PythonError.valueError("__len__() should return >= 0") }
    return count
  }

  func truthValue(context: NativeContext) throws -> Bool {
    if let result = try special("__bool__") {
      guard case .bool(let flag) = result else {
        throw PythonError.typeError("__bool__ should return bool, returned \(result.typeName)")
      }
      return flag
    }
    if let count = try length(context: context) { return count != 0 }
    return true
  }

  func floatValue(context: NativeContext) throws -> Double? {
    guard let result = try special("__float__") else { return nil }
    guard case .float(let number) = result else {
      throw PythonError.typeError("\(cls.name).__float__ returned non-float (type \(result.typeName))")
    }
    return number
  }

  func intValue(context: NativeContext) throws -> Int? {
    guard let result = try special("__index__") ?? special("__int__") else { return nil }
    guard case .int(let number) = result else {
      throw PythonError.typeError("__index__ returned non-int (type \(result.typeName))")
    }
    return number
  }

  // MARK: Protocols

  func enter(context: NativeContext) throws -> Value {
    let protocolError = "'\(cls.name)' object does not support the context manager protocol"
    guard cls.lookup("__enter__") != nil else { throw PythonError.typeError(protocolError) }
    guard cls.lookup("__exit__") != nil else {
      throw PythonError.typeError(protocolError + " (missed __exit__ method)")
    }
    return try special("__enter__") ?? .none
  }

  func exit(error: PythonError?, context: NativeContext) throws -> Bool {
    let arguments: [Value] =
      error.map { [.type($0.exception.type), .exception($0.exception), .none] } ?? [.none, .none, .none]
    guard let result = try special("__exit__", arguments) else { return false }
    return try evaluator.truthValue(result)
  }

  func call(arguments: Arguments, context: NativeContext) throws -> Value {
    if cls.lookup("__call__") == nil, let part = nativePart, part.handlesInstanceCalls {
      return try part.call(arguments: arguments, context: context)
    }
    if cls.lookup("__call__") == nil, let part = nativePart {
      // As Module.__call__ does: the class's `forward`, else the native type's own call.
      guard let (forward, _) = cls.lookup("forward") else {
        return try part.call(arguments: arguments, context: context)
      }
      return try evaluator.call(try evaluator.bind(forward, to: .native(self), of: cls), arguments)
    }
    guard let (value, _) = cls.lookup("__call__") else {
      throw PythonError.typeError("'\(cls.name)' object is not callable")
    }
    var bound = arguments
    bound.positional.insert(.native(self), at: 0)
    return try evaluator.call(value, bound)
  }
}

/// Python's `NotImplemented`: what a binary dunder returns to let the other operand try.
/// Stateless, so one serves every session.
final class NotImplementedObject: NativeObject, Sendable {
  static let shared = NotImplementedObject()
  static let type = TypeObject(name: "NotImplementedType")
  var pythonType: TypeObject { Self.type }
  func repr() -> String { "NotImplemented" }
}

extension InstanceObject {
  /// The hash `__hash__` gives, nil for identity hashing; a class that defines `__eq__` without
  /// `__hash__` (or sets `__hash__ = None`) makes its instances unhashable, as in Python.
  func hashOverride() throws -> Int? {
    switch cls.lookup("__hash__")?.value {
    case .none?:
      throw PythonError.typeError("unhashable type: '\(cls.name)'")
    case .some:
      guard let result = try evaluator.callSpecial(self, "__hash__", []) else { return nil }
      guard case .int(let hash) = result else {
        throw PythonError.typeError("__hash__ method should return an integer")
      }
      return hash
    case nil:
      if cls.lookup("__eq__") != nil { throw PythonError.typeError("unhashable type: '\(cls.name)'") }
      return nil
    }
  }
}
