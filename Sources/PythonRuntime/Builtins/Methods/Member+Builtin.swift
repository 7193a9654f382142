extension Member {
  /// A method of a built-in type, its positional arguments checked against `signature` before
  /// `body` runs; when `charged`, its work is charged by the length of the receiver and of its string arguments
  /// (a linear-time method).
  ///
  /// The receiver can only be of another representation when the method is reached through the
  /// type (`str.upper(5)`), which gets CPython's descriptor error.
  static func builtin<Receiver: BuiltinReceiver>(
    _ name: String, _ signature: MethodSignature, of typeName: String, charged: Bool = false,
    _ body: @escaping @Sendable (Receiver, Arguments, Evaluator) throws -> Value
  ) -> Member {
    let count = signature.positionalCount
    return .method(name, signature) { (value: Value, arguments: Arguments, evaluator: Evaluator) in
      guard let receiver = Receiver.unwrap(value) else { throw descriptorError(name, typeName, value) }
      if let count, !arguments.keywords.isEmpty || !count.contains(arguments.positional.count) {
        try signature.checkPositional(arguments, typeName: typeName, name: name)
      }
      if charged { try evaluator.chargeMethodWork(receiver.workSize, arguments) }
      return try body(receiver, arguments, evaluator)
    }
  }

  /// A method of a built-in type whose arguments bind to named `parameters`.
  static func builtin<Receiver: BuiltinReceiver>(
    _ name: String, parameters: Signature, of typeName: String, charged: Bool = false,
    _ body: @escaping @Sendable (Receiver, BoundArguments, Evaluator) throws -> Value
  ) -> Member {
    .method(name, .parameters(parameters)) { (value: Value, arguments: Arguments, evaluator: Evaluator) in
      guard let receiver = Receiver.unwrap(value) else { throw descriptorError(name, typeName, value) }
      let bound = try arguments.bind(parameters)
      if charged { try evaluator.chargeMethodWork(receiver.workSize, arguments) }
      return try body(receiver, bound, evaluator)
    }
  }

  /// A data attribute of a built-in type whose receiver `unwrap` turns into a Swift value.
  static func builtinProperty<Receiver: SendableMetatype>(
    _ name: String, of typeName: String, unwrap: @escaping @Sendable (Value) -> Receiver?,
    _ get: @escaping @Sendable (Receiver) throws -> Value
  ) -> Member {
    .property(name) { value, _ in
      guard let receiver = unwrap(value) else { throw descriptorError(name, typeName, value) }
      return try get(receiver)
    }
  }

  /// CPython's error for a member reached through its type with a receiver of another type.
  private static func descriptorError(_ name: String, _ typeName: String, _ value: Value) -> PythonError {
    PythonError.typeError(
      "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(value.typeName)' object")
  }
}

extension Arguments {
  /// Positional argument `index`, or nil when fewer were given.
  subscript(index: Int) -> Value? { index < positional.count ? positional[index] : nil }
}
