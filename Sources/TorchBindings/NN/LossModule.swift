import Autograd
import PythonRuntime

/// The loss modules (`nn.MSELoss`, `nn.L1Loss`, `nn.BCELoss`, `nn.BCEWithLogitsLoss`,
/// `nn.CrossEntropyLoss`, `nn.NLLLoss`): their settings as attributes, `weight`/`pos_weight` as
/// buffers, and `forward(input, target)` → the functional loss.
final class LossModule: NNModule {
  let loss: Functional.Loss

  init(_ loss: Functional.Loss, type: TypeObject) {
    self.loss = loss
    super.init(type: type)
  }

  // `original` is always a LossModule: NNModule's copy calls this through `type(of:)`.
  required init(twinOf original: NNModule) {
    loss = (original as? LossModule)?.loss ?? .mse
    super.init(twinOf: original)
  }

  private static let classNames: [(Functional.Loss, String)] = [
    (.mse, "MSELoss"), (.l1, "L1Loss"), (.binaryCrossEntropy, "BCELoss"),
    (.binaryCrossEntropyWithLogits, "BCEWithLogitsLoss"), (.crossEntropy, "CrossEntropyLoss"),
    (.nll, "NLLLoss"),
  ]

  /// The module's constructor parameters (the functional's, without input/target; PyTorch orders
  /// `weight` first for the weighted losses).
  private static func constructorParameters(_ loss: Functional.Loss) -> [MethodParameter] {
    switch loss {
    case .mse, .l1:
      return [
        .init("size_average", .pythonNone), .init("reduce", .pythonNone), .init("reduction", .string("mean")),
      ]
    default:
      return loss.parameters
    }
  }

  static let types: [TypeObject] = classNames.map { loss, name in
    moduleType(name, LossModule.self, file: "loss") { type, arguments, context in
      let call = try TorchCall(
        python: arguments, method: true,
        Signature("\(name).__init__", constructorParameters(loss).map(\.parameter)))
      let module = LossModule(loss, type: type)
      module.attributes["reduction"] = .string(
        try Functional.reduction(call, context, location: "torch/nn/modules/loss.py:_Loss.__init__"))
      for buffer in ["weight", "pos_weight"]
      where constructorParameters(loss).contains(where: { $0.name == buffer }) {
        switch call[buffer] {
        case .native(let tensor as TensorObject): module.buffers.set(buffer, tensor)
        default: module.buffers.set(buffer, nil)
        }
      }
      if call.has("ignore_index") { module.attributes["ignore_index"] = .int(try call.int("ignore_index")) }
      if loss == .crossEntropy {
        module.attributes["label_smoothing"] = .float(try call.double("label_smoothing"))
      }
      return .native(module)
    }
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let call = try TorchCall(
      python: arguments, method: true,
      Signature("\(className).forward", ["input", "target"]))
    var settings = Functional.LossSettings()
    settings.reduction = try setting("reduction").asString()
    settings.weight = bufferTensor("weight")
    settings.posWeight = bufferTensor("pos_weight")
    if case .int(let index) = setting("ignore_index") { settings.ignoreIndex = index }
    if case .float(let smoothing) = setting("label_smoothing") { settings.labelSmoothing = smoothing }
    return try Functional.compute(
      loss, try call.tensor("input"), try call.tensor("target"), settings, context)
  }
}
