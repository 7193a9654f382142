/// The negative log likelihood kernel over an input laid out as `(batch, classes, spatial)`, as PyTorch's
/// CPU `nll_loss`/`nll_loss2d` compute it: float32 partial sums in an 8-level cascade, the weight sum
/// likewise, and bounds checks in element order.
struct NLLLossKernel {
  let input: Tensor
  let target: Tensor
  let weight: Tensor?
  let ignoreIndex: Int64
  let batch: Int
  let classes: Int
  let spatial: Int
  let targets: [Int64]
  let weights: [Double]?

  init(input: Tensor, target: Tensor, weight: Tensor?, ignoreIndex: Int64) throws {
    self.input = input
    self.target = target
    self.weight = weight
    self.ignoreIndex = ignoreIndex
    switch input.rank {
    case 1: (batch, classes, spatial) = (1, input.shape[0], 1)
    case 2: (batch, classes, spatial) = (input.shape[0], input.shape[1], 1)
    default:
      (batch, classes, spatial) = (input.shape[0], input.shape[1], Shape.count(Array(input.shape[2...])))
    }
    targets = try target.integerValues()
    weights = try weight?.floatValues()
  }

  private var isSingle: Bool { input.dtype == .float32 }

  private func round(_ value: Double) -> Double { isSingle ? Double(Float(value)) : value }

  /// The class index of element `position` (batch-major, then spatial), checked against the class count.
  private func checkedTarget(_ position: Int) throws -> Int? {
    let value = targets[position]
    if value == ignoreIndex { return nil }
    guard value >= 0 && value < Int64(classes) else {
      throw AutogradError.index("Target \(value) is out of bounds.")
    }
    return Int(value)
  }

  private func weightOf(_ target: Int) -> Double { weights?[target] ?? 1 }

  /// Computes the loss and records `nodeName`.
  func loss(reduction: LossReduction, nodeName: String) throws -> Tensor {
    let x = try input.floatValues()
    let positions = targets.count
    let output: Tensor
    var totalWeight = 0.0
    if reduction == .none && input.rank >= 2 {
      var values = [Double](repeating: 0, count: positions)
      for p in 0..<positions {
        guard let t = try checkedTarget(p) else { continue }
        let (n, s) = (p / spatial, p % spatial)
        values[p] = round(-x[(n * classes + t) * spatial + s] * weightOf(t))
      }
      let shape = input.rank == 2 ? [batch] : [batch] + Array(input.shape[2...])
      output = Tensor(shape: shape, dtype: input.dtype, exactFloats: values)
    } else {
      let (sum, total) = try cascadeSums(x)
      totalWeight = total
      var value = sum
      if positions == 0 {
        value = reduction == .mean ? .nan : 0
        totalWeight = 0
      } else if reduction == .mean {
        value = round(sum / total)
      }
      output = Tensor(shape: [], dtype: input.dtype, exactFloats: [value])
    }
    try record(output, reduction: reduction, nodeName: nodeName, totalWeight: totalWeight)
    return output
  }

  /// The loss sum and weight sum in the cascade PyTorch uses (levels of 2^max(4, ceil(log2 n) / 8)).
  private func cascadeSums(_ x: [Double]) throws -> (loss: Double, weight: Double) {
    let positions = targets.count
    let levels = 8
    var ceilLog2 = 0
    while (1 << ceilLog2) < positions { ceilLog2 += 1 }
    let levelPower = Swift.max(4, ceilLog2 / levels)
    let levelMask = (1 << levelPower) - 1
    var lossPartials = [Double](repeating: 0, count: levels)
    var weightPartials = [Double](repeating: 0, count: levels)
    var ignored = 0
    for p in 0..<positions {
      guard let t = try checkedTarget(p) else {
        ignored += 1
        continue
      }
      let (n, s) = (p / spatial, p % spatial)
      let data = x[(n * classes + t) * spatial + s]
      if let w = weights?[t] {
        lossPartials[0] = round(lossPartials[0] - round(data * w))
        weightPartials[0] = round(weightPartials[0] + w)
      } else {
        lossPartials[0] = round(lossPartials[0] - data)
      }
      for level in 0..<(levels - 1) {
        if p & (levelMask << (level * levelPower)) != 0 { break }
        weightPartials[level + 1] = round(weightPartials[level + 1] + weightPartials[level])
        lossPartials[level + 1] = round(lossPartials[level + 1] + lossPartials[level])
        weightPartials[level] = 0
        lossPartials[level] = 0
      }
    }
    let total = weights == nil ? Double(positions - ignored) : weightPartials.reduce(0) { round($0 + $1) }
    return (lossPartials.reduce(0) { round($0 + $1) }, total)
  }

  /// The gradient is linear in the incoming gradient: a constant pattern (the target weights at the target
  /// positions) times `-grad` (or `-(grad / total_weight)` for `mean`), in PyTorch's order of operations.
  private func record(_ output: Tensor, reduction: LossReduction, nodeName: String, totalWeight: Double)
    throws
  {
    guard Tensor.isRecording([input]) else { return }
    var pattern = [Double](repeating: 0, count: input.count)
    for p in 0..<targets.count {
      guard let t = try checkedTarget(p) else { continue }
      let (n, s) = (p / spatial, p % spatial)
      pattern[(n * classes + t) * spatial + s] = weightOf(t)
    }
    let weightPattern = Tensor(shape: input.shape, dtype: input.dtype, exactFloats: pattern)
    let perElement = reduction == .none && input.rank >= 2
    let inputShape = input.shape
    let (batch, spatial) = (self.batch, self.spatial)
    try Tensor.record(nodeName, inputs: [input], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      if perElement {
        // -w * grad[n, s], spread along the class dimension.
        let spread = try grad.reshape([batch, 1, spatial])
        return [
          try weightPattern.neg().reshape([batch, inputShape[1], spatial]).mul(.tensor(spread)).reshape(
            inputShape)
        ]
      }
      let scaled = reduction == .mean ? try grad.div(.float(totalWeight)).neg() : try grad.neg()
      return [try weightPattern.mul(.tensor(scaled))]
    }
  }
}
