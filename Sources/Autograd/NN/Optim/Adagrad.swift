/// `torch.optim.Adagrad`'s update of one parameter, as PyTorch 2.15's single-tensor path (the one CPU
/// tensors take by default) computes it.
public enum Adagrad {
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
    if !(lr.doubleValue >= 0) { return "Invalid learning rate: \(lr)" }
    if !(lrDecay.doubleValue >= 0) { return "Invalid lr_decay value: \(lrDecay)" }
    if !(weightDecay.doubleValue >= 0) { return "Invalid weight_decay value: \(weightDecay)" }
    if !(initialAccumulatorValue.doubleValue >= 0) {
      return "Invalid initial_accumulator_value value: \(initialAccumulatorValue)"
    }
    if !(eps.doubleValue >= 0) { return "Invalid epsilon value: \(eps)" }
    return nil
  }

  /// Updates `parameter`, its `step` (a 0-d float32 tensor) and its `sum` in place from `grad`.
  ///
  /// `step += 1`; weight decay adds `wd * param` to the gradient (fused); the rate
  /// `clr = lr / (1 + (step - 1) * lr_decay)` is a Python double; `sum = fma(g, g, sum)`;
  /// `param += (-clr * g) / (sqrt(sum) + eps)` (addcdiv's order).
  public static func step(
    parameter: Tensor, grad: Tensor, step: Tensor, sum: Tensor, hyperparameters h: Hyperparameters
  ) throws {
    try SGD.checkShapes(parameter, grad)
    if parameter.dtype == .float64 {
      try update(Double.self, parameter, grad, step, sum, h)
    } else {
      try update(Float.self, parameter, grad, step, sum, h)
    }
  }

  private static func update<T: BinaryFloatingPoint>(
    _: T.Type, _ parameter: Tensor, _ gradTensor: Tensor, _ stepTensor: Tensor, _ sumTensor: Tensor,
    _ h: Hyperparameters
  ) throws {
    var param = try OptimizerBuffer<T>(parameter)
    var grad = try OptimizerBuffer<T>(gradTensor)
    var sum = try OptimizerBuffer<T>(sumTensor)
    let count = param.values.count
    var stepValue = try OptimizerBuffer<Float>(stepTensor)
    stepValue.values[0] += 1
    stepValue.store(into: stepTensor)
    if h.maximize { for i in 0..<count { grad.values[i] = -grad.values[i] } }
    if h.weightDecay != 0 {
      let decay = T(h.weightDecay)
      for i in 0..<count { grad.values[i] = grad.values[i].addingProduct(param.values[i], decay) }
    }
    let rate = T(-(h.lr / (1 + (Double(stepValue.values[0]) - 1) * h.lrDecay)))
    let eps = T(h.eps)
    for i in 0..<count {
      sum.values[i] = sum.values[i].addingProduct(grad.values[i], grad.values[i])
      param.values[i] = param.values[i] + (rate * grad.values[i]) / (sum.values[i].squareRoot() + eps)
    }
    sum.store(into: sumTensor)
    param.store(into: parameter)
  }
}
