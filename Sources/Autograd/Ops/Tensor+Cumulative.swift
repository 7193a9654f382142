import Foundation

/// Running products, log-sum-exps and extrema along a dim: `cumprod`, `logcumsumexp`, `cummax`, `cummin`.
extension Tensor {
  /// `t.cumprod(dim, dtype=)`: running products along `dim` (`CumprodBackward0`). PyTorch's CPU kernel
  /// carries float32 products in double (its `acc_type`) and rounds each stored value; integers and bools
  /// give int64 unless a dtype is requested.
  public func cumprod(dim: Int, dtype requested: DType? = nil) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    let target = accumulatingDType(requested)
    let source = try contiguous()
    let (outer, size, inner) = source.layout(around: d)
    let output = try source.runningScan(
      outer: outer, size: size, inner: inner, into: target, from: (1.0, 1), floats: { $0 * $1 },
      integers: { $0 &* $1 })
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

  /// `t.logcumsumexp(dim)`: running `log(Σ exp)` along `dim` (`LogcumsumexpBackward0`), accumulated in
  /// double for float32 as PyTorch's CPU kernel does, equal infinities kept as they are.
  public func logcumsumexp(dim: Int) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"logcumsumexp_out_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    let (outer, size, inner) = layout(around: d)
    let values = try contiguous().floatValues()
    var result = [Double](repeating: 0, count: values.count)
    for o in 0..<outer {
      for i in 0..<inner {
        var running = -Double.infinity
        for k in 0..<size {
          let at = (o * size + k) * inner + i
          running = dtype.accumulationRounded(Tensor.logAddExp(running, values[at]))
          result[at] = running
        }
      }
    }
    let output = Tensor(shape: shape, dtype: dtype, floats: result)
    try Tensor.record("LogcumsumexpBackward0", inputs: [self], outputs: [output], saving: [self, output]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil] }
      if grad.rank == 0 || grad.count == 0 { return [grad] }
      return [try Tensor.logcumsumexpBackward(grad, input: saved[0], result: saved[1], dim: d)]
    }
    return output
  }

  /// PyTorch's `log_add_exp_helper`: `max + log1p(exp(min − max))`, NaN-propagating, and `x` itself when
  /// both are the same infinity.
  private static func logAddExp(_ x: Double, _ y: Double) -> Double {
    let low = y.isNaN ? y : Swift.min(x, y)
    let high = y.isNaN ? y : Swift.max(x, y)
    if low != high || low.isFinite { return high + Foundation.log1p(Foundation.exp(low - high)) }
    return x
  }

  /// The gradient of `logcumsumexp`, split by the gradient's sign as PyTorch computes it:
  /// `exp(revlcse(log|g⁺| − result) + x) − exp(revlcse(log|g⁻| − result) + x)`, where `revlcse` runs
  /// `logcumsumexp` from the end and the missing sign gets the dtype's lowest value.
  static func logcumsumexpBackward(_ grad: Tensor, input: Tensor, result: Tensor, dim d: Int) throws -> Tensor
  {
    let lowest: Double =
      grad.dtype == .float64 ? -Double.greatestFiniteMagnitude : -Double(Float.greatestFiniteMagnitude)
    let logMagnitude = try grad.abs().log()
    func part(_ chosen: Tensor) throws -> Tensor {
      let logs = try Tensor.whereSelect(chosen, .tensor(logMagnitude), .float(lowest))
      let reversed = try logs.sub(.tensor(result)).flip([d]).logcumsumexp(dim: d).flip([d])
      return try reversed.add(.tensor(input)).exp()
    }
    return try part(grad.gt(.int(0))).sub(.tensor(part(grad.lt(.int(0)))))
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
    let (outer, size, inner) = layout(around: d)
    let layout = (size: size, outer: outer, inner: inner)
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

  /// The element counts before, along and after dim `d` (1, 1, 1 for a 0-d tensor): the loop bounds of
  /// every kernel that walks one dim of a contiguous tensor.
  func layout(around d: Int) -> (outer: Int, size: Int, inner: Int) {
    guard rank > 0 else { return (1, 1, 1) }
    return (Shape.count(Array(shape[..<d])), shape[d], Shape.count(Array(shape[(d + 1)...])))
  }

  /// The running combination of this contiguous tensor's values along the dim `layout(around:)` gave, as
  /// a `target` tensor: `cumsum`'s and `cumprod`'s kernel. Floats are carried as `target` accumulates
  /// (double for float32, as PyTorch's `acc_type`) and each stored value rounded; integers wrap.
  func runningScan(
    outer: Int, size: Int, inner: Int, into target: DType, from start: (float: Double, integer: Int64),
    floats: (Double, Double) -> Double, integers: (Int64, Int64) -> Int64
  ) throws -> Tensor {
    if target.isFloatingPoint {
      let values = try floatValues(as: target)
      var result = [Double](repeating: 0, count: values.count)
      for o in 0..<outer {
        for i in 0..<inner {
          var running = start.float
          for k in 0..<size {
            let at = (o * size + k) * inner + i
            running = target.accumulationRounded(floats(running, values[at]))
            result[at] = running
          }
        }
      }
      return Tensor(shape: shape, dtype: target, floats: result)
    }
    let values = try integerValues()
    var result = [Int64](repeating: 0, count: values.count)
    for o in 0..<outer {
      for i in 0..<inner {
        var running = start.integer
        for k in 0..<size {
          let at = (o * size + k) * inner + i
          running = integers(running, values[at])
          result[at] = running
        }
      }
    }
    return Tensor(shape: shape, dtype: target, integers: result)
  }
}
