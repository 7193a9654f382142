extension Member {
  /// A method of native objects of class `Object`, its arguments bound to `signature` by name.
  ///
  /// `Member.method(of: Vector.self, Signature("scaled", ["factor"])) { vector, bound, context in … }`
  public static func method<Object: NativeObject & SendableMetatype>(
    of _: Object.Type, _ signature: Signature,
    _ body: @escaping @Sendable (Object, BoundArguments, NativeContext) throws -> Value
  ) -> Member {
    let name = signature.functionName
    return .method(name, .parameters(signature)) { receiver, arguments, context in
      try body(try native(receiver, name), try arguments.bind(signature), context)
    }
  }

  /// A data attribute of native objects of class `Object`, read-only unless `set` is given.
  public static func property<Object: NativeObject & SendableMetatype>(
    of _: Object.Type, _ name: String, get: @escaping @Sendable (Object, NativeContext) throws -> Value,
    set: (@Sendable (Object, Value, NativeContext) throws -> Void)? = nil
  ) -> Member {
    var setter: Setter?
    if let set {
      setter = { receiver, newValue, context in try set(try native(receiver, name), newValue, context) }
    }
    return .property(
      name, get: { receiver, context in try get(try native(receiver, name), context) }, set: setter)
  }

  /// The receiver as an `Object`, or the descriptor error of a method reached through the wrong type.
  public static func native<Object: NativeObject>(_ receiver: Value, _ name: String) throws -> Object {
    if case .native(let object as Object) = receiver { return object }
    throw PythonError.typeError(
      "descriptor '\(name)' does not apply to a '\(receiver.typeName)' object")
  }
}
