/// The builtins of the class machinery: `staticmethod`, `classmethod`, `property` (types whose
/// instances wrap functions in a class body) and `super` (two-argument form; the zero-argument form
/// is resolved by the evaluator at the call, where it knows the calling method's scope).
enum ClassBuiltins {
  static let functions: [BuiltinFunction] = [
    Builtins.function("super") { arguments, evaluator in
      guard arguments.positional.count == 2, arguments.keywords.isEmpty else {
        throw PythonError(.runtimeError, "super(): no arguments")
      }
      guard case .type(let type) = arguments.positional[0], let cls = evaluator.userClass(type) else {
        throw PythonError.typeError(
          "super() argument 1 must be a type, not \(arguments.positional[0].typeName)")
      }
      return try evaluator.makeSuper(cls, arguments.positional[1])
    }
  ]

  static let types = [staticMethodType, classMethodType, propertyType]

  static let staticMethodType = wrapperType("staticmethod") { StaticMethodObject($0) }
  static let classMethodType = wrapperType("classmethod") { ClassMethodObject($0) }
  static let propertyType = TypeObject(name: "property", members: PropertyObject.members) {
    _, arguments, _ in
    let bound = try arguments.bind(
      Signature(
        "property",
        [
          .init("fget", default: .none), .init("fset", default: .none), .init("fdel", default: .none),
          .init("doc", default: .none),
        ]))
    func accessor(_ name: String) -> Value? { bound[name].isNone ? nil : bound[name] }
    return .native(
      PropertyObject(getter: accessor("fget"), setter: accessor("fset"), deleter: accessor("fdel")))
  }

  private static func wrapperType(_ name: String, _ make: @escaping @Sendable (Value) -> NativeObject)
    -> TypeObject
  {
    TypeObject(name: name) { _, arguments, _ in
      guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
        throw PythonError.typeError("\(name) expected 1 argument, got \(arguments.positional.count)")
      }
      return .native(make(arguments.positional[0]))
    }
  }
}
