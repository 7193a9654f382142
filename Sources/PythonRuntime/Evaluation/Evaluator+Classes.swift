/// `class` statements and what user classes do: instantiation, attribute lookup along the MRO,
/// binding of methods, `super()`, and calls of special methods for the evaluator's dispatch.
extension Evaluator {
  /// The class defined in a cell behind `type`, if it is one.
  func userClass(_ type: TypeObject) -> ClassObject? {
    userClasses[ObjectIdentifier(type)]
  }

  /// Runs the class body in a namespace of its own, builds the class, applies decorators (bottom
  /// to top) and binds the name.
  func executeClass(_ definition: ClassDefinition, decorators: [Expression], in scope: Scope) throws {
    var decoratorValues: [Value] = []
    for decorator in decorators { decoratorValues.append(try evaluate(decorator, in: scope)) }
    let arguments = try evaluateArguments(definition.arguments, in: scope)
    var bases: [ClassObject] = []
    var nativeBase: TypeObject?
    for base in arguments.positional {
      guard case .type(let type) = base else {
        throw PythonError.typeError("bases must be types, not '\(base.typeName)'")
      }
      if let cls = userClass(type) {
        if bases.contains(where: { $0 === cls }) {
          throw PythonError.typeError("duplicate base class \(cls.name)")
        }
        bases.append(cls)
      } else if type === TypeObject.object {
        continue
      } else if type.isSubtype(of: PythonError.Kind.baseException.type)
        || modules.subclassableTypes.contains(where: { type.isSubtype(of: $0) })
      {
        nativeBase = nativeBase ?? type
      } else {
        throw PythonError.typeError("Gradbook cells cannot subclass the built-in type '\(type.name)'")
      }
    }
    let body = Scope(
      layout: ScopeLayout([]), enclosing: scope.isGlobal ? nil : scope, definition: nil, isClassBody: true)
    _ = try? assignName("__module__", .string("__main__"), in: body)
    _ = try? assignName("__qualname__", .string(definition.name), in: body)
    _ = try execute(definition.body, in: body)
    var namespace: [(String, Value)] = []
    for (slot, name) in body.layout.names.enumerated() where !["__module__", "__qualname__"].contains(name) {
      if let value = body.value(at: slot) { namespace.append((name, value)) }
    }
    let cls = try ClassObject(
      name: definition.name, bases: bases, nativeBase: nativeBase, namespace: namespace)
    userClasses[ObjectIdentifier(cls.type)] = cls
    for (_, value) in namespace { attachClass(cls, to: value) }
    var result = Value.type(cls.type)
    for (decorator, callable) in zip(decorators, decoratorValues).reversed() {
      do {
        result = try call(callable, Arguments([result]))
      } catch let error as PythonError {
        throw error.located(line: decorator.position.line, column: decorator.position.column)
      }
    }
    try assignName(definition.name, result, in: scope)
  }

  /// Records the class a method was defined in, for its zero-argument `super()`.
  private func attachClass(_ cls: ClassObject, to value: Value) {
    switch value {
    case .function(let function): function.definingClass = cls
    case .native(let object as StaticMethodObject): attachClass(cls, to: object.function)
    case .native(let object as ClassMethodObject): attachClass(cls, to: object.function)
    case .native(let object as PropertyObject):
      for accessor in [object.getter, object.setter, object.deleter] {
        if let accessor { attachClass(cls, to: accessor) }
      }
    default: break
    }
  }

  // MARK: Instances

