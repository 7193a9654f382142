import PythonRuntime

/// Methods PyTorch implements in C with a fixed argument count (`METH_NOARGS`, `METH_O`), which word a wrong
/// count as CPython's C functions do: `Generator.initial_seed() takes no arguments (1 given)`,
/// `Generator.manual_seed() takes exactly one argument (0 given)`, `… takes no keyword arguments`.
enum CMethod {
  /// A method taking no argument; `owner` names the class in messages (`Generator`, `TensorBase`).
  static func none<Object: NativeObject & SendableMetatype>(
    _ owner: String, _ name: String, of _: Object.Type,
    _ body: @escaping @Sendable (Object, NativeContext) throws -> Value
  ) -> Member {
    .method(name, .positional(0...0)) { receiver, arguments, context in
      let object: Object = try Member.native(receiver, name)
      try check(arguments, owner, name, count: 0)
      return try body(object, context)
    }
  }

  /// A method taking exactly one positional argument.
  static func one<Object: NativeObject & SendableMetatype>(
    _ owner: String, _ name: String, of _: Object.Type,
    _ body: @escaping @Sendable (Object, Value, NativeContext) throws -> Value
  ) -> Member {
    .method(name, .positional(1...1)) { receiver, arguments, context in
      let object: Object = try Member.native(receiver, name)
      try check(arguments, owner, name, count: 1)
      return try body(object, arguments.positional[0], context)
    }
  }

  /// Raises the C wording unless `arguments` are exactly `count` positional ones.
  static func check(_ arguments: Arguments, _ owner: String, _ name: String, count: Int) throws {
    if !arguments.keywords.isEmpty {
      throw PythonError(.typeError, "\(owner).\(name)() takes no keyword arguments")
    }
    let given = arguments.positional.count
    guard given != count else { return }
    let expected = count == 0 ? "no arguments" : "exactly one argument"
    throw PythonError(.typeError, "\(owner).\(name)() takes \(expected) (\(given) given)")
  }
}
