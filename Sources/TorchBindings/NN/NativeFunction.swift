import PythonRuntime

/// One module-level function (`torch.nn.functional.relu`): name, PyTorch's parameters and body, declared
/// in a table shared by every session (the shape of a `tables`-branch function member).
struct NativeFunction: Sendable {
  let name: String
  let parameters: [MethodParameter]
  let body: @Sendable (TorchCall, NativeContext) throws -> Value

  init(
    _ name: String, _ parameters: [MethodParameter] = [],
    _ body: @escaping @Sendable (TorchCall, NativeContext) throws -> Value
  ) {
    self.name = name
    self.parameters = parameters
    self.body = body
  }

  /// Defines every function of `table` on `module`.
  static func define(_ table: [NativeFunction], on module: ModuleObject) {
    for function in table {
      let signature = Signature(function.name, function.parameters.map(\.parameter))
      module.define(function.name) { arguments, context in
        try function.body(try TorchCall(python: arguments, method: false, signature), context)
      }
    }
  }
}