  /// `A(arguments)`: a new instance, initialized by the nearest `__init__`.
  func instantiate(_ cls: ClassObject, _ arguments: Arguments) throws -> Value {
    if let base = cls.nativeBase, base.isSubtype(of: PythonError.Kind.baseException.type) {
      // As BaseException.__new__ does: `args` are the call's arguments until __init__ changes them.
      let exception = ExceptionObject(type: cls.type, arguments: arguments.positional)
      guard let (initializer, _) = cls.lookup("__init__") else {
        if !arguments.keywords.isEmpty {
          throw PythonError.typeError("\(cls.name)() takes no keyword arguments")
        }
        return .exception(exception)
      }
      var bound = arguments
      bound.positional.insert(.exception(exception), at: 0)
      let result = try call(initializer, bound)
      guard result.isNone else {
        throw PythonError.typeError("__init__() should return None, not '\(result.typeName)'")
      }
      return .exception(exception)
    }
    let instance = InstanceObject(cls: cls, evaluator: self)
    if cls.nativeBase != nil, cls.lookup("__init__") == nil {
      instance.nativePart = try makeNativePart(cls, arguments)
      return .native(instance)
    }
    if let (initializer, _) = cls.lookup("__init__") {
      var bound = arguments
      bound.positional.insert(.native(instance), at: 0)
      let result = try call(initializer, bound)
      guard result.isNone else {
        throw PythonError.typeError("__init__() should return None, not '\(result.typeName)'")
      }
    } else if !arguments.positional.isEmpty || !arguments.keywords.isEmpty {
      throw PythonError.typeError("\(cls.name)() takes no arguments")
    }
    return .native(instance)
  }

  /// Calls the special method `name` of the instance's class; nil when the class defines none.
  func callSpecial(_ instance: InstanceObject, _ name: String, _ arguments: [Value]) throws -> Value? {
    guard let (value, _) = instance.cls.lookup(name) else { return nil }
    let method = try bind(value, to: .native(instance), of: instance.cls)
    return try call(method, Arguments(arguments))
  }

  /// `instance.name`: a property, the instance's own attribute, a class attribute (methods bound),
  /// then `__getattr__`; nil when none has it.
  func instanceAttribute(_ instance: InstanceObject, _ name: String) throws -> Value? {
    let found = instance.cls.lookup(name)
    if case .native(let property as PropertyObject)? = found?.value {
      guard let getter = property.getter else {
        throw PythonError.attributeError("property '\(name)' of '\(instance.cls.name)' object has no getter")
      }
      return try call(getter, Arguments([.native(instance)]))
    }
    if let own = instance.ownAttribute(name) { return own }
    if let (value, _) = found { return try bind(value, to: .native(instance), of: instance.cls) }
    switch name {
    case "__class__": return .type(instance.cls.type)
    case "__dict__": return .dict(instance.dictionary)
    default: break
    }
    if let part = instance.nativePart, let value = try part.instanceAttribute(name, context: context) {
      return value
    }
    if let (hook, _) = instance.cls.lookup("__getattr__") {
      return try call(try bind(hook, to: .native(instance), of: instance.cls), Arguments([.string(name)]))
    }
    return nil
  }

  /// `instance.name = value`: a property's setter, a class's `__setattr__`, or the instance dict.
  func setInstanceAttribute(_ instance: InstanceObject, _ name: String, _ value: Value) throws {
    if let (hook, _) = instance.cls.lookup("__setattr__") {
      _ = try call(hook, Arguments([.native(instance), .string(name), value]))
      return
    }
    try storeInstanceAttribute(instance, name, value)
  }

  /// `object.__setattr__`: a property's setter, else the instance's own attribute.
  func storeInstanceAttribute(_ instance: InstanceObject, _ name: String, _ value: Value) throws {
    if case .native(let property as PropertyObject)? = instance.cls.lookup(name)?.value {
      guard let setter = property.setter else {
        throw PythonError.attributeError("property '\(name)' of '\(instance.cls.name)' object has no setter")
      }
      _ = try call(setter, Arguments([.native(instance), value]))
      return
    }
    // An instance of a cell class with a part of its own (a submodule) is registered as that
    // part and kept as itself, so that `self.sub(x)` still calls its class's `forward`.
    var registered = value
    var keepOwn = false
    if case .native(let inner as InstanceObject) = value, let innerPart = inner.nativePart {
      registered = .native(innerPart)
      keepOwn = true
    }
    if let part = instance.nativePart {
      if try part.setInstanceAttribute(name, value: registered, context: context) {
        instance.setOwnAttribute(name, keepOwn ? value : nil)
        return
      }
    } else if let base = instance.cls.nativeBase, let check = modules.assignmentBeforeInit(base: base) {
      // Before `super().__init__()`: the native type decides, as Module.__setattr__ refuses a
      // submodule or a parameter while its registries do not exist yet.
      try check(name, registered)
    }
    instance.setOwnAttribute(name, value)
  }

