import Autograd
import PythonRuntime

/// `nn.LeakyReLU(negative_slope=0.01, inplace=False)`.
final class LeakyReLUModule: NNModule {
  static let type = moduleType("LeakyReLU", LeakyReLUModule.self, file: "activation") { type, arguments, _ in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature(
        "LeakyReLU.__init__",
        [.init("negative_slope", default: .float(0.01)), .init("inplace", default: .bool(false))]))
    let module = LeakyReLUModule(type: type)
    module.attributes["negative_slope"] = call["negative_slope"]
    module.attributes["inplace"] = .bool(try call.bool("inplace"))
    return .native(module)
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    let slope = try setting("negative_slope").asDouble()
    return try TorchBridge.run(context) { TensorObject.value(try input.leakyRelu(negativeSlope: slope)) }
  }

  override func extraRepr() -> String {
    let inplace = setting("inplace")
    var text = "negative_slope=\(ValueFormatter.repr(setting("negative_slope")))"
    if case .bool(true) = inplace { text += ", inplace=True" }
    return text
  }
}
