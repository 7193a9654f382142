/// Running products and running extrema along a dim: `cumprod`, `cummax` and `cummin`.
extension Tensor {
  /// `t.cumprod(dim, dtype=)`: running products along `dim` (`CumprodBackward0`). PyTorch's CPU kernel
  /// carries float32 products in double (its `acc_type`) and rounds each stored value; integers and bools
  /// give int64 unless a dtype is requested.
  public func cumprod(dim: Int, dtype requested: DType? = nil) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    let target = accumulatingDType(requested)
    let size = rank == 0 ? 1 : shape[d]
    let outer = rank == 0 ? 1 : Shape.count(Array(shape[..<d]))
    let inner = rank == 0 ? 1 : Shape.count(Array(shape[(d + 1)...]))
    let source = try contiguous()
    let output: Tensor
    if target.isFloatingPoint {
      let values = try source.floatValues(as: target)
      var result = [Double](repeating: 0, count: values.count)
      for o in 0..<outer {
        for i in 0..<inner {
          var running = 1.0
          for k in 0..<size {
            let at = (o * size + k) * inner + i
            running = target.accumulationRounded(running * values[at])
            result[at] = running
          }
        }
      }
      output = Tensor(shape: shape, dtype: target, floats: result)
    } else {
      let values = try source.integerValues()
      var result = [Int64](repeating: 0, count: values.count)
      for o in 0..<outer {
        for i in 0..<inner {
          var running: Int64 = 1
          for k in 0..<size {
            let at = (o * size + k) * inner + i
            running = running &* values[at]
            result[at] = running
          }
        }
      }
      output = Tensor(shape: shape, dtype: target, integers: result)
    }
    let trivial = count <= 1 || size <= 1
    try Tensor.record("CumprodBackward0", inputs: [self], outputs: [output], saving: [self, output]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil] }
      if trivial { return [grad] }
      return [try Tensor.cumprodBackward(grad, input: saved[0], result: saved[1], dim: d)]
    }
    return output
  }

  /// The gradient of a running product. Without zeros it is PyTorch's `reversed_cumsum(grad · result) /
  /// input`; with zeros, each element's gradient is `Σ_{j ≥ k} grad_j · Π_{i ≤ j, i ≠ k} input_i`, built
  /// from differentiable ops (the input repeated along a new dim with its own element set to one, running
  /// products, and the upper triangle kept), which is exact where the quotient would divide by zero.
  static func cumprodBackward(_ grad: Tensor, input: Tensor, result: Tensor, dim d: Int) throws -> Tensor {
    let hasZero = try input.eq(.int(0)).integerValues().contains { $0 != 0 }
    if !hasZero {
      let weighted = try grad.mul(.tensor(result))
      return try weighted.flip([d]).cumsum(dim: d).flip([d]).div(.tensor(input))
    }
    let n = input.shape[d]
    var expandedShape = input.shape
    expandedShape.insert(n, at: d)
    let trailing = Array(repeating: 1, count: input.rank - d - 1)
    let diagonal = try Tensor.eye(n, dtype: .bool).reshape([n, n] + trailing)
    let rows = try input.unsqueeze(d).expand(expandedShape).maskedFill(diagonal, .int(1))
    let others = try rows.cumprod(dim: d + 1)
    let later = try Tensor.ones([n, n], dtype: .bool).triu().reshape([n, n] + trailing)
    let terms = try others.mul(.tensor(grad.unsqueeze(d))).maskedFill(later.logicalNot(), .int(0))
    return try terms.sum(dims: [d + 1])
  }

  /// `t.cummax(dim)`: running maxima and the index of each (`CummaxBackward0`).
  public func cummax(dim: Int) throws -> (values: Tensor, indices: Tensor) {
    try runningExtremum(dim: dim, name: "CummaxBackward0", keepsLarger: true)
  }

  /// `t.cummin(dim)`: running minima and the index of each (`CumminBackward0`).
  public func cummin(dim: Int) throws -> (values: Tensor, indices: Tensor) {
    try runningExtremum(dim: dim, name: "CumminBackward0", keepsLarger: false)
  }

  /// Both running extrema, as PyTorch's CPU kernel scans: an element replaces the running value when it is
  /// NaN, or when neither is NaN and it is `>=` (`<=` for the minimum) the running value, so among equal
  /// values the latest index wins and a NaN holds its place to the end. The gradient goes to the index.
  private func runningExtremum(dim: Int, name: String, keepsLarger: Bool) throws -> (
    values: Tensor, indices: Tensor
  ) {
    let d = try Shape.wrapDim(dim, rank: rank)
    let size = rank == 0 ? 1 : shape[d]
    let layout = (
      size: size, outer: rank == 0 ? 1 : Shape.count(Array(shape[..<d])),
      inner: rank == 0 ? 1 : Shape.count(Array(shape[(d + 1)...]))
    )
    let source = try contiguous()
    let output: Tensor
    let positions: [Int64]
    if dtype.isFloatingPoint {
      let scan = Tensor.scanExtremum(
        try source.floatValues(), layout: layout, isNaN: { $0.isNaN },
        replaces: keepsLarger ? { $0 >= $1 } : { $0 <= $1 })
      output = Tensor(shape: shape, dtype: dtype, exactFloats: scan.values)
      positions = scan.positions
    } else {
      let scan = Tensor.scanExtremum(
        try source.integerValues(), layout: layout, isNaN: { _ in false },
        replaces: keepsLarger ? { $0 >= $1 } : { $0 <= $1 })
      output = Tensor(shape: shape, dtype: dtype, integers: scan.values)
      positions = scan.positions
    }
    let indices = Tensor(shape: shape, dtype: .int64, integers: positions)
    let inputShape = shape
    let inputDType = dtype
    try Tensor.record(name, inputs: [self], outputs: [output], saving: [indices]) { grads, saved in
      guard let grad = grads[0] else { return [nil] }
      if inputShape.isEmpty || Shape.count(inputShape) == 0 { return [grad] }
      let zeros = try Tensor.zeros(inputShape, dtype: inputDType)
      return [try zeros.scatterAdd(dim: d, index: saved[0], source: grad)]
    }
    return (output, indices)
  }

  /// The running extremum of each `outer × size × inner` row and the position it came from.
  private static func scanExtremum<Value>(
    _ values: [Value], layout: (size: Int, outer: Int, inner: Int), isNaN: (Value) -> Bool,
    replaces: (Value, Value) -> Bool
  ) -> (values: [Value], positions: [Int64]) {
    var result = values
    var positions = [Int64](repeating: 0, count: values.count)
    for o in 0..<layout.outer {
      for i in 0..<layout.inner {
        var bestIndex = 0
        for k in 0..<layout.size {
          let at = (o * layout.size + k) * layout.inner + i
          let best = values[(o * layout.size + bestIndex) * layout.inner + i]
          let x = values[at]
          if k == 0 || isNaN(x) || (!isNaN(best) && replaces(x, best)) { bestIndex = k }
          result[at] = values[(o * layout.size + bestIndex) * layout.inner + i]
          positions[at] = Int64(bestIndex)
        }
      }
    }
    return (result, positions)
  }
}
