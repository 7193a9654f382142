import NumberFormat

/// Distinct values and histograms of integers: `unique` and `bincount` (results that carry no gradient).
extension Tensor {
  /// `torch.unique(t, return_inverse=, return_counts=)` over the flattened tensor: the distinct values in
  /// ascending order (PyTorch's CPU kernel sorts whether or not `sorted` is asked), each NaN distinct and
  /// last; `inverse` has the input's shape. Its grad_fn (`Unique2Backward0`) refuses to differentiate.
  public func unique() throws -> (values: Tensor, inverse: Tensor, counts: Tensor) {
    let values = try floatValues()
    // Sorted by value with NaN last; a stable order keeps equal values together in input order.
    let order = values.indices.sorted { i, j in
      let (a, b) = (values[i], values[j])
      if a.isNaN || b.isNaN { return !a.isNaN && b.isNaN || (a.isNaN && b.isNaN && i < j) }
      return a < b || (a == b && i < j)
    }
    var distinct: [Int] = []  // positions (in `values`) of each distinct value's first occurrence
    var counts: [Int64] = []
    var inverse = [Int64](repeating: 0, count: values.count)
    for position in order {
      if let last = distinct.last, values[last] == values[position] {
        counts[counts.count - 1] += 1
      } else {
        distinct.append(position)
        counts.append(1)
      }
      inverse[position] = Int64(distinct.count - 1)
    }
    let output: Tensor
    if dtype.isFloatingPoint {
      output = Tensor(shape: [distinct.count], dtype: dtype, exactFloats: distinct.map { values[$0] })
    } else {
      let integers = try integerValues()
      output = Tensor(shape: [distinct.count], dtype: dtype, integers: distinct.map { integers[$0] })
    }
    let inverseTensor = Tensor(shape: shape, dtype: .int64, integers: inverse)
    let countsTensor = Tensor(shape: [counts.count], dtype: .int64, integers: counts)
    try Tensor.record("Unique2Backward0", inputs: [self], outputs: [output]) { _, _ in
      throw AutogradError(.notImplementedError, "the derivative for '_unique2' is not implemented.")
    }
    return (output, inverseTensor, countsTensor)
  }

  /// `torch.bincount(t, weights=, minlength=)`: how often each non-negative integer occurs in a 1-D
  /// tensor (int64), or the sum of `weights` per value (float32 weights stay float32, others give
  /// float64, as PyTorch's kernel does).
  public func bincount(weights: Tensor? = nil, minlength: Int = 0) throws -> Tensor {
    guard !dtype.isFloatingPoint, dtype != .bool else {
      throw AutogradError(
        .notImplementedError, "\"bincount_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    guard minlength >= 0 else { throw AutogradError.runtime("minlength should be >= 0") }
    let values = try integerValues()
    guard rank == 1, !values.contains(where: { $0 < 0 }) else {
      throw AutogradError.runtime("bincount only supports 1-d non-negative integral inputs.")
    }
    if let weights, weights.rank != 1 || weights.count != count {
      throw AutogradError.runtime("weights should be 1-d and have the same length as input")
    }
    let largest = values.max().map { Int($0) } ?? -1
    // The largest value + 1 bins; a value of Int64.max asks for more than any budget allows.
    let (next, overflow) = largest.addingReportingOverflow(1)
    let length = overflow ? Int.max : Swift.max(minlength, next)
    _ = try Shape.checkedCount([length])
    guard let weights else {
      var counts = [Int64](repeating: 0, count: length)
      for value in values { counts[Int(value)] += 1 }
      return Tensor(shape: [length], dtype: .int64, integers: counts)
    }
    let resultDType: DType = weights.dtype == .float32 ? .float32 : .float64
    let amounts = try weights.floatValues(as: resultDType)
    var sums = [Double](repeating: 0, count: length)
    for (value, amount) in zip(values, amounts) { sums[Int(value)] += amount }
    return Tensor(shape: [length], dtype: resultDType, floats: sums)
  }

  /// `torch.histc(t, bins=100, min=0, max=0)`: counts in `bins` equal-width bins over `[min, max]` (the
  /// data's range when both are 0, widened by 1 on each side if that is a single value); values outside
  /// are dropped and `max` itself falls in the last bin. Bins are found by linear interpolation in the
  /// tensor's precision, as PyTorch's kernel finds them.
  public func histc(bins: Int = 100, min lower: Double = 0, max upper: Double = 0) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"histogram_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    guard bins > 0 else {
      throw AutogradError.runtime("torch.histogram(): bins must be > 0, but got \(bins) for dimension 0")
    }
    let values = try floatValues()
    var (low, high) = (dtype.rounded(lower), dtype.rounded(upper))
    if low == high, let first = values.first {
      low = values.reduce(first) { $1.isNaN || $0.isNaN ? .nan : Swift.min($0, $1) }
      high = values.reduce(first) { $1.isNaN || $0.isNaN ? .nan : Swift.max($0, $1) }
    }
    if low == high {
      low -= 1
      high += 1
    }
    guard low.isFinite && high.isFinite else {
      throw AutogradError.runtime(
        "torch.histc: range of [\(PythonFloatFormat.general(low)), \(PythonFloatFormat.general(high))] is not finite"
      )
    }
    guard low < high else { throw AutogradError.runtime("torch.histc: max must be larger than min") }
    _ = try Shape.checkedCount([bins])
    var counts = [Double](repeating: 0, count: bins)
    let single = dtype.computesInFloat
    for value in values where value >= low && value <= high {
      let fraction =
        single
        ? Double((Float(value) - Float(low)) / (Float(high) - Float(low)) * Float(bins))
        : (value - low) / (high - low) * Double(bins)
      let position = Swift.min(Int(fraction), bins - 1)
      counts[position] += 1
    }
    return Tensor(shape: [bins], dtype: dtype, floats: counts)
  }
}
