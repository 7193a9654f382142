/// Subscripts, slices and attributes of built-in values and native objects.
extension Evaluator {
  // MARK: Index helpers

  /// An index value as Int (`int`, `bool`, or a native with `intValue`), nil otherwise.
  func indexValue(_ value: Value) throws -> Int? {
    switch value {
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    case .native(let object): return try object.intValue(context: context)
    default: return nil
    }
  }

  /// Resolves a slice against a sequence length: start, step and element count (Python's rules).
  func sliceIndices(_ slice: SliceValue, length: Int) throws -> (start: Int, step: Int, count: Int) {
    func part(_ value: Value) throws -> Int? {
      if value.isNone { return nil }
      guard let number = try indexValue(value) else {
        throw PythonError.typeError("slice indices must be integers or None or have an __index__ method")
      }
      return number
    }
    let step = max(try part(slice.step) ?? 1, -Int.max)
    if step == 0 { throw PythonError.valueError("slice step cannot be zero") }
    let lower = step < 0 ? -1 : 0
    let upper = step < 0 ? length - 1 : length
    func adjust(_ raw: Int?, _ defaultValue: Int) -> Int {
      guard var index = raw else { return defaultValue }
      if index < 0 {
        index = index < -length ? lower : index + length
        if index < lower { index = lower }
      } else if index > upper {
        index = upper
      }
      return index
    }
    let start = adjust(try part(slice.start), step < 0 ? upper : lower)
    let stop = adjust(try part(slice.stop), step < 0 ? lower : upper)
    var count = 0
    if step < 0 {
      if stop < start { count = (start - stop - 1) / (-step) + 1 }
    } else if start < stop {
      count = (stop - start - 1) / step + 1
    }
    return (start, step, count)
  }

  private func normalizedIndex(_ index: Int, count: Int, _ message: String) throws -> Int {
    let adjusted = index < 0 ? index + count : index
    guard adjusted >= 0 && adjusted < count else { throw PythonError.indexError(message) }
    return adjusted
  }

  private func sliced<T>(_ elements: [T], _ slice: SliceValue) throws -> [T] {
    let (start, step, count) = try sliceIndices(slice, length: elements.count)
    try chargeWork(count)
    var result: [T] = []
    result.reserveCapacity(count)
    var index = start
    for _ in 0..<count {
      result.append(elements[index])
      index += step
    }
    return result
  }

  // MARK: Subscripts

  func subscriptGet(_ object: Value, _ index: Value) throws -> Value {
    switch object {
    case .list(let list):
      if case .slice(let slice) = index { return .list(ListObject(try sliced(list.elements, slice))) }
      guard let number = try indexValue(index) else {
        throw PythonError.typeError("list indices must be integers or slices, not \(index.typeName)")
      }
      return list.elements[try normalizedIndex(number, count: list.elements.count, "list index out of range")]
    case .tuple(let elements):
      if case .slice(let slice) = index { return .tuple(try sliced(elements, slice)) }
      guard let number = try indexValue(index) else {
        throw PythonError.typeError("tuple indices must be integers or slices, not \(index.typeName)")
      }
      return elements[try normalizedIndex(number, count: elements.count, "tuple index out of range")]
    case .string(let text):
      try chargeWork(text.utf8.count)
      let scalars = Array(text.unicodeScalars)
      if case .slice(let slice) = index {
        return .string(String(String.UnicodeScalarView(try sliced(scalars, slice))))
      }
      guard let number = try indexValue(index) else {
        throw PythonError.typeError("string indices must be integers, not '\(index.typeName)'")
      }
      return .string(
        String(
          Character(scalars[try normalizedIndex(number, count: scalars.count, "string index out of range")])))
    case .dict(let dict):
      try chargeHashing(index)
      if let value = try dict.get(index) { return value }
      if let missing = try missingValue(dict, index) { return missing }
      throw PythonError(.keyError, arguments: [index])
    case .range(let range):
      if case .slice(let slice) = index {
        let (start, step, count) = try sliceIndices(slice, length: range.count)
        let newStart = range.start &+ start &* range.step
        let newStep = range.step &* step
        return .range(RangeValue(start: newStart, stop: newStart &+ count &* newStep, step: newStep))
      }
      guard let number = try indexValue(index) else {
        throw PythonError.typeError("range indices must be integers or slices, not \(index.typeName)")
      }
      guard let element = range.element(atIndex: number) else {
        throw PythonError.indexError("range object index out of range")
      }
      return .int(element)
    case .native(let nativeObject):
      return try nativeObject.getItem(index, context: context)
    case .type(let type):
      return .type(type)
    default:
      throw PythonError.typeError("'\(object.typeName)' object is not subscriptable")
    }
  }

