import Autograd
import PythonRuntime

/// `nn.Dropout(p=0.5, inplace=False)`: seeded Bernoulli masks scaled by `1/(1-p)` in training mode,
/// the identity in eval mode.
final class DropoutModule: NNModule {
  static let type = moduleType("Dropout", DropoutModule.self, file: "dropout") { type, arguments, _ in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature(
        "Dropout.__init__", [.init("p", default: .float(0.5)), .init("inplace", default: .bool(false))]))
    let p = try call.scalar("p")
    if let message = Tensor.dropoutProbabilityError(p) { throw NNError.value(message) }
    let module = DropoutModule(type: type)
    module.attributes["p"] = call["p"]
    module.attributes["inplace"] = .bool(try call.bool("inplace"))
    return .native(module)
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    let p = try setting("p").asDouble()
    let inplace = try context.truthValue(setting("inplace"))
    return try TorchBridge.run(context) {
      TensorObject.value(try input.dropout(p: p, training: training, inplace: inplace))
    }
  }

  override func extraRepr() -> String {
    "p=\(ValueFormatter.repr(setting("p"))), inplace=\(ValueFormatter.repr(setting("inplace")))"
  }
}
