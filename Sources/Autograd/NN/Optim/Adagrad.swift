/// `torch.optim.Adagrad`'s update of one parameter, as PyTorch 2.15's single-tensor path (the one CPU
/// tensors take by default) computes it.
public enum Adagrad: ElementwiseOptimizer {
  /// One parameter group's settings.
  public struct Hyperparameters: Sendable {
    public var lr: Double
    public var lrDecay: Double
    public var weightDecay: Double
    public var eps: Double
    public var maximize: Bool

    public init(
      lr: Double = 0.01, lrDecay: Double = 0, weightDecay: Double = 0, eps: Double = 1e-10,
      maximize: Bool = false
    ) {
      self.lr = lr
      self.lrDecay = lrDecay
      self.weightDecay = weightDecay
      self.eps = eps
      self.maximize = maximize
    }
  }

  /// The `ValueError` text `torch.optim.Adagrad(...)` raises, in PyTorch's order, or nil.
  public static func validationError(
    lr: Scalar, lrDecay: Scalar, weightDecay: Scalar, initialAccumulatorValue: Scalar, eps: Scalar
  ) -> String? {
    OptimizerSettingCheck.firstNegative(
      [
        "learning rate": lr, "lr_decay value": lrDecay, "weight_decay value": weightDecay,
        "initial_accumulator_value value": initialAccumulatorValue, "epsilon value": eps,
      ], nanIsInvalid: true)
  }

  /// Updates `parameter`, its `step` (a 0-d float32 tensor) and its `sum` in place from `grad`.
  ///
  /// `step += 1`; weight decay adds `wd * param` to the gradient (fused); the rate
  /// `clr = lr / (1 + (step - 1) * lr_decay)` is a Python double; `sum = fma(g, g, sum)`;
  /// `param += (-clr * g) / (sqrt(sum) + eps)` (addcdiv's order).
  public static func step(
    parameter: Tensor, grad: Tensor, step: Tensor, sum: Tensor, hyperparameters h: Hyperparameters
  ) throws {
    var state = (step: step, sum: sum)
    try run(parameter, grad, &state, h)
  }

  static func update<T: BinaryFloatingPoint>(
    _: T.Type, _ parameter: Tensor, _ gradTensor: Tensor, _ state: inout (step: Tensor, sum: Tensor),
    _ h: Hyperparameters
  ) throws {
    var (param, grad) = try OptimizerBuffer<T>.operands(parameter, gradTensor)
    var sum = try OptimizerBuffer<T>(state.sum)
    let count = param.values.count
    try OptimizerBuffer<Float>.incrementStep(state.step)
    let step = try OptimizerBuffer<Float>.count(of: state.step)
    grad.prepareGradient(of: param, maximize: h.maximize, weightDecay: h.weightDecay)
    let rate = T(-(h.lr / (1 + (step - 1) * h.lrDecay)))
    let eps = T(h.eps)
    for i in 0..<count {
      sum.values[i] = sum.values[i].addingProduct(grad.values[i], grad.values[i])
      param.values[i] =
        param.values[i] + (rate * grad.values[i]) / (sum.values[i].squareRoot() + eps)
    }
    sum.store(into: state.sum)
    param.store(into: parameter)
  }
}