  func subscriptSet(_ object: Value, _ index: Value, _ value: Value) throws {
    switch object {
    case .list(let list):
      if case .slice(let slice) = index {
        guard isIterable(value) else { throw PythonError.typeError("can only assign an iterable") }
        let replacement = try materialize(value)
        try chargeWork(list.elements.count)
        let (start, step, count) = try sliceIndices(slice, length: list.elements.count)
        if step == 1 {
          let end = max(start, start + count)
          try checkContainerSize(list.elements.count - count + replacement.count, "list")
          list.elements.replaceSubrange(start..<end, with: replacement)
        } else {
          guard replacement.count == count else {
            throw PythonError.valueError(
              "attempt to assign sequence of size \(replacement.count) to extended slice of size \(count)")
          }
          var position = start
          for element in replacement {
            list.elements[position] = element
            position += step
          }
        }
        return
      }
      guard let number = try indexValue(index) else {
        throw PythonError.typeError("list indices must be integers or slices, not \(index.typeName)")
      }
      list.elements[
        try normalizedIndex(number, count: list.elements.count, "list assignment index out of range")] = value
    case .dict(let dict):
      try chargeHashing(index)
      try dict.set(index, value)
    case .native(let nativeObject):
      try nativeObject.setItem(index, value: value, context: context)
    default:
      throw PythonError.typeError("'\(object.typeName)' object does not support item assignment")
    }
  }

  func subscriptDelete(_ object: Value, _ index: Value) throws {
    switch object {
    case .list(let list):
      try chargeWork(list.elements.count)
      if case .slice(let slice) = index {
        let (start, step, count) = try sliceIndices(slice, length: list.elements.count)
        var positions = Set<Int>()
        var position = start
        for _ in 0..<count {
          positions.insert(position)
          position += step
        }
        list.elements = list.elements.enumerated().filter { !positions.contains($0.offset) }.map(\.element)
        return
      }
      guard let number = try indexValue(index) else {
        throw PythonError.typeError("list indices must be integers or slices, not \(index.typeName)")
      }
      list.elements.remove(
        at: try normalizedIndex(number, count: list.elements.count, "list assignment index out of range"))
    case .dict(let dict):
      if try dict.remove(index) == nil {
        throw PythonError(.keyError, arguments: [index])
      }
    case .native(let nativeObject):
      _ = nativeObject
      throw PythonError.typeError("'\(object.typeName)' object doesn't support item deletion")
    default:
      throw PythonError.typeError("'\(object.typeName)' object doesn't support item deletion")
    }
  }

  // MARK: Attributes

  /// `object.name`: a module's attribute, a class's member, or the member the value's type declares
  /// (nothing else: dunders the tables do not declare, like `__class__`, do not exist in cells).
  func attribute(of object: Value, _ name: String) throws -> Value {
    switch object {
    case .module(let module):
      if let value = module.attributes[name] { return value }
      if let member = TypeObject.module.member(name) { return try bound(member, to: object) }
      return try module.attribute(name)
    case .native(let instance as InstanceObject):
      // A cell class's instance: its properties, own attributes and class namespace come first.
      if let value = try instanceAttribute(instance, name) { return value }
      if let member = instance.pythonType.member(name) {
        if let part = instance.nativePart { return try bound(member, to: part, of: instance) }
        return try bound(member, to: object)
      }
    case .native(let proxy as SuperObject):
      if let value = try superAttribute(proxy, name) { return value }
    case .exception(let exception):
      if let value = try exceptionAttribute(exception, name) { return value }
      if let member = exception.type.member(name) { return try bound(member, to: object) }
    case .type(let type):
      if let cls = userClass(type) {
        if let value = try classAttribute(cls, name) { return value }
        if let member = type.member(name), member.isMethod { return unbound(member, of: type) }
        throw noAttribute(object, name)
      }
      if type === TypeObject.object, let value = objectAttribute(name) { return value }
      if let member = TypeObject.type.member(name) { return try bound(member, to: object) }
      if let member = type.member(name), member.isMethod { return unbound(member, of: type) }
    case .native(let owner as NativeAttributeOwner):
      if let value = try owner.instanceAttribute(name, context: context) { return value }
      if let member = object.pythonType.member(name) { return try bound(member, to: object) }
    case .function(let function):
      if !name.hasPrefix("__"), let value = function.ownAttribute(name) { return value }
      if let member = object.pythonType.member(name) { return try bound(member, to: object) }
      if let value = function.ownAttribute(name) { return value }
    default:
      if let member = object.pythonType.member(name) { return try bound(member, to: object) }
    }
    throw noAttribute(object, name)
  }

