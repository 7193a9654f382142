import Autograd
import PythonRuntime

/// `nn.Softmax(dim=None)` and `nn.LogSoftmax(dim=None)`; without a dim they pick PyTorch's legacy
/// implicit dimension and warn.
final class SoftmaxModule: NNModule {
  let isLog: Bool

  init(isLog: Bool, type: TypeObject) {
    self.isLog = isLog
    super.init(type: type)
  }

  // `original` is always a SoftmaxModule: NNModule's copy calls this through `type(of:)`.
  required init(twinOf original: NNModule) {
    isLog = (original as? SoftmaxModule)?.isLog ?? false
    super.init(twinOf: original)
  }

  static let types: [TypeObject] = [false, true].map { isLog in
    moduleType(isLog ? "LogSoftmax" : "Softmax", SoftmaxModule.self, file: "activation") {
      type, arguments, _ in
      let call = try TorchCall(
        python: arguments, method: true,
        Signature(isLog ? "LogSoftmax.__init__" : "Softmax.__init__", [.init("dim", default: .none)]))
      let module = SoftmaxModule(isLog: isLog, type: type)
      module.attributes["dim"] = call["dim"]
      return .native(module)
    }
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    let dim = try setting("dim").isNone ? nil : setting("dim").asInt()
    return try Functional.softmax(input, dim: dim, log: isLog, stackLevel: "", context: context)
  }

  override func extraRepr() -> String { "dim=\(ValueFormatter.repr(setting("dim")))" }
}
