/// `staticmethod(f)`: a function the class and its instances return unbound.
final class StaticMethodObject: NativeObject {
  let function: Value
  init(_ function: Value) { self.function = function }
  var pythonType: TypeObject { ClassBuiltins.staticMethodType }
  func repr() -> String { "<staticmethod(\(ValueFormatter.repr(function)))>" }
  func call(arguments: Arguments, context: NativeContext) throws -> Value {
    try context.call(function, arguments)
  }
}

/// `classmethod(f)`: a function bound to the class (also when read through an instance).
final class ClassMethodObject: NativeObject {
  let function: Value
  init(_ function: Value) { self.function = function }
  var pythonType: TypeObject { ClassBuiltins.classMethodType }
  func repr() -> String { "<classmethod(\(ValueFormatter.repr(function)))>" }
}

/// `property(fget, fset)`: an attribute computed by calling `fget`, assigned through `fset`.
final class PropertyObject: NativeObject {
  let getter: Value?
  let setter: Value?
  let deleter: Value?

  init(getter: Value?, setter: Value?, deleter: Value?) {
    self.getter = getter
    self.setter = setter
    self.deleter = deleter
  }

  var pythonType: TypeObject { ClassBuiltins.propertyType }
  func repr() -> String { "<property object at \(ValueFormatter.address(self))>" }

  /// The name of the getter, for messages (`property 'x' of 'A' object has no setter`).
  var name: String {
    if case .function(let function)? = getter { return function.name }
    return "?"
  }

  /// `fget`, `fset`, `fdel`, and `getter`/`setter`/`deleter`, which copy the property with one
  /// accessor replaced (what `@x.setter` does).
  static let members = MemberTable([
    [
      .property(of: PropertyObject.self, "fget") { property, _ in property.getter ?? .none },
      .property(of: PropertyObject.self, "fset") { property, _ in property.setter ?? .none },
      .property(of: PropertyObject.self, "fdel") { property, _ in property.deleter ?? .none },
      accessor("getter") { PropertyObject(getter: $1, setter: $0.setter, deleter: $0.deleter) },
      accessor("setter") { PropertyObject(getter: $0.getter, setter: $1, deleter: $0.deleter) },
      accessor("deleter") { PropertyObject(getter: $0.getter, setter: $0.setter, deleter: $1) },
    ]
  ])

  private static func accessor(
    _ name: String, _ replace: @escaping @Sendable (PropertyObject, Value) -> PropertyObject
  ) -> Member {
    .method(name, .custom) { (receiver: Value, arguments: Arguments, _: NativeContext) in
      let property: PropertyObject = try Member.native(receiver, name)
      guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
        throw PythonError.typeError(
          "\(name)() takes exactly one argument (\(arguments.positional.count) given)")
      }
      return .native(replace(property, arguments.positional[0]))
    }
  }
}

/// `super()`: attribute lookup that starts after `start` in the MRO of the instance's class.
final class SuperObject: NativeObject {
  static let type = TypeObject(name: "super")
  let start: ClassObject
  /// The instance (or, in a classmethod, the class) methods are bound to.
  let receiver: Value
  /// The class whose MRO is searched.
  let receiverClass: ClassObject

  init(start: ClassObject, receiver: Value, receiverClass: ClassObject) {
    self.start = start
    self.receiver = receiver
    self.receiverClass = receiverClass
  }

  var pythonType: TypeObject { Self.type }
  func repr() -> String {
    "<super: <class '\(start.name)'>, <\(receiverClass.name) object>>"
  }
}
