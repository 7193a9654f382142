/// `F.mse_loss` and `F.l1_loss`: PyTorch's size warning, broadcasting and graphs.
extension Tensor {
  /// `F.mse_loss(input, target, reduction)` (`MseLossBackward0`).
  ///
  /// Shapes that differ warn and are broadcast (`ExpandBackward0` on the side that grows). The elementwise
  /// loss is `(x - y) * (x - y)` in the result dtype, reduced with the engine's `mean`/`sum`; the gradient
  /// is `norm * (x - y) * grad` with `norm = 2 / numel` for `mean` (rounded to the dtype) and 2 otherwise.
  public static func mseLoss(_ input: Tensor, _ target: Tensor, reduction: LossReduction = .mean) throws
    -> Tensor
  {
    let (x, y) = try broadcastForLoss(input, target)
    let dtype = TypePromotion.resultType([x, y])
    guard dtype.isFloatingPoint else {
      throw AutogradError(.notImplementedError, "\"mse_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    let loss = try EngineSession.withoutGrad { () -> Tensor in
      let difference = try x.sub(.tensor(y))
      return try reduction.apply(difference.mul(.tensor(difference)))
    }
    let norm = reduction == .mean ? 2 / Double(x.count) : 2
    try record("MseLossBackward0", inputs: [x, y], outputs: [loss], saving: [x, y]) { grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let scaled = try saved[0].sub(.tensor(saved[1])).mul(.float(norm))
      let gradInput = try scaled.mul(.tensor(grad))
      return [gradInput, try gradInput.neg()]
    }
    return loss
  }

  /// `F.l1_loss(input, target, reduction)`: `(input - target).abs()` then the reduction, as PyTorch
  /// composes it (`MeanBackward0` over `AbsBackward0` over `SubBackward0`).
  public static func l1Loss(_ input: Tensor, _ target: Tensor, reduction: LossReduction = .mean) throws
    -> Tensor
  {
    let (x, y) = try broadcastForLoss(input, target)
    return try reduction.apply(try x.sub(.tensor(y)).abs())
  }

  /// The warning `F.mse_loss`/`F.l1_loss` give when the target's size differs from the input's.
  static func targetSizeWarning(target: [Int], input: [Int]) -> String {
    "UserWarning: Using a target size (\(sizeRepr(target))) that is different to the input size (\(sizeRepr(input))). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size."
  }

  /// `torch.Size([2, 3])` as Python prints it.
  static func sizeRepr(_ shape: [Int]) -> String {
    "torch.Size([\(shape.map(String.init).joined(separator: ", "))])"
  }

  /// Warns about differing sizes, then `torch.broadcast_tensors(input, target)`.
  private static func broadcastForLoss(_ input: Tensor, _ target: Tensor) throws -> (Tensor, Tensor) {
    if input.shape == target.shape { return (input, target) }
    EngineSession.warn(targetSizeWarning(target: target.shape, input: input.shape))
    let shape = try Shape.broadcast(input.shape, target.shape)
    let x = input.shape == shape ? input : try input.expand(shape)
    let y = target.shape == shape ? target : try target.expand(shape)
    return (x, y)
  }
}
