import PythonRuntime

extension Member {
  /// A method of a torch object of class `Object` whose arguments bind as PyTorch binds them.
  static func torch<Object: NativeObject & SendableMetatype>(
    of _: Object.Type, _ name: String, _ parameters: [Signature.Parameter] = [],
    _ body: @escaping @Sendable (Object, TorchCall, NativeContext) throws -> Value
  ) -> Member {
    let signature = Signature(name, parameters)
    return .method(name, .parameters(signature)) { receiver, arguments, context in
      let object: Object = try Member.native(receiver, name)
      return try body(object, try TorchCall(arguments, signature), context)
    }
  }
}
