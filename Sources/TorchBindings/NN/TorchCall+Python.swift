import PythonRuntime

extension TorchCall {
  /// Binds `arguments` as a Python-level `def` of PyTorch binds them: CPython's wording naming
  /// `signature`'s function (`Linear.__init__() missing 1 required positional argument: 'out_features'`),
  /// and for a method counting `self` among the positional arguments, as CPython does.
  init(python arguments: Arguments, method: Bool, _ signature: Signature) throws {
    if method {
      var withSelf = arguments
      withSelf.positional.insert(.none, at: 0)
      var selfSignature = signature
      selfSignature.parameters.insert("self", at: 0)
      _ = try withSelf.bind(selfSignature)
    } else {
      _ = try arguments.bind(signature)
    }
    try self.init(arguments, signature)
  }
}
