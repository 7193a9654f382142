/// Reductions: sum, mean, max/min (whole and per dim), argmax/argmin, and the broadcast-undoing `sumTo`.
extension Tensor {
  /// Rows to reduce: the values with `dims` moved last, as `(outer count, row length)`, plus result shapes.
  func reductionLayout(_ dims: [Int], keepdim: Bool) throws -> (
    values: [Double], rows: Int, length: Int, shape: [Int]
  ) {
    let reduced = Set(dims)
    let kept = (0..<rank).filter { !reduced.contains($0) }
    let order = kept + dims.sorted()
    let permutedShape = order.map { shape[$0] }
    let permutedStrides = order.map { strides[$0] }
    let view = Tensor(
      storage: storage, shape: permutedShape, strides: permutedStrides, offset: storageOffset, dtype: dtype)
    let values = try view.floatValues()
    let length = Shape.count(dims.map { shape[$0] })
    let rows = Shape.count(kept.map { shape[$0] })
    var outShape: [Int] = []
    for d in 0..<rank {
      if reduced.contains(d) {
        if keepdim { outShape.append(1) }
      } else {
        outShape.append(shape[d])
      }
    }
    return (values, rows, length, outShape)
  }

  /// The shape after reducing `dims`.
  func reducedShape(_ dims: [Int], keepdim: Bool) -> [Int] {
    var result: [Int] = []
    for d in 0..<rank {
      if dims.contains(d) {
        if keepdim { result.append(1) }
      } else {
        result.append(shape[d])
      }
    }
    return result
  }

  /// Normalises a dim list (negative, duplicates) with PyTorch's messages; empty means all dims.
  func normalizedDims(_ dims: [Int]) throws -> [Int] {
    if dims.isEmpty { return Array(0..<rank) }
    var seen = Set<Int>()
    var result: [Int] = []
    for dim in dims {
      let d = try Shape.wrapDim(dim, rank: rank)
      if seen.contains(d) {
        throw AutogradError.runtime("dim \(d) appears multiple times in the list of dims")
      }
      seen.insert(d)
      if rank > 0 { result.append(d) }
    }
    return result
  }

  /// Sums `length`-long rows in the dtype's arithmetic (float32 accumulates in Float, int64 wraps).
  static func sumRows(_ values: [Double], rows: Int, length: Int, dtype: DType) -> [Double] {
    var result = [Double](repeating: 0, count: rows)
    values.withUnsafeBufferPointer { buffer in
      for row in 0..<rows {
        let base = row * length
        if dtype.computesInFloat {
          result[row] = Double(Tensor.floatSum(buffer, from: base, count: length))
        } else if dtype == .float64 {
          var total = 0.0
          for i in 0..<length { total += buffer[base + i] }
          result[row] = total
        } else {
          var total: Int64 = 0
          for i in 0..<length { total = total &+ Scalar.truncatingToInt64(buffer[base + i]) }
          result[row] = Double(total)
        }
      }
    }
    return result
  }

  /// A float32 row sum in Float arithmetic, in PyTorch's order.
  static func floatSum(_ buffer: UnsafeBufferPointer<Double>, from base: Int, count: Int) -> Float {
    let singles = (0..<count).map { Float(buffer[base + $0]) }
    return singles.withUnsafeBufferPointer { CascadeSum.innerSum($0, base: 0, size: count, lanes: 8) }
  }

  /// Sums over `dims` (normalised) in `target` arithmetic, in the order PyTorch's CPU kernel adds;
  /// returns the results in row-major order of the kept dims.
  func orderedSum(over dims: [Int], as target: DType) throws -> [Double] {
    let sorted = dims.sorted()
    if !target.isFloatingPoint {
      let layout = try reductionLayout(sorted, keepdim: false)
      return Tensor.sumRows(layout.values, rows: layout.rows, length: layout.length, dtype: target)
    }
    if sorted.count == rank {
      // A full reduction reads a dense tensor in memory order, whatever its strides.
      let values: [Double]
      if let dense = denseStorageOrderValues(as: target) {
        try AutogradContext.current.chargeRead(dense.count)
        values = dense
      } else {
        values = try floatValues(as: target)
      }
      return CascadeSum.sum(values, outer: 1, reduced: values.count, inner: 1, dtype: target)
    }
    if isContiguous, let first = sorted.first, let last = sorted.last, last - first + 1 == sorted.count {
      let outer = Shape.count(Array(shape[..<first]))
      let reduced = Shape.count(Array(shape[first...last]))
      let inner = Shape.count(Array(shape[(last + 1)...]))
      return CascadeSum.sum(
        try floatValues(as: target), outer: outer, reduced: reduced, inner: inner, dtype: target)
    }
    let layout = try reductionLayout(sorted, keepdim: false)
    var values = layout.values
    if target != dtype && target.isFloatingPoint && target != .float64 { values = values.map(target.rounded) }
    return CascadeSum.sum(values, outer: layout.rows, reduced: layout.length, inner: 1, dtype: target)
  }

