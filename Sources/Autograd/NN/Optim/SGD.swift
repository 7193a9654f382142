/// `torch.optim.SGD`'s update of one parameter, as PyTorch 2.15's single-tensor path (the one CPU tensors
/// take; `foreach=True` gives the same values) computes it in the parameter's precision.
public enum SGD: ElementwiseOptimizer {
  /// One parameter group's settings.
  public struct Hyperparameters: Sendable {
    public var lr: Double
    public var momentum: Double
    public var dampening: Double
    public var weightDecay: Double
    public var nesterov: Bool
    public var maximize: Bool

    public init(
      lr: Double = 0.001, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0,
      nesterov: Bool = false, maximize: Bool = false
    ) {
      self.lr = lr
      self.momentum = momentum
      self.dampening = dampening
      self.weightDecay = weightDecay
      self.nesterov = nesterov
      self.maximize = maximize
    }
  }

  /// The `ValueError` texts `torch.optim.SGD(...)` raises for these settings, in PyTorch's order, or nil.
  /// Values are shown as Python prints them (`lr` and the others are passed as the Python numbers given).
  public static func validationError(
    lr: Scalar, momentum: Scalar, weightDecay: Scalar, dampening: Scalar, nesterov: Bool
  )
    -> String?
  {
    if let message = OptimizerSettingCheck.firstNegative(
      ["learning rate": lr, "momentum value": momentum, "weight_decay value": weightDecay],
      nanIsInvalid: false)
    {
      return message
    }
    if nesterov && (momentum.doubleValue <= 0 || dampening.doubleValue != 0) {
      return "Nesterov momentum requires a momentum and zero dampening"
    }
    return nil
  }

  /// Updates `parameter` in place from `grad`; `momentumBuffer` is the parameter's
  /// `state['momentum_buffer']` (nil before the first step with momentum, then the buffer tensor).
  ///
  /// In the parameter's dtype: `g = grad (negated when maximizing)`, `g = fma(param, wd, g)`;
  /// with momentum `buf = clone(g)` the first time, else `buf = fma(g, 1 - dampening, buf * momentum)`,
  /// and `g = nesterov ? fma(buf, momentum, g) : buf`; finally `param = fma(g, -lr, param)`. Each
  /// `add(x, alpha=a)` is one fused multiply-add, as PyTorch's vectorised kernel does it.
  public static func step(
    parameter: Tensor, grad: Tensor, momentumBuffer: inout Tensor?, hyperparameters h: Hyperparameters
  ) throws {
    try run(parameter, grad, &momentumBuffer, h)
  }

  static func update<T: BinaryFloatingPoint>(
    _: T.Type, _ parameter: Tensor, _ gradTensor: Tensor, _ momentumBuffer: inout Tensor?,
    _ h: Hyperparameters
  ) throws {
    var (param, grad) = try OptimizerBuffer<T>.operands(parameter, gradTensor)
    let count = param.values.count
    grad.prepareGradient(of: param, maximize: h.maximize, weightDecay: h.weightDecay)
    if h.momentum != 0 {
      let momentum = T(h.momentum)
      var buffer: OptimizerBuffer<T>
      if let existing = momentumBuffer {
        buffer = try OptimizerBuffer<T>(existing)
        let scale = T(1 - h.dampening)
        for i in 0..<count {
          buffer.values[i] = (buffer.values[i] * momentum).addingProduct(grad.values[i], scale)
        }
        buffer.store(into: existing)
      } else {
        buffer = grad
        momentumBuffer = buffer.tensor(shape: parameter.shape, dtype: parameter.dtype)
      }
      if h.nesterov {
        for i in 0..<count {
          grad.values[i] = grad.values[i].addingProduct(buffer.values[i], momentum)
        }
      } else {
        grad = buffer
      }
    }
    let rate = T(-h.lr)
    for i in 0..<count {
      param.values[i] = param.values[i].addingProduct(grad.values[i], rate)
    }
    param.store(into: parameter)
  }
}
