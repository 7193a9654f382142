/// `torch.optim.RMSprop`'s update of one parameter, as PyTorch 2.15's single-tensor path (the one CPU
/// tensors take by default) computes it.
public enum RMSprop: ElementwiseOptimizer {
  /// One parameter group's settings.
  public struct Hyperparameters: Sendable {
    public var lr: Double
    public var alpha: Double
    public var eps: Double
    public var weightDecay: Double
    public var momentum: Double
    public var centered: Bool
    public var maximize: Bool

    public init(
      lr: Double = 0.01, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0,
      momentum: Double = 0, centered: Bool = false, maximize: Bool = false
    ) {
      self.lr = lr
      self.alpha = alpha
      self.eps = eps
      self.weightDecay = weightDecay
      self.momentum = momentum
      self.centered = centered
      self.maximize = maximize
    }
  }

  /// A parameter's `state`: `step` (a 0-d float32 tensor), `square_avg`, and `momentum_buffer` (with
  /// momentum) and `grad_avg` (centered).
  public final class ParameterState {
    public let step: Tensor
    public let squareAvg: Tensor
    public let momentumBuffer: Tensor?
    public let gradAvg: Tensor?

    /// The state RMSprop creates on a parameter's first step: zeros shaped like it.
    public init(for parameter: Tensor, momentum: Bool, centered: Bool) throws {
      step = try Tensor.zeros([], dtype: .float32)
      squareAvg = try Tensor.zerosLike(parameter)
      momentumBuffer = momentum ? try Tensor.zerosLike(parameter) : nil
      gradAvg = centered ? try Tensor.zerosLike(parameter) : nil
    }

    /// A state from existing tensors (for example loaded from a state dict).
    public init(step: Tensor, squareAvg: Tensor, momentumBuffer: Tensor?, gradAvg: Tensor?) {
      self.step = step
      self.squareAvg = squareAvg
      self.momentumBuffer = momentumBuffer
      self.gradAvg = gradAvg
    }
  }

  /// The `ValueError` text `torch.optim.RMSprop(...)` raises, in PyTorch's order, or nil.
  public static func validationError(
    lr: Scalar, eps: Scalar, momentum: Scalar, weightDecay: Scalar, alpha: Scalar
  ) -> String? {
    OptimizerSettingCheck.firstNegative(
      [
        "learning rate": lr, "epsilon value": eps, "momentum value": momentum,
        "weight_decay value": weightDecay, "alpha value": alpha,
      ], nanIsInvalid: true)
  }

  /// Updates `parameter` and its `state` in place from `grad`.
  ///
  /// In the parameter's dtype: `step += 1`; weight decay adds `wd * param` to the gradient (fused, as
  /// `add(alpha=)`); `square_avg = fma((1 - alpha) * g, g, square_avg * alpha)` (addcmul's fused
  /// form, as Adam's second moment); centered keeps `grad_avg = lerp(grad_avg, g, 1 - alpha)` and
  /// takes `avg = sqrt(fma(-grad_avg, grad_avg, square_avg))`, else `avg = sqrt(square_avg)`; then
  /// `avg += eps`. With momentum `buf = buf * momentum + g / avg` and `param = fma(buf, -lr, param)`;
  /// without, `param += (-lr * g) / avg` (addcdiv's order).
  public static func step(
    parameter: Tensor, grad: Tensor, state: ParameterState, hyperparameters h: Hyperparameters
  ) throws {
    var state = state
    try run(parameter, grad, &state, h)
  }

  static func update<T: BinaryFloatingPoint>(
    _: T.Type, _ parameter: Tensor, _ gradTensor: Tensor, _ state: inout ParameterState, _ h: Hyperparameters
  ) throws {
    var (param, grad) = try OptimizerBuffer<T>.operands(parameter, gradTensor)
    var squares = try OptimizerBuffer<T>(state.squareAvg)
    let count = param.values.count
    try OptimizerBuffer<Float>.incrementStep(state.step)
    grad.prepareGradient(of: param, maximize: h.maximize, weightDecay: h.weightDecay)
    let alpha = T(h.alpha)
    let complement = T(1 - h.alpha)
    for i in 0..<count {
      squares.values[i] = (squares.values[i] * alpha).addingProduct(
        complement * grad.values[i], grad.values[i])
    }
    squares.store(into: state.squareAvg)
    var average = squares
    if h.centered, let gradAvgTensor = state.gradAvg {
      var gradAvg = try OptimizerBuffer<T>(gradAvgTensor)
      for i in 0..<count { gradAvg.values[i] = Adam.lerp(gradAvg.values[i], grad.values[i], complement) }
      gradAvg.store(into: gradAvgTensor)
      for i in 0..<count {
        average.values[i] = squares.values[i].addingProduct(-gradAvg.values[i], gradAvg.values[i])
      }
    }
    let eps = T(h.eps)
    for i in 0..<count { average.values[i] = average.values[i].squareRoot() + eps }
    if h.momentum > 0, let bufferTensor = state.momentumBuffer {
      var buffer = try OptimizerBuffer<T>(bufferTensor)
      let momentum = T(h.momentum)
      let rate = T(-h.lr)
      for i in 0..<count {
        buffer.values[i] = buffer.values[i] * momentum + grad.values[i] / average.values[i]
        param.values[i] = param.values[i].addingProduct(buffer.values[i], rate)
      }
      buffer.store(into: bufferTensor)
    } else {
      let rate = T(-h.lr)
      for i in 0..<count {
        param.values[i] = param.values[i] + (rate * grad.values[i]) / average.values[i]
      }
    }
    param.store(into: parameter)
  }
}