  /// A class attribute as read through `receiver`: functions become bound methods, classmethods
  /// bind to the class, staticmethods unwrap.
  func bind(_ value: Value, to receiver: Value, of cls: ClassObject) throws -> Value {
    switch value {
    case .function(let function):
      return boundMethod(function.name, .function(function), receiver)
    case .native(let wrapper as StaticMethodObject):
      return wrapper.function
    case .native(let wrapper as ClassMethodObject):
      return boundMethod(functionName(wrapper.function), wrapper.function, .type(cls.type))
    default:
      return value
    }
  }

  private func functionName(_ value: Value) -> String {
    if case .function(let function) = value { return function.name }
    return "method"
  }

  private func boundMethod(_ name: String, _ function: Value, _ receiver: Value) -> Value {
    .native(BoundMethodObject(function: function, receiver: receiver))
  }

  // MARK: Classes as values

  /// `A.name` for a class defined in a cell; nil when neither the class nor its bases have it.
  func classAttribute(_ cls: ClassObject, _ name: String) throws -> Value? {
    if let (value, _) = cls.lookup(name) {
      switch value {
      case .native(let wrapper as StaticMethodObject): return wrapper.function
      case .native(let wrapper as ClassMethodObject):
        return boundMethod(functionName(wrapper.function), wrapper.function, .type(cls.type))
      default: return value
      }
    }
    if let base = cls.nativeBase, let member = cls.type.member(name), member.isMethod,
      modules.subclassableTypes.contains(where: {
        base.isSubtype(of: $0) && modules.subclassClassMethods[$0.qualifiedName]?.contains(name) == true
      })
    {
      return try bound(member, to: .type(cls.type))
    }
    switch name {
    case "__name__", "__qualname__": return .string(cls.name)
    case "__module__": return .string("__main__")
    case "__doc__": return Value.none
    case "__mro__":
      return .tuple(cls.mro.map { .type($0.type) } + [.type(cls.nativeBase ?? TypeObject.object)])
    case "__bases__":
      let bases = cls.bases.map { Value.type($0.type) }
      return .tuple(bases.isEmpty ? [.type(cls.nativeBase ?? TypeObject.object)] : bases)
    case "__dict__":
      let dict = DictObject()
      for key in cls.names { if let value = cls[key] { try dict.set(.string(key), value) } }
      return .dict(dict)
    default: return nil
    }
  }

  /// `isinstance(value, cls)` for a class defined in a cell.
  func isInstance(_ value: Value, ofUserClass cls: ClassObject) -> Bool {
    switch value {
    case .native(let instance as InstanceObject): return instance.cls.isSubclass(of: cls)
    case .exception(let exception): return userClass(exception.type)?.isSubclass(of: cls) ?? false
    default: return false
    }
  }

  /// An attribute of an exception whose class was defined in a cell: what its methods set, then the
  /// class's attributes (methods bound to the exception).
  func exceptionAttribute(_ exception: ExceptionObject, _ name: String) throws -> Value? {
    if let value = exception.attributes[name] { return value }
    guard let cls = userClass(exception.type), let (value, _) = cls.lookup(name) else { return nil }
    return try bind(value, to: .exception(exception), of: cls)
  }

  // MARK: super()

  /// `super()` in a method: the class the method was defined in, and its first argument.
  func zeroArgumentSuper(in scope: Scope) throws -> Value {
    guard scope.definition?.parameters.first != nil else {
      throw PythonError(.runtimeError, "super(): no arguments")
    }
    var current: Scope? = scope
    while let frame = current, !frame.isGlobal {
      if let cls = frame.definingClass {
        guard frame.definition?.parameters.first != nil, let receiver = frame.value(at: 0) else {
          throw PythonError(.runtimeError, "super(): no arguments")
        }
        return try makeSuper(cls, receiver)
      }
      current = frame.enclosing
    }
    throw PythonError(.runtimeError, "super(): __class__ cell not found")
  }