  /// Integer sums over `dims` (wrapping like int64 arithmetic), in row-major order of the kept dims.
  func integerSum(over dims: [Int]) throws -> [Int64] {
    let reduced = Set(dims)
    let kept = (0..<rank).filter { !reduced.contains($0) }
    let order = kept + dims.sorted()
    let view = Tensor(
      storage: storage, shape: order.map { shape[$0] }, strides: order.map { strides[$0] },
      offset: storageOffset,
      dtype: dtype)
    let values = try view.integerValues()
    let length = Shape.count(dims.map { shape[$0] })
    let rows = Shape.count(kept.map { shape[$0] })
    var result = [Int64](repeating: 0, count: rows)
    for row in 0..<rows {
      var total: Int64 = 0
      for i in 0..<length { total = total &+ values[row * length + i] }
      result[row] = total
    }
    return result
  }

  /// The values in storage order when the tensor covers a gap-free storage range (any dim order).
  func denseStorageOrderValues(as target: DType) -> [Double]? {
    guard dtype.isFloatingPoint else { return nil }
    let order = (0..<rank).filter { shape[$0] != 1 }.sorted { strides[$0] > strides[$1] }
    var expected = 1
    for dim in order.reversed() {
      if strides[dim] != expected { return nil }
      expected *= shape[dim]
    }
    let total = count
    guard storageOffset >= 0, storageOffset + total <= storage.floats.count else { return nil }
    var values = Array(storage.floats[storageOffset..<(storageOffset + total)])
    if target != dtype && target.isFloatingPoint && target != .float64 { values = values.map(target.rounded) }
    return values
  }

  /// `t.sum()` (`SumBackward0`); bool and int64 sum to int64.
  public func sum(dtype requested: DType? = nil) throws -> Tensor {
    let resultDType = requested ?? (dtype.isFloatingPoint ? dtype : .int64)
    let output: Tensor
    if !resultDType.isFloatingPoint && !dtype.isFloatingPoint {
      output = Tensor(shape: [], dtype: resultDType, integers: try integerSum(over: Array(0..<rank)))
    } else {
      output = Tensor(
        shape: [], dtype: resultDType, floats: try orderedSum(over: Array(0..<rank), as: resultDType))
    }
    let inputShape = shape
    try Tensor.record("SumBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.expand(inputShape)]
    }
    return output
  }

