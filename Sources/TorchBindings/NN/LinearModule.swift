import Autograd
import PythonRuntime

/// `nn.Linear(in_features, out_features, bias=True)`: `y = x W^T + b`, initialised as PyTorch's
/// `reset_parameters` draws from the seeded generator (kaiming-uniform weight, uniform bias).
final class LinearModule: NNModule {
  static let type = moduleType("Linear", LinearModule.self, file: "linear") { type, arguments, context in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature(
        "Linear.__init__",
        [
          "in_features", "out_features", .init("bias", default: .bool(true)), .init("device", default: .none),
          .init("dtype", default: .none),
        ]))
    let inFeatures = try call.int("in_features")
    let outFeatures = try call.int("out_features")
    let dtype = try call.dtype("dtype") ?? .float32
    let module = LinearModule(type: type)
    module.attributes["in_features"] = .int(inFeatures)
    module.attributes["out_features"] = .int(outFeatures)
    try TorchBridge.run(context) {
      guard inFeatures >= 0, outFeatures >= 0 else {
        throw NNError.runtime(
          "Trying to create tensor with negative dimension \(min(inFeatures, outFeatures)): [\(outFeatures), \(inFeatures)]"
        )
      }
      let weight = try Tensor.empty([outFeatures, inFeatures], dtype: dtype)
      let bias = try call.bool("bias") ? try Tensor.empty([outFeatures], dtype: dtype) : nil
      try NNInit.resetLayerParameters(weight: weight, bias: bias)
      module.parameters.set("weight", try ParameterObject.make(from: weight))
      module.parameters.set("bias", try bias.map { try ParameterObject.make(from: $0) })
    }
    return .native(module)
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    return try TorchBridge.run(context) {
      guard let weight = parameterTensor("weight") else {
        throw NNError.type("linear(): argument 'weight' (position 2) must be Tensor, not NoneType")
      }
      return TensorObject.value(try Tensor.linear(input, weight: weight, bias: parameterTensor("bias")))
    }
  }

  override func extraRepr() -> String {
    "in_features=\(ValueFormatter.repr(setting("in_features"))), out_features=\(ValueFormatter.repr(setting("out_features"))), bias=\(NNModule.bool(parameterTensor("bias") != nil))"
  }
}
