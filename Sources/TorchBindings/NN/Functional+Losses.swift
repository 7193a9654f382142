import Autograd
import PythonRuntime

/// The loss functions of `torch.nn.functional`, shared with the loss modules.
extension Functional {
  /// Which loss; the raw value is the functional name.
  enum Loss: String, CaseIterable, Sendable {
    case mse = "mse_loss", l1 = "l1_loss", binaryCrossEntropy = "binary_cross_entropy"
    case binaryCrossEntropyWithLogits = "binary_cross_entropy_with_logits"
    case crossEntropy = "cross_entropy", nll = "nll_loss"

    /// The functional form's parameters after `input, target`, as PyTorch 2.15 declares them.
    var parameters: [MethodParameter] {
      switch self {
      case .mse:
        return [
          .init("size_average", .pythonNone), .init("reduce", .pythonNone),
          .init("reduction", .string("mean")),
          .init("weight", .pythonNone),
        ]
      case .l1:
        return [
          .init("size_average", .pythonNone), .init("reduce", .pythonNone),
          .init("reduction", .string("mean")),
        ]
      case .binaryCrossEntropy:
        return [
          .init("weight", .pythonNone), .init("size_average", .pythonNone), .init("reduce", .pythonNone),
          .init("reduction", .string("mean")),
        ]
      case .binaryCrossEntropyWithLogits:
        return [
          .init("weight", .pythonNone), .init("size_average", .pythonNone), .init("reduce", .pythonNone),
          .init("reduction", .string("mean")), .init("pos_weight", .pythonNone),
        ]
      case .crossEntropy:
        return [
          .init("weight", .pythonNone), .init("size_average", .pythonNone), .init("ignore_index", .int(-100)),
          .init("reduce", .pythonNone), .init("reduction", .string("mean")),
          .init("label_smoothing", .float(0)),
        ]
      case .nll:
        return [
          .init("weight", .pythonNone), .init("size_average", .pythonNone), .init("ignore_index", .int(-100)),
          .init("reduce", .pythonNone), .init("reduction", .string("mean")),
        ]
      }
    }
  }

  /// The settings of one loss call (from the functional's arguments or a loss module's attributes).
  struct LossSettings {
    var reduction = "mean"
    var weight: Tensor?
    var posWeight: Tensor?
    var ignoreIndex = -100
    var labelSmoothing = 0.0
  }

  static let losses: [NativeFunction] = Loss.allCases.map { loss in
    NativeFunction(loss.rawValue, ["input", "target"] + loss.parameters) { call, context in
      var settings = LossSettings()
      settings.reduction = try reduction(call, context, location: "torch/nn/functional.py:\(loss.rawValue)")
      if call.has("weight") { settings.weight = try call.optionalTensor("weight") }
      if call.has("pos_weight") { settings.posWeight = try call.optionalTensor("pos_weight") }
      if call.has("ignore_index") { settings.ignoreIndex = try call.int("ignore_index") }
      if call.has("label_smoothing") { settings.labelSmoothing = try call.double("label_smoothing") }
      return try compute(loss, try call.tensor("input"), try call.tensor("target"), settings, context)
    }
  }

  /// `reduction=`, or the one the legacy `size_average`/`reduce` flags select (with PyTorch's warning).
  ///
  /// The warning comes from PyTorch's own code (`_Reduction.legacy_get_string`, called by the loss
  /// modules' shared `__init__` or by each functional form), so Python shows it once per session and
  /// place; `location` names that place.
  static func reduction(_ call: TorchCall, _ context: NativeContext, location: String) throws -> String {
    guard call.has("size_average") || call.has("reduce") else { return try call["reduction"].asString() }
    let sizeAverage = call.has("size_average") ? try context.truthValue(call["size_average"]) : true
    let reduce = call.has("reduce") ? try context.truthValue(call["reduce"]) : true
    let reduction = sizeAverage && reduce ? "mean" : reduce ? "sum" : "none"
    context.warnFromLibrary(
      "UserWarning",
      "size_average and reduce args will be deprecated, please use reduction='\(reduction)' instead.",
      location: location)
    return reduction
  }

  /// Runs `loss` on `input` and `target`.
  static func compute(
    _ loss: Loss, _ input: Tensor, _ target: Tensor, _ settings: LossSettings, _ context: NativeContext
  ) throws -> Value {
    try TorchBridge.run(context) {
      let reduction = try LossReduction(pythonName: settings.reduction)
      let ignoreIndex = Int64(settings.ignoreIndex)
      let result: Tensor
      switch loss {
      case .mse: result = try Tensor.mseLoss(input, target, reduction: reduction)
      case .l1: result = try Tensor.l1Loss(input, target, reduction: reduction)
      case .binaryCrossEntropy:
        result = try Tensor.binaryCrossEntropy(input, target, weight: settings.weight, reduction: reduction)
      case .binaryCrossEntropyWithLogits:
        result = try Tensor.binaryCrossEntropyWithLogits(
          input, target, weight: settings.weight, posWeight: settings.posWeight, reduction: reduction)
      case .crossEntropy:
        result = try Tensor.crossEntropy(
          input, target, weight: settings.weight, ignoreIndex: ignoreIndex, reduction: reduction,
          labelSmoothing: settings.labelSmoothing)
      case .nll:
        result = try Tensor.nllLoss(
          input, target, weight: settings.weight, ignoreIndex: ignoreIndex, reduction: reduction)
      }
      return TensorObject.value(result)
    }
  }
}
