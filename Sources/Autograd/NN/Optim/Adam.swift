import Foundation

/// `torch.optim.Adam` and `torch.optim.AdamW`'s update of one parameter, as PyTorch 2.15's single-tensor
/// path (the one CPU tensors take; `foreach=True` gives the same values) computes it.
public enum Adam: ElementwiseOptimizer {
  /// One parameter group's settings; AdamW is Adam with `decoupledWeightDecay`.
  public struct Hyperparameters: Sendable {
    public var lr: Double
    public var beta1: Double
    public var beta2: Double
    public var eps: Double
    public var weightDecay: Double
    public var amsgrad: Bool
    public var maximize: Bool
    public var decoupledWeightDecay: Bool

    public init(
      lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
      weightDecay: Double = 0,
      amsgrad: Bool = false, maximize: Bool = false, decoupledWeightDecay: Bool = false
    ) {
      self.lr = lr
      self.beta1 = beta1
      self.beta2 = beta2
      self.eps = eps
      self.weightDecay = weightDecay
      self.amsgrad = amsgrad
      self.maximize = maximize
      self.decoupledWeightDecay = decoupledWeightDecay
    }

    /// `torch.optim.AdamW`'s defaults (weight decay 0.01, decoupled).
    public static func adamW(
      lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
      weightDecay: Double = 0.01,
      amsgrad: Bool = false, maximize: Bool = false
    ) -> Hyperparameters {
      Hyperparameters(
        lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay, amsgrad: amsgrad,
        maximize: maximize, decoupledWeightDecay: true)
    }
  }

  /// A parameter's `state`: `step` (a 0-d float32 tensor, as PyTorch keeps it), `exp_avg`, `exp_avg_sq`
  /// and, with `amsgrad`, `max_exp_avg_sq`.
  public final class ParameterState {
    public let step: Tensor
    public let expAvg: Tensor
    public let expAvgSq: Tensor
    public let maxExpAvgSq: Tensor?

    /// The state Adam creates on a parameter's first step: a zero step and zero averages shaped like it.
    public init(for parameter: Tensor, amsgrad: Bool) throws {
      step = try Tensor.zeros([], dtype: .float32)
      expAvg = try Tensor.zerosLike(parameter)
      expAvgSq = try Tensor.zerosLike(parameter)
      maxExpAvgSq = amsgrad ? try Tensor.zerosLike(parameter) : nil
    }

    /// A state from existing tensors (for example loaded from a state dict).
    public init(step: Tensor, expAvg: Tensor, expAvgSq: Tensor, maxExpAvgSq: Tensor?) {
      self.step = step
      self.expAvg = expAvg
      self.expAvgSq = expAvgSq
      self.maxExpAvgSq = maxExpAvgSq
    }
  }

  /// The `ValueError` texts `torch.optim.Adam(...)`/`AdamW(...)` raise, in PyTorch's order, or nil.
  public static func validationError(
    lr: Scalar, eps: Scalar, beta1: Scalar, beta2: Scalar, weightDecay: Scalar
  )
    -> String?
  {
    if let message = OptimizerSettingCheck.firstNegative(
      ["learning rate": lr, "epsilon value": eps], nanIsInvalid: true)
    {
      return message
    }
    if !(beta1.doubleValue >= 0 && beta1.doubleValue < 1) {
      return "Invalid beta parameter at index 0: \(beta1)"
    }
    if !(beta2.doubleValue >= 0 && beta2.doubleValue < 1) {
      return "Invalid beta parameter at index 1: \(beta2)"
    }
    return OptimizerSettingCheck.firstNegative(["weight_decay value": weightDecay], nanIsInvalid: true)
  }

  /// Updates `parameter` and its `state` in place from `grad`.
  ///
  /// In the parameter's dtype: `step += 1`; weight decay either scales the parameter by
  /// `1 - lr * wd` (AdamW) or adds `wd * param` to the gradient (one fused multiply-add);
  /// `exp_avg = lerp(exp_avg, g, 1 - beta1)` (fused, in lerp's two-sided form);
  /// `exp_avg_sq = fma((1 - beta2) * g, g, exp_avg_sq * beta2)`; the bias corrections
  /// `1 - beta^step`, `step_size = lr / bc1` and `sqrt(bc2)` are Python doubles; then
  /// `denom = sqrt(v) / sqrt(bc2) + eps` (with `v` the running maximum for amsgrad) and
  /// `param += (-step_size * exp_avg) / denom`.
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
    var average = try OptimizerBuffer<T>(state.expAvg)
    var squares = try OptimizerBuffer<T>(state.expAvgSq)
    let count = param.values.count
    try OptimizerBuffer<Float>.incrementStep(state.step)
    let step = try OptimizerBuffer<Float>.count(of: state.step)
    // AdamW's decay scales the parameter instead of entering the gradient (they never both apply).
    grad.prepareGradient(
      of: param, maximize: h.maximize, weightDecay: h.decoupledWeightDecay ? 0 : h.weightDecay)
    if h.weightDecay != 0 && h.decoupledWeightDecay {
      let scale = T(1 - h.lr * h.weightDecay)
      for i in 0..<count { param.values[i] = param.values[i] * scale }
    }
    let weight = T(1 - h.beta1)
    for i in 0..<count { average.values[i] = lerp(average.values[i], grad.values[i], weight) }
    let beta2 = T(h.beta2)
    let complement = T(1 - h.beta2)
    for i in 0..<count {
      squares.values[i] = (squares.values[i] * beta2).addingProduct(
        complement * grad.values[i], grad.values[i])
    }
    let biasCorrection1 = 1 - Foundation.pow(h.beta1, step)
    let biasCorrection2 = 1 - Foundation.pow(h.beta2, step)
    let stepSize = h.lr / biasCorrection1
    let correction2Root = T(Foundation.pow(biasCorrection2, 0.5))
    let eps = T(h.eps)
    var normalizer = squares
    if h.amsgrad, let maxTensor = state.maxExpAvgSq {
      var maximum = try OptimizerBuffer<T>(maxTensor)
      for i in 0..<count {
        let (a, b) = (maximum.values[i], squares.values[i])
        maximum.values[i] = a.isNaN || b.isNaN ? T.nan : Swift.max(a, b)
      }
      maximum.store(into: maxTensor)
      normalizer = maximum
    }
    let negativeStep = T(-stepSize)
    for i in 0..<count {
      let denominator = normalizer.values[i].squareRoot() / correction2Root + eps
      param.values[i] = param.values[i] + (negativeStep * average.values[i]) / denominator
    }
    average.store(into: state.expAvg)
    squares.store(into: state.expAvgSq)
    param.store(into: parameter)
  }

  /// `torch.lerp(start, end, weight)` as PyTorch's CPU kernel computes it: fused, from whichever end is
  /// nearer to the weight.
  static func lerp<T: BinaryFloatingPoint>(_ start: T, _ end: T, _ weight: T) -> T {
    if Swift.abs(weight) < 0.5 { return start.addingProduct(weight, end - start) }
    return end.addingProduct(weight - 1, end - start)
  }
}
