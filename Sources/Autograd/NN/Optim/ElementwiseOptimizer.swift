/// An optimizer whose update of one parameter runs elementwise in the parameter's precision, as PyTorch
/// 2.15's single-tensor path does: float64 parameters in Double, the others in Float.
///
/// The shared start lives here (PyTorch's shape check, the precision dispatch); each optimizer's own
/// formula stays in its `update`, on local buffers (`OptimizerBuffer.operands`, `prepareGradient`), whose
/// loops compile without a per-element uniqueness check.
protocol ElementwiseOptimizer {
  associatedtype Hyperparameters
  /// What the optimizer keeps per parameter (its buffers, its step counter).
  associatedtype State

  /// Updates `parameter` (and `state`) in place from `grad`, computing in `T`.
  static func update<T: BinaryFloatingPoint>(
    _: T.Type, _ parameter: Tensor, _ grad: Tensor, _ state: inout State, _ h: Hyperparameters
  ) throws
}

extension ElementwiseOptimizer {
  /// Checks `grad` against `parameter`, then runs `update` in the parameter's precision.
  static func run(_ parameter: Tensor, _ grad: Tensor, _ state: inout State, _ h: Hyperparameters) throws {
    try checkShapes(parameter, grad)
    if parameter.dtype == .float64 {
      try update(Double.self, parameter, grad, &state, h)
    } else {
      try update(Float.self, parameter, grad, &state, h)
    }
  }

  /// PyTorch's broadcasting error for a gradient shaped unlike its parameter (or a non-floating one).
  private static func checkShapes(_ parameter: Tensor, _ grad: Tensor) throws {
    guard parameter.dtype.isFloatingPoint, grad.shape == parameter.shape else {
      throw AutogradError.runtime(
        "The size of tensor a (\(parameter.shape.last ?? 1)) must match the size of tensor b (\(grad.shape.last ?? 1)) at non-singleton dimension \(Swift.max(parameter.rank - 1, 0))"
      )
    }
  }
}
