import Autograd
import PythonRuntime

/// `torch.autograd` (`grad`, `Variable`, `backward`) and `torch.cuda` (never available).
extension TorchModule {
  static let autogradFunctions: [BuiltinFunction] = [
    BuiltinFunction(name: "grad") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "grad",
          [
            "outputs", "inputs", .init("grad_outputs", default: .none), .init("retain_graph", default: .none),
            .init("create_graph", default: .bool(false)), .init("only_inputs", default: .bool(true)),
            .init("allow_unused", default: .none), .init("is_grads_batched", default: .bool(false)),
            .init("materialize_grads", default: .bool(false)),
          ]))
      let outputs = try tensors(call, "outputs")
      let inputs = try tensors(call, "inputs")
      var gradOutputs: [Tensor?]?
      if call.has("grad_outputs") {
        if let single = TorchValues.tensor(call["grad_outputs"]) {
          gradOutputs = [single]
        } else if let elements = call["grad_outputs"].sequenceElements {
          gradOutputs = try elements.map { element in
            if element.isNone { return nil }
            guard let tensor = TorchValues.tensor(element) else {
              throw call.typeError("grad_outputs", expected: "Tensor")
            }
            return tensor
          }
        } else {
          throw call.typeError("grad_outputs", expected: "Tensor")
        }
      }
      let retain: Bool? = call.has("retain_graph") ? try context.truthValue(call["retain_graph"]) : nil
      let createGraph = try context.truthValue(call["create_graph"])
      let allowUnused = call.has("allow_unused") ? try context.truthValue(call["allow_unused"]) : false
      let materialize = try context.truthValue(call["materialize_grads"])
      return try TorchBridge.run(context) {
        let grads = try Tensor.grad(
          outputs: outputs, inputs: inputs, gradOutputs: gradOutputs, retainGraph: retain,
          createGraph: createGraph,
          allowUnused: allowUnused, materializeGrads: materialize)
        return .tuple(grads.map { TensorObject.value($0) })
      }
    },
    BuiltinFunction(name: "Variable") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "Variable",
          ["data", .init("requires_grad", default: .bool(false)), .init("volatile", default: .bool(false))]))
      let data = try call.tensor("data")
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        let variable = data.detach()
        if requiresGrad { try variable.requiresGrad_(true) }
        return TensorObject.value(variable)
      }
    },
    BuiltinFunction(name: "backward") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "backward",
          [
            "tensors", .init("grad_tensors", default: .none), .init("retain_graph", default: .none),
            .init("create_graph", default: .bool(false)), .init("grad_variables", default: .none),
            .init("inputs", default: .none),
          ]))
      let outputs = try tensors(call, "tensors")
      var seeds: [Tensor?] = Array(repeating: nil, count: outputs.count)
      if call.has("grad_tensors") {
        if let single = TorchValues.tensor(call["grad_tensors"]) {
          seeds = [single]
        } else if let elements = call["grad_tensors"].sequenceElements {
          seeds = elements.map { TorchValues.tensor($0) }
        }
      }
      let retain: Bool? = call.has("retain_graph") ? try context.truthValue(call["retain_graph"]) : nil
      let createGraph = try context.truthValue(call["create_graph"])
      try TorchBridge.run(context) {
        try Tensor.backward(outputs, gradients: seeds, retainGraph: retain, createGraph: createGraph)
      }
      return .none
    },
  ]

  static let cudaFunctions: [BuiltinFunction] = [
    BuiltinFunction(name: "is_available") { arguments, _ in
      _ = try TorchCall(arguments, Signature("is_available", []))
      return .bool(false)
    },
    BuiltinFunction(name: "device_count") { arguments, _ in
      _ = try TorchCall(arguments, Signature("device_count", []))
      return .int(0)
    },
    // Seeding CUDA without a GPU is accepted and does nothing (PyTorch defers it until CUDA starts), so the usual
    // reproducibility lines run; the seed is still checked as `int(seed)`.
    BuiltinFunction(name: "manual_seed") { arguments, _ in
      _ = try GeneratorObject.seedValue(
        try TorchCall(python: arguments, method: false, Signature("manual_seed", ["seed"])))
      return .none
    },
    BuiltinFunction(name: "manual_seed_all") { arguments, _ in
      _ = try GeneratorObject.seedValue(
        try TorchCall(python: arguments, method: false, Signature("manual_seed_all", ["seed"])))
      return .none
    },
    BuiltinFunction(name: "empty_cache") { arguments, _ in
      _ = try TorchCall(python: arguments, method: false, Signature("empty_cache", []))
      return .none
    },
    BuiltinFunction(name: "is_initialized") { arguments, _ in
      _ = try TorchCall(python: arguments, method: false, Signature("is_initialized", []))
      return .bool(false)
    },
  ]

  /// One tensor or a sequence of tensors.
  static func tensors(_ call: TorchCall, _ name: String) throws -> [Tensor] {
    if let single = TorchValues.tensor(call[name]) { return [single] }
    guard let elements = call[name].sequenceElements else { throw call.typeError(name, expected: "Tensor") }
    return try elements.map { element in
      guard let tensor = TorchValues.tensor(element) else {
        throw call.typeError(name, expected: "tuple of Tensors")
      }
      return tensor
    }
  }

}