  /// `t.sum(dim, keepdim)` over one or more dims (`SumBackward1`).
  public func sum(dims: [Int], keepdim: Bool = false, dtype requested: DType? = nil) throws -> Tensor {
    let reduced = try normalizedDims(dims)
    let resultDType = requested ?? (dtype.isFloatingPoint ? dtype : .int64)
    let outShape = reducedShape(reduced, keepdim: keepdim)
    let output: Tensor
    if !resultDType.isFloatingPoint && !dtype.isFloatingPoint {
      output = Tensor(shape: outShape, dtype: resultDType, integers: try integerSum(over: reduced))
    } else {
      output = Tensor(
        shape: outShape, dtype: resultDType, floats: try orderedSum(over: reduced, as: resultDType))
    }
    let inputShape = shape
    try Tensor.record("SumBackward1", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try Tensor.unsqueezeReduced(grad, dims: reduced, keepdim: keepdim).expand(inputShape)]
    }
    return output
  }

  /// Re-inserts reduced dims (when `keepdim` was false) so a gradient broadcasts back to the input.
  static func unsqueezeReduced(_ grad: Tensor, dims: [Int], keepdim: Bool) throws -> Tensor {
    if keepdim { return grad }
    var result = grad
    for d in dims.sorted() { result = try result.unsqueeze(d) }
    return result
  }

  static func meanDTypeCheck(_ dtype: DType, requested: DType?) throws -> DType {
    let target = requested ?? dtype
    guard target.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError,
        "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(target.scalarTypeName)"
      )
    }
    return target
  }

  /// `t.mean()` (`MeanBackward0`).
  public func mean(dtype requested: DType? = nil) throws -> Tensor {
    let target = try Tensor.meanDTypeCheck(dtype, requested: requested)
    let total = try orderedSum(over: Array(0..<rank), as: target).first ?? 0
    let n = count
    let value = target.computesInFloat ? Double(Float(total) / Float(n)) : total / Double(n)
    let output = Tensor(shape: [], dtype: target, floats: [value])
    let inputShape = shape
    try Tensor.record("MeanBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.expand(inputShape).div(.int(Int64(n)))]
    }
    return output
  }

  /// `t.mean(dim, keepdim)` (`MeanBackward1`).
  public func mean(dims: [Int], keepdim: Bool = false, dtype requested: DType? = nil) throws -> Tensor {
    let target = try Tensor.meanDTypeCheck(dtype, requested: requested)
    let reduced = try normalizedDims(dims)
    let outShape = reducedShape(reduced, keepdim: keepdim)
    var sums = try orderedSum(over: reduced, as: target)
    let n = Shape.count(reduced.map { shape[$0] })
    for i in 0..<sums.count {
      sums[i] = target.computesInFloat ? Double(Float(sums[i]) / Float(n)) : sums[i] / Double(n)
    }
    let output = Tensor(shape: outShape, dtype: target, floats: sums)
    let inputShape = shape
    try Tensor.record("MeanBackward1", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [
        try Tensor.unsqueezeReduced(grad, dims: reduced, keepdim: keepdim).expand(inputShape).div(
          .int(Int64(n)))
      ]
    }
    return output
  }

  /// Reduces a (broadcast) gradient to `target` shape by summing expanded dims.
  public func sumTo(_ target: [Int]) throws -> Tensor {
    if shape == target { return self }
    let lead = rank - target.count
    guard lead >= 0 else { return try reshape(target) }
    var dims: [Int] = Array(0..<lead)
    for i in 0..<target.count where target[i] == 1 && shape[lead + i] != 1 { dims.append(lead + i) }
    var result = self
    if !dims.isEmpty { result = try result.sum(dims: dims, keepdim: true) }
    if lead > 0 || result.shape != target { result = try result.view(target) }
    return result
  }

  /// Whole-tensor max or min (`MaxBackward1`/`MinBackward1`); NaN propagates.
  func extremum(isMax: Bool) throws -> Tensor {
    let name = isMax ? "max" : "min"
    guard count > 0 else {
      throw AutogradError.runtime(
        "\(name)(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument."
      )
    }
    let values = try floatValues()
    var best = values[0]
    // Of equal values the last one is the result, as PyTorch's kernel leaves it (visible only for ±0.0).
    for value in values.dropFirst() {
      if best.isNaN { break }
      if value.isNaN || (isMax ? value >= best : value <= best) { best = value }
    }
    let output = Tensor(shape: [], dtype: dtype, floats: [best])
    try Tensor.record(
      isMax ? "MaxBackward1" : "MinBackward1", inputs: [self], outputs: [output], saving: [self, output]
    ) {
      grads, saved in
      guard let grad = grads[0] else { return [nil] }
      // The gradient is shared evenly among all elements equal to the result.
      let mask = try saved[0].eq(.tensor(saved[1])).to(grad.dtype)
      let share = try grad.div(.tensor(mask.sum()))
      return [try mask.mul(.tensor(share))]
    }
    return output
  }

  /// `t.max()`.
  public func max() throws -> Tensor { try extremum(isMax: true) }
  /// `t.min()`.
  public func min() throws -> Tensor { try extremum(isMax: false) }

  /// `t.max(dim, keepdim)` → (values, indices) (`MaxBackward0`); the first extreme index wins.
  public func max(dim: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    try extremum(dim: dim, keepdim: keepdim, isMax: true)
  }

  /// `t.min(dim, keepdim)` → (values, indices) (`MinBackward0`).
  public func min(dim: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    try extremum(dim: dim, keepdim: keepdim, isMax: false)
  }

  /// `operation` names the function in the empty-dimension message (`argmax` reuses this kernel).
  func extremum(dim: Int, keepdim: Bool, isMax: Bool, operation: String? = nil) throws
    -> (values: Tensor, indices: Tensor)
  {
    let d = try Shape.wrapDim(dim, rank: rank)
    let dims = rank == 0 ? [] : [d]
    let layout = try reductionLayout(dims, keepdim: keepdim)
    if layout.length == 0 {
      throw AutogradError.index(
        "\(operation ?? (isMax ? "max" : "min"))(): Expected reduction dim \(d) to have non-zero size.")
    }
    var best = [Double](repeating: 0, count: layout.rows)
    var where_ = [Int64](repeating: 0, count: layout.rows)
    for row in 0..<layout.rows {
      let base = row * layout.length
      var value = layout.values[base]
      var index = 0
      if !value.isNaN {
        for i in 1..<Swift.max(layout.length, 1) {
          let candidate = layout.values[base + i]
          if candidate.isNaN || (isMax ? candidate > value : candidate < value) {
            value = candidate
            index = i
            if candidate.isNaN { break }
          }
        }
      }
      best[row] = value
      where_[row] = Int64(index)
    }
    let values = Tensor(shape: layout.shape, dtype: dtype, floats: best)
    let indices = Tensor(shape: layout.shape, dtype: .int64, integers: where_)
    let inputShape = shape
    let savedIndices = indices.detach()
    try Tensor.record(isMax ? "MaxBackward0" : "MinBackward0", inputs: [self], outputs: [values]) {
      grads, _ in
      guard let grad = grads[0] else { return [nil] }
      let mask = try Tensor.oneHot(
        savedIndices, dim: d, keepdim: keepdim, shape: inputShape, dtype: grad.dtype)
      let spread = try Tensor.unsqueezeReduced(grad, dims: dims, keepdim: keepdim)
      return [try mask.mul(.tensor(spread))]
    }
    return (values, indices)
  }

  /// A tensor of `shape` with 1 where `indices` point along `dim` (constant, no graph).
  static func oneHot(_ indices: Tensor, dim: Int, keepdim: Bool, shape: [Int], dtype: DType) throws -> Tensor
  {
    let result = try zeros(shape, dtype: dtype)
    guard !shape.isEmpty else {
      result.storage.floats[0] = 1
      return result
    }
    let expanded = keepdim ? indices : try indices.unsqueeze(dim)
    let positions = try expanded.integerValues()
    var outer = 1
    for i in 0..<dim { outer *= shape[i] }
    var inner = 1
    for i in (dim + 1)..<shape.count { inner *= shape[i] }
    let size = shape[dim]
    for o in 0..<outer {
      for i in 0..<inner {
        let k = Int(positions[o * inner + i])
        result.storage.floats[(o * size + k) * inner + i] = 1
      }
    }
    return result
  }

  /// `t.argmax()` over all elements (flattened index).
  public func argmax() throws -> Tensor { try argExtremum(dim: nil, keepdim: false, isMax: true) }
  /// `t.argmin()` over all elements.
  public func argmin() throws -> Tensor { try argExtremum(dim: nil, keepdim: false, isMax: false) }
  /// `t.argmax(dim, keepdim)`.
  public func argmax(dim: Int, keepdim: Bool = false) throws -> Tensor {
    try argExtremum(dim: dim, keepdim: keepdim, isMax: true)
  }
  /// `t.argmin(dim, keepdim)`.
  public func argmin(dim: Int, keepdim: Bool = false) throws -> Tensor {
    try argExtremum(dim: dim, keepdim: keepdim, isMax: false)
  }

  func argExtremum(dim: Int?, keepdim: Bool, isMax: Bool) throws -> Tensor {
    let grad = AutogradContext.current
    grad.pushGradEnabled(false)
    defer { grad.popMode() }
    let operation = isMax ? "argmax" : "argmin"
    if dtype == .bool {
      throw AutogradError(.notImplementedError, "\(operation)(): does not support bool input")
    }
    if let dim = dim {
      return try extremum(dim: dim, keepdim: keepdim, isMax: isMax, operation: operation).indices
    }
    guard count > 0 else {
      throw AutogradError.index(
        "\(isMax ? "argmax" : "argmin")(): Expected reduction dim to be specified for input.numel() == 0.")
    }
    let flat = try reshape([-1])
    return try flat.extremum(dim: 0, keepdim: false, isMax: isMax).indices
  }
}
