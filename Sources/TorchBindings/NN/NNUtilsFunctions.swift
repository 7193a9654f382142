import Autograd
import PythonRuntime

/// `torch.nn.utils`: `clip_grad_norm_` and `clip_grad_value_` over the gradients of the parameters given.
enum NNUtilsFunctions {
  static func make() -> ModuleObject {
    let module = ModuleObject(name: "torch.nn.utils")
    NativeFunction.define(functions, on: module)
    return module
  }

  /// The existing gradients of `parameters` (one tensor or an iterable of tensors).
  static func grads(_ parameters: Value, _ context: NativeContext) throws -> [Tensor] {
    let items: [Value] =
      TorchValues.tensor(parameters) != nil ? [parameters] : try context.iterate(parameters)
    return try items.compactMap { item in
      guard let tensor = TorchValues.tensor(item) else {
        throw NNError.type("expected Tensor or an iterable of Tensors, got \(item.typeName)")
      }
      return tensor.gradIfPresent
    }
  }

  static let functions: [NativeFunction] = [
    NativeFunction(
      "clip_grad_norm_",
      [
        "parameters", "max_norm", .init("norm_type", .float(2)), .init("error_if_nonfinite", .bool(false)),
        .init("foreach", .pythonNone),
      ]
    ) { call, context in
      let grads = try grads(call["parameters"], context)
      let (maxNorm, normType) = (try call.double("max_norm"), try call.double("norm_type"))
      let strict = try call.bool("error_if_nonfinite")
      return try TorchBridge.run(context) {
        TensorObject.value(
          try GradClipping.clipGradNorm_(
            grads, maxNorm: maxNorm, normType: normType, errorIfNonfinite: strict))
      }
    },
    NativeFunction("clip_grad_value_", ["parameters", "clip_value", .init("foreach", .pythonNone)]) {
      call, context in
      let grads = try grads(call["parameters"], context)
      let clip = try call.double("clip_value")
      try TorchBridge.run(context) { try GradClipping.clipGradValue_(grads, clipValue: clip) }
      return .none
    },
  ]
}
