import Autograd
import PythonRuntime

/// `state_dict()` and `load_state_dict(state_dict, strict=True)`.
extension NNModule {
  /// Every parameter and persistent buffer by dotted name, in PyTorch's order (each module's own
  /// parameters, then its buffers, then its children).
  func stateEntries() -> [(key: String, tensor: TensorObject)] {
    var entries: [(String, TensorObject)] = []
    for (prefix, module) in namedModules() {
      let dotted = prefix.isEmpty ? "" : prefix + "."
      for (name, parameter) in module.parameters.entries {
        if let parameter { entries.append((dotted + name, parameter)) }
      }
      for (name, buffer) in module.buffers.entries where !module.nonPersistentBuffers.contains(name) {
        if let buffer { entries.append((dotted + name, buffer)) }
      }
    }
    return entries
  }

  static let stateDict: [NativeMethod<NNModule>] = [
    NativeMethod(
      "state_dict",
      [.init("destination", .pythonNone), .init("prefix", .string("")), .init("keep_vars", .bool(false))]
    ) { module, call, _ in
      let prefix = try call["prefix"].asString()
      let keepVariables = try call.bool("keep_vars")
      let dict = DictObject()
      dict.displayStyle = .orderedDict
      for (key, tensor) in module.stateEntries() {
        let value: Value = keepVariables ? .native(tensor) : TensorObject.value(tensor.tensor.detach())
        try dict.set(.string(prefix + key), value)
      }
      return .dict(dict)
    },
    NativeMethod(
      "load_state_dict", ["state_dict", .init("strict", .bool(true)), .init("assign", .bool(false))]
    ) {
      module, call, context in
      guard case .dict(let source) = call["state_dict"] else {
        throw NNError.type("Expected state_dict to be dict-like, got \(call["state_dict"].typeName).")
      }
      return try module.loadState(from: source, strict: try call.bool("strict"), context)
    },
  ]

  /// Copies matching entries of `source` into the parameters and buffers (without recording a graph);
  /// raises PyTorch's `Error(s) in loading state_dict` for size mismatches, and with `strict` for
  /// missing or unexpected keys.
  private func loadState(from source: DictObject, strict: Bool, _ context: NativeContext) throws -> Value {
    var sizeErrors: [String] = []
    var missing: [String] = []
    var expected = Set<String>()
    try TorchBridge.run(context) {
      try AutogradContext.current.withMode(GradMode(isEnabled: false)) {
        for (key, target) in stateEntries() {
          expected.insert(key)
          guard let value = try source.get(.string(key)) else {
            missing.append(key)
            continue
          }
          guard let tensor = TorchValues.tensor(value) else {
            sizeErrors.append(
              "While copying the parameter named \"\(key)\", expected torch.Tensor or Tensor-like object from checkpoint but received \(value.typeName)"
            )
            continue
          }
          guard tensor.shape == target.tensor.shape else {
            sizeErrors.append(
              "size mismatch for \(key): copying a param with shape \(TensorPrinter.sizeRepr(tensor.shape)) from checkpoint, the shape in current model is \(TensorPrinter.sizeRepr(target.tensor.shape))."
            )
            continue
          }
          _ = try target.tensor.copy_(.tensor(tensor))
        }
      }
    }
    var unexpected: [String] = []
    for key in source.keys {
      guard case .string(let name) = key, expected.contains(name) else {
        unexpected.append(ValueFormatter.str(key))
        continue
      }
    }
    var messages = sizeErrors
    if strict {
      if !unexpected.isEmpty {
        messages.insert(
          "Unexpected key(s) in state_dict: \(unexpected.map { "\"\($0)\"" }.joined(separator: ", ")). ",
          at: 0)
      }
      if !missing.isEmpty {
        messages.insert(
          "Missing key(s) in state_dict: \(missing.map { "\"\($0)\"" }.joined(separator: ", ")). ", at: 0)
      }
    }
    if !messages.isEmpty {
      throw NNError.runtime(
        "Error(s) in loading state_dict for \(className):\n\t" + messages.joined(separator: "\n\t"))
    }
    return .native(IncompatibleKeysObject(missingKeys: missing, unexpectedKeys: unexpected))
  }
}
