/// `var_mean` and `std_mean`: a spread and the mean from one pass over the same rows, recorded as one node
/// with two outputs (`VarMeanBackward0`, `StdMeanBackward0`) as PyTorch records them.
extension Tensor {
  /// `torch.var_mean(t, dim, correction=, keepdim=)` → (var, mean); `dims` nil reduces everything.
  public func varMean(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws -> (
    variance: Tensor, mean: Tensor
  ) {
    let result = try spreadAndMean(dims: dims, correction: correction, keepdim: keepdim, takeRoot: false)
    return (result.spread, result.mean)
  }

  /// `torch.std_mean(t, dim, correction=, keepdim=)` → (std, mean); `dims` nil reduces everything.
  public func stdMean(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws -> (
    std: Tensor, mean: Tensor
  ) {
    let result = try spreadAndMean(dims: dims, correction: correction, keepdim: keepdim, takeRoot: true)
    return (result.spread, result.mean)
  }

  /// Both: the rows' means and squared deviations in double, the spread divided by
  /// `max(0, n − correction)` (with PyTorch's warning when that is not positive). The backward adds the
  /// spread's gradient (as `var`/`std` give it) and the mean's (spread evenly over each row).
  private func spreadAndMean(dims: [Int]?, correction: Double, keepdim: Bool, takeRoot: Bool) throws -> (
    spread: Tensor, mean: Tensor
  ) {
    let function = takeRoot ? "std_mean" : "var_mean"
    guard dtype.isFloatingPoint else {
      throw AutogradError(.notImplementedError, "\(function) only support floating point and complex dtypes")
    }
    let (rows, reduced, outShape) = try statisticRows(dims, keepdim: keepdim)
    let n = rows.first?.count ?? Shape.count(reduced.map { shape[$0] })
    let dof = Double(n) - correction
    if dof <= 0 {
      AutogradContext.current.warn(
        "UserWarning: \(function)(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel)."
      )
    }
    var spreads: [Double] = []
    var means: [Double] = []
    for row in rows {
      let mean = row.reduce(0, +) / Double(row.count)
      let squares = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
      let variance = squares / Swift.max(0, dof)
      spreads.append(takeRoot ? variance.squareRoot() : variance)
      means.append(mean)
    }
    let spread = Tensor(shape: outShape, dtype: dtype, floats: spreads)
    let mean = Tensor(shape: outShape, dtype: dtype, floats: means)
    let wholeTensor = dims == nil || rank == 0
    let count = Double(n)
    try Tensor.record(
      takeRoot ? "StdMeanBackward0" : "VarMeanBackward0", inputs: [self], outputs: [spread, mean],
      saving: [self, spread]
    ) { grads, saved in
      let input = saved[0]
      var total: Tensor? = nil
      if var grad = grads[0] {
        if takeRoot {
          let result = saved[1]
          grad = try grad.div(.tensor(result.mul(.int(2)))).maskedFill(result.eq(.int(0)), .int(0))
        }
        total = try Tensor.varianceBackward(
          grad, input: input, reduced: reduced, dof: dof, keepdim: keepdim, wholeTensor: wholeTensor)
      }
      if let grad = grads[1] {
        let spreadOut =
          wholeTensor
          ? try grad.expand(input.shape) : try Tensor.unsqueezeReduced(grad, dims: reduced, keepdim: keepdim)
        let share = try spreadOut.div(.float(count)).expand(input.shape)
        total = try total.map { try $0.add(.tensor(share)) } ?? share
      }
      return [total]
    }
    return (spread, mean)
  }
}