  /// `super(cls, receiver)`.
  func makeSuper(_ cls: ClassObject, _ receiver: Value) throws -> Value {
    let receiverClass: ClassObject?
    switch receiver {
    case .native(let instance as InstanceObject): receiverClass = instance.cls
    case .type(let type): receiverClass = userClass(type)
    case .exception(let exception): receiverClass = userClass(exception.type)
    default: receiverClass = nil
    }
    guard let receiverClass, receiverClass.isSubclass(of: cls) else {
      throw PythonError.typeError("super(type, obj): obj must be an instance or subtype of type")
    }
    return .native(SuperObject(start: cls, receiver: receiver, receiverClass: receiverClass))
  }

  /// `super().name`: the next class after the method's own in the receiver's MRO, then `object`.
  func superAttribute(_ proxy: SuperObject, _ name: String) throws -> Value? {
    if let (value, _) = proxy.receiverClass.lookup(name, after: proxy.start) {
      // A classmethod reached through super() still binds to the receiver's class.
      return try bind(value, to: proxy.receiver, of: proxy.receiverClass)
    }
    if case .exception(let exception) = proxy.receiver, name == "__init__" {
      // Unchecked capture: the method is a cell value, used in its session on its cell thread,
      // as the tables' bound methods capture their receivers.
      nonisolated(unsafe) let exception = exception
      return .builtin(
        BuiltinFunction(name: "__init__") { arguments, _ in
          exception.arguments = arguments.positional
          return .none
        })
    }
    guard case .native(let receiver as InstanceObject) = proxy.receiver else { return nil }
    // Unchecked capture, as above.
    nonisolated(unsafe) let instance = receiver
    if instance.cls.nativeBase != nil {
      if name == "__init__" {
        return .builtin(
          BuiltinFunction(name: "__init__") { arguments, context in
            if instance.nativePart == nil {
              instance.nativePart = try context.evaluator.makeNativePart(instance.cls, arguments)
            }
            return .none
          })
      }
      if let part = instance.nativePart, let member = part.pythonType.member(name) {
        return try bound(member, to: part, of: instance)
      }
    }
    switch name {
    case "__init__":
      return .builtin(
        BuiltinFunction(name: "__init__") { arguments, _ in
          guard arguments.positional.isEmpty, arguments.keywords.isEmpty else {
            throw PythonError.typeError(
              "object.__init__() takes exactly one argument (the instance to initialize)")
          }
          return .none
        })
    case "__setattr__":
      return .builtin(
        BuiltinFunction(name: "__setattr__") { arguments, context in
          guard arguments.positional.count == 2, case .string(let key) = arguments.positional[0] else {
            throw PythonError.typeError("expected 2 arguments, got \(arguments.positional.count)")
          }
          try context.evaluator.storeInstanceAttribute(instance, key, arguments.positional[1])
          return .none
        })
    case "__repr__", "__str__":
      return .builtin(
        BuiltinFunction(name: name) { _, _ in
          .string("<__main__.\(instance.cls.name) object at \(ValueFormatter.address(instance))>")
        })
    default:
      return nil
    }
  }

  /// The native part of an instance of `cls`: its native base's constructor called with the class's
  /// type, which must make a ``NativeAttributeOwner``.
  func makeNativePart(_ cls: ClassObject, _ arguments: Arguments) throws -> NativeAttributeOwner {
    guard case .native(let part as NativeAttributeOwner) = try cls.type.construct(arguments, context: context)
    else {
      throw PythonError.typeError("Gradbook cells cannot subclass '\(cls.nativeBase?.name ?? "object")'")
    }
    return part
  }

  /// A member of the native type read through an instance: bound to the instance's part, and a
  /// method returning the part (`net.eval()`, `net.to(...)`) returns the instance, as `self` in PyTorch.
  func bound(_ member: Member, to part: NativeAttributeOwner, of instance: InstanceObject) throws -> Value {
    guard let body = member.body else { return try bound(member, to: .native(part)) }
    // Unchecked capture: the method is a cell value, used in its session on its cell thread, as the
    // tables' own bound methods capture their receivers.
    nonisolated(unsafe) let (part, instance) = (part, instance)
    return .builtin(
      BuiltinFunction(name: member.name) { arguments, context in
        let result = try body(.native(part), arguments, context)
        if case .native(let object) = result, object === part { return .native(instance) }
        return result
      })
  }