  /// `dir(object)`: the names `getattr(object, name)` finds, sorted by code point as CPython sorts them.
  /// A class lists its methods (not its metaclass's `__name__`, as in CPython).
  func directory(of object: Value) -> [String] {
    var names: Set<String>
    switch object {
    case .module(let module): names = Set(module.attributes.keys).union(TypeObject.module.memberNames)
    case .type(let type): names = Set(type.memberNames.filter { type.member($0)?.isMethod == true })
    default: names = Set(object.pythonType.memberNames)
    }
    return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// A data attribute's value, or a method bound to `receiver`.
  func bound(_ member: Member, to receiver: Value) throws -> Value {
    if let body = member.body {
      // Unchecked capture: a bound method is a cell value, so it and its receiver stay in their
      // session, on its cell thread, like every other cell value.
      nonisolated(unsafe) let receiver = receiver
      return .builtin(
        BuiltinFunction(name: member.name) { arguments, context in try body(receiver, arguments, context) })
    }
    guard let get = member.get else { return .none }
    return try get(receiver, context)
  }

  /// `Type.method`: a function taking the receiver first (`str.upper("a")`).
  private func unbound(_ member: Member, of type: TypeObject) -> Value {
    guard let body = member.body else { return .none }
    let name = member.name
    return .builtin(
      BuiltinFunction(name: name) { arguments, context in
        var rest = arguments
        guard !rest.positional.isEmpty else {
          throw PythonError.typeError("unbound method \(type.name).\(name)() needs an argument")
        }
        let receiver = rest.positional.removeFirst()
        guard receiver.pythonType.isSubtype(of: type) else {
          throw PythonError.typeError(
            "descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(receiver.typeName)' object"
          )
        }
        return try body(receiver, rest, context)
      })
  }

  func noAttribute(_ object: Value, _ name: String) -> PythonError {
    switch object {
    case .type(let type):
      return PythonError.attributeError("type object '\(type.name)' has no attribute '\(name)'")
    case .module(let module):
      return PythonError.attributeError("module '\(module.name)' has no attribute '\(name)'")
    default:
      return PythonError.attributeError("'\(object.typeName)' object has no attribute '\(name)'")
    }
  }

  func setAttribute(_ object: Value, _ name: String, _ value: Value) throws {
    switch object {
    case .type(let type) where userClass(type) != nil:
      userClass(type)?[name] = value
    case .native(let instance as InstanceObject):
      try setInstanceAttribute(instance, name, value)
    case .exception(let exception) where userClass(exception.type) != nil:
      // Exceptions of cell classes keep what their methods set; `args` stays BaseException's.
      if name == "args" {
        exception.arguments = try materialize(value)
      } else {
        exception.attributes[name] = value
      }
    case .module(let module):
      module.attributes[name] = value
    case .function(let function):
      if name == "__name__" || name == "__qualname__" {
        guard case .string = value else { throw PythonError.typeError("\(name) must be set to a string object") }
      }
      if name == "__dict__" {
        guard case .dict(let replacement) = value else {
          throw PythonError.typeError("__dict__ must be set to a dictionary, not a '\(value.typeName)'")
        }
        let dictionary = function.attributeDictionary()
        dictionary.removeAll()
        for (key, item) in replacement.entries { try dictionary.set(key, item) }
        return
      }
      try function.setOwnAttribute(name, value)
    default:
      if case .native(let owner as NativeAttributeOwner) = object,
        try owner.setInstanceAttribute(name, value: value, context: context)
      {
        return
      }
      let typeName = object.typeName
      guard let member = object.pythonType.member(name) else {
        throw PythonError.attributeError("'\(typeName)' object has no attribute '\(name)'")
      }
      if let set = member.set {
        try set(object, value, context)
      } else if !member.isMethod {
        throw PythonError.attributeError("attribute '\(name)' of '\(typeName)' objects is not writable")
      } else if case .native = object {
        // Tensors keep Gradbook's wording: PyTorch would let an instance attribute shadow the method.
        throw PythonError.attributeError("attribute '\(name)' of '\(typeName)' objects is not writable")
      } else {
        throw PythonError.attributeError("'\(typeName)' object attribute '\(name)' is read-only")
      }
    }
  }
}

extension Evaluator {
  /// What `d[key]` gives for an absent key of a `collections` dict (its `__missing__`): a Counter's 0, or a
  /// defaultdict's `default_factory()`, stored under the key; nil for a dict that raises KeyError.
  func missingValue(_ dict: DictObject, _ key: Value) throws -> Value? {
    switch dict.displayStyle {
    case .counter: return .int(0)
    case .defaultDict:
      guard let factory = DefaultDictMembers.defaultFactory(of: dict), !factory.isNone else { return nil }
      let value = try call(factory, Arguments())
      try dict.set(key, value)
      return value
    case .plain, .orderedDict: return nil
    }
  }
}
