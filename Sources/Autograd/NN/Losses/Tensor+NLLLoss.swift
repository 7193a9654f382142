/// `F.nll_loss` (`NllLossBackward0`, and `NllLoss2DBackward0` for inputs with spatial dimensions).
extension Tensor {
  /// `F.nll_loss(input, target, weight, ignore_index, reduction)`.
  ///
  /// `input` holds log-probabilities with classes along dim 1 (dim 0 for a 1-D input); `target` holds class
  /// indices (int64 or uint8). `mean` divides by the total weight of the targets that are not ignored
  /// (NaN when all are). Sums use PyTorch's 8-level cascade in the input's dtype, so results match bit
  /// for bit.
  public static func nllLoss(
    _ input: Tensor, _ target: Tensor, weight: Tensor? = nil, ignoreIndex: Int64 = -100,
    reduction: LossReduction = .mean
  ) throws -> Tensor {
    guard input.rank >= 1 else {
      throw AutogradError.value("Expected 1 or more dimensions (got \(input.rank))")
    }
    if input.rank != 1 && input.shape[0] != (target.rank > 0 ? target.shape[0] : 1) {
      throw AutogradError.value(
        "Expected input batch_size (\(input.shape[0])) to match target batch_size (\(target.rank > 0 ? target.shape[0] : 1))."
      )
    }
    if input.rank <= 2 {
      try checkNLLArguments(input, target, weight: weight)
      return try NLLLossKernel(input: input, target: target, weight: weight, ignoreIndex: ignoreIndex)
        .loss(reduction: reduction, nodeName: "NllLossBackward0")
    }
    let spatial = Array(input.shape[2...])
    let expected = [input.shape[0]] + spatial
    if Array(target.shape.dropFirst()) != spatial {
      throw AutogradError.runtime("Expected target size \(expected), got \(target.shape)")
    }
    try checkNLLTarget(target)
    try checkNLLWeight(weight, classes: input.shape[1], input: input)
    if input.rank == 4 {
      return try NLLLossKernel(input: input, target: target, weight: weight, ignoreIndex: ignoreIndex)
        .loss(reduction: reduction, nodeName: "NllLoss2DBackward0")
    }
    // Other ranks run `nll_loss2d` on 4-D views (`ViewBackward0`) and view an unreduced result back.
    let (n, c) = (input.shape[0], input.shape[1])
    let spatialCount = Shape.count(spatial)
    let fourD = try input.contiguous().view(input.count > 0 ? [n, c, 1, spatialCount] : [n, c, 0, 0])
    let threeD = try target.contiguous().view(target.count > 0 ? [n, 1, spatialCount] : [n, 0, 0])
    let loss = try NLLLossKernel(input: fourD, target: threeD, weight: weight, ignoreIndex: ignoreIndex)
      .loss(reduction: reduction, nodeName: "NllLoss2DBackward0")
    return reduction == .none ? try loss.view(expected) : loss
  }

  private static func checkNLLArguments(_ input: Tensor, _ target: Tensor, weight: Tensor?) throws {
    guard target.rank <= 1 else {
      throw AutogradError.runtime("0D or 1D target tensor expected, multi-target not supported")
    }
    try checkNLLTarget(target)
    let noBatchDim = input.rank == 1 && target.rank == 0
    if !noBatchDim && input.shape[0] != target.shape[0] && !(input.rank == 1 && target.count == 1) {
      throw AutogradError.runtime("size mismatch (got input: \(input.shape), target: \(target.shape))")
    }
    try checkNLLWeight(weight, classes: input.shape[input.rank - 1], input: input)
  }

  private static func checkNLLTarget(_ target: Tensor) throws {
    guard target.dtype == .int64 else {
      throw AutogradError.runtime(
        "expected target dtype to be Long or Byte, but got \(target.dtype.scalarTypeName)")
    }
  }

  private static func checkNLLWeight(_ weight: Tensor?, classes: Int, input: Tensor) throws {
    if let w = weight, !(w.rank == 1 && w.count == classes) {
      throw AutogradError.runtime(
        "weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: \(w.shape)"
      )
    }
    guard input.dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"nll_loss_out_frame\" not implemented for '\(input.dtype.scalarTypeName)'")
    }
    if let w = weight, w.dtype != input.dtype {
      throw AutogradError.runtime(
        "expected scalar type \(input.dtype.scalarTypeName) but found \(w.dtype.scalarTypeName)")
    }
  }
}