  // MARK: Formatting

  /// Runs a `__repr__`/`__str__` call for the formatter, which cannot throw: an error is kept and
  /// thrown by the evaluator once formatting returns (see `reprOf`), and the text is nil meanwhile.
  func formatting(_ body: () throws -> String?) -> String? {
    do {
      return try body()
    } catch let error as PythonError {
      if pendingFormattingError == nil { pendingFormattingError = error }
      return nil
    } catch {
      return nil
    }
  }

  /// Runs `format` and throws the first error a `__repr__`/`__str__` raised inside it (each call
  /// keeps its own, so a nested `repr()` in a `__repr__` neither throws nor drops an outer one).
  func throwingFormattingErrors(_ format: () throws -> String) throws -> String {
    let outer = pendingFormattingError
    pendingFormattingError = nil
    defer { pendingFormattingError = outer }
    let text = try format()
    if let failure = pendingFormattingError { throw failure }
    return text
  }
}

/// Builtins of the class machinery, iteration of instances, and `object`'s own attributes.
extension Evaluator {
  /// `issubclass(type, other)`, with C3 MROs for classes defined in cells.
  func isSubclass(_ type: TypeObject, of other: TypeObject) -> Bool {
    if other === TypeObject.object { return true }
    if let cls = userClass(type) {
      if let otherClass = userClass(other) { return cls.isSubclass(of: otherClass) }
      if let base = cls.nativeBase { return base.isSubtype(of: other) }
      return false
    }
    return userClass(other) == nil && type.isSubtype(of: other)
  }

  /// Iterates an instance through `__iter__` (then the iterator's `__next__`).
  func instanceIterator(_ instance: InstanceObject) throws -> () throws -> Value? {
    guard let iterator = try callSpecial(instance, "__iter__", []) else {
      // The native base's own iteration (the children of a ModuleList subclass).
      if let elements = try instance.nativePart?.iterate(context: context) {
        return try makeIterator(.makeList(elements))
      }
      throw PythonError.typeError("'\(instance.cls.name)' object is not iterable")
    }
    switch iterator {
    case .native(let inner as InstanceObject):
      guard inner.cls.lookup("__next__") != nil else {
        throw PythonError.typeError("iter() returned non-iterator of type '\(inner.cls.name)'")
      }
      return { [unowned self] in try self.nextOfInstance(inner, default: nil, endsWithNil: true) }
    case .iterator:
      return try makeIterator(iterator)
    default:
      throw PythonError.typeError("iter() returned non-iterator of type '\(iterator.typeName)'")
    }
  }

  /// `next(instance)` through `__next__`; at StopIteration, `fallback` or (for loops) nil.
  func nextOfInstance(_ instance: InstanceObject, default fallback: Value?, endsWithNil: Bool = false) throws
    -> Value?
  {
    do {
      guard let value = try callSpecial(instance, "__next__", []) else {
        throw PythonError.typeError("'\(instance.cls.name)' object is not an iterator")
      }
      return value
    } catch let error as PythonError where error.typeName == "StopIteration" && !error.isFatal {
      if let fallback { return fallback }
      if endsWithNil { return nil }
      throw error
    }
  }

  /// `object.__init__`, `object.__setattr__`, … as called explicitly on instances of cell classes.
  func objectAttribute(_ name: String) -> Value? {
    switch name {
    case "__setattr__":
      return .builtin(
        BuiltinFunction(name: "__setattr__") { arguments, context in
          guard arguments.positional.count == 3,
            case .native(let instance as InstanceObject) = arguments.positional[0],
            case .string(let key) = arguments.positional[1]
          else {
            throw PythonError.typeError("expected 3 arguments, got \(arguments.positional.count)")
          }
          try context.evaluator.storeInstanceAttribute(instance, key, arguments.positional[2])
          return .none
        })
    case "__init__":
      return .builtin(BuiltinFunction(name: "__init__") { _, _ in .none })
    default:
      return nil
    }
  }
}
