import NumberFormat

/// `F.cross_entropy`: log_softmax over the class dimension, then nll_loss, or the class-probability and
/// label-smoothing forms, built from the same nodes as PyTorch's C++ composition.
extension Tensor {
  /// `F.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)`.
  ///
  /// A target shaped like the input holds class probabilities (floating point); otherwise it holds class
  /// indices. Classes are along dim 1, or dim 0 for a 1-D input.
  public static func crossEntropy(
    _ input: Tensor, _ target: Tensor, weight: Tensor? = nil, ignoreIndex: Int64 = -100,
    reduction: LossReduction = .mean, labelSmoothing: Double = 0
  ) throws -> Tensor {
    let classDim = input.rank == 1 ? 0 : 1
    if input.shape == target.shape {
      guard target.dtype.isFloatingPoint else {
        throw AutogradError.runtime(
          "Expected floating point type for target with class probabilities, got \(target.dtype.scalarTypeName)"
        )
      }
      guard ignoreIndex < 0 else {
        throw AutogradError.runtime("ignore_index is not supported for floating point target")
      }
      return try probabilityCrossEntropy(
        input, target, weight: weight, reduction: reduction, labelSmoothing: labelSmoothing,
        classDim: classDim)
    }
    if labelSmoothing > 0 {
      try checkLabelSmoothing(labelSmoothing)
      return try smoothedCrossEntropy(
        input, target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction,
        labelSmoothing: labelSmoothing, classDim: classDim)
    }
    let logProbabilities = try input.logSoftmax(dim: classDim)
    return try nllLoss(
      logProbabilities, target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction)
  }

  private static func checkLabelSmoothing(_ value: Double) throws {
    guard value <= 1 else {
      throw AutogradError.runtime(
        "label_smoothing must be between 0.0 and 1.0. Got: \(PythonFloatFormat.general(value))")
    }
  }

  /// `weight` viewed to broadcast along the class dimension of an input of `rank`.
  private static func classWeightView(_ weight: Tensor, rank: Int, classDim: Int) throws -> Tensor {
    guard rank > 1 else { return weight }
    var shape = [Int](repeating: 1, count: rank)
    shape[classDim] = weight.count
    return try weight.view(shape)
  }

  /// Soft targets: `-(log_softmax(x) * y [* w]).sum() / (numel / classes)` for `mean`.
  private static func probabilityCrossEntropy(
    _ input: Tensor, _ target: Tensor, weight: Tensor?, reduction: LossReduction, labelSmoothing: Double,
    classDim: Int
  ) throws -> Tensor {
    let classes = input.shape[classDim]
    if let w = weight, !(w.rank == 1 && w.count == classes) {
      throw AutogradError.runtime(
        "cross_entropy: weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: \(w.shape)"
      )
    }
    let logProbabilities = try input.logSoftmax(dim: classDim)
    var smoothed = target
    if labelSmoothing > 0 {
      try checkLabelSmoothing(labelSmoothing)
      smoothed = try target.mulScalarNode(1 - labelSmoothing).add(.float(labelSmoothing / Double(classes)))
    }
    var product = try logProbabilities.mul(.tensor(smoothed))
    if let w = weight {
      product = try product.mul(.tensor(classWeightView(w, rank: input.rank, classDim: classDim)))
    }
    switch reduction {
    case .none:
      return try product.sum(dims: [classDim]).neg()
    case .sum:
      return try product.sum().neg()
    case .mean:
      let total = try product.sum().neg()
      if input.count == 0 { return try total.fill_(.float(.nan)) }
      return try total.divScalarNode(.int(Int64(input.count / classes)))
    }
  }

  /// Class indices with label smoothing:
  /// `(1 - ε) * nll_loss(log_softmax(x)) + ε / classes * smooth_loss`, where `smooth_loss` is the negated
  /// sum of the (weighted) log-probabilities over the classes, zero at ignored targets.
  private static func smoothedCrossEntropy(
    _ input: Tensor, _ target: Tensor, weight: Tensor?, ignoreIndex: Int64, reduction: LossReduction,
    labelSmoothing: Double, classDim: Int
  ) throws -> Tensor {
    let logProbabilities = try input.logSoftmax(dim: classDim)
    let nll = try nllLoss(
      logProbabilities, target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction)
    let classes = logProbabilities.shape[classDim]
    let summed: Tensor
    if let w = weight {
      let view = try classWeightView(w, rank: input.rank, classDim: classDim)
      summed = try logProbabilities.mul(.tensor(view)).sum(dims: [classDim])
    } else {
      summed = try logProbabilities.sum(dims: [classDim])
    }
    let ignored = try target.eq(.int(ignoreIndex))
    let smoothLoss = try summed.neg().maskedFill(ignored, .float(0))
    let reduced: Tensor
    switch reduction {
    case .none:
      reduced = smoothLoss
    case .sum:
      reduced = try smoothLoss.sum()
    case .mean:
      if let w = weight {
        let kept = try target.integerValues().filter { $0 != ignoreIndex }
        let values = try w.detach().floatValues()
        // Every kept target was checked against the class count by nll_loss above.
        let gathered = kept.map { values[Int($0)] }
        let denominator = try Tensor(shape: [gathered.count], dtype: w.dtype, floats: gathered).sum()
        reduced = try smoothLoss.sum().div(.tensor(denominator))
      } else {
        let kept = try ignored.logicalNot().sum()
        reduced = try smoothLoss.sum().div(.tensor(kept))
      }
    }
    let first = try nll.mulScalarNode(1 - labelSmoothing)
    let second = try reduced.mulScalarNode(labelSmoothing / Double(classes))
    return try first.add(.tensor(second))
  }
}
