import Autograd
import PythonRuntime

/// `nn.Flatten(start_dim=1, end_dim=-1)`.
final class FlattenModule: NNModule {
  static let type = moduleType("Flatten", FlattenModule.self, file: "flatten") { type, arguments, _ in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature(
        "Flatten.__init__", [.init("start_dim", default: .int(1)), .init("end_dim", default: .int(-1))]))
    let module = FlattenModule(type: type)
    module.attributes["start_dim"] = .int(try call.int("start_dim"))
    module.attributes["end_dim"] = .int(try call.int("end_dim"))
    return .native(module)
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    let start = try setting("start_dim").asInt()
    let end = try setting("end_dim").asInt()
    return try TorchBridge.run(context) {
      TensorObject.value(try input.flatten(startDim: start, endDim: end))
    }
  }

  override func extraRepr() -> String {
    "start_dim=\(ValueFormatter.repr(setting("start_dim"))), end_dim=\(ValueFormatter.repr(setting("end_dim")))"
  }
}
