/// Matrix structure: `tril`, `triu`, `diagonal`, `diag` (both directions), `trace` and `outer`.
extension Tensor {
  /// `t.trace()` (`TraceBackward0`): the sum of a matrix's main diagonal, summed as `sum` does (integers
  /// widen to int64; float32 accumulates in double, float16 and bfloat16 in float).
  public func trace() throws -> Tensor {
    guard rank == 2 else {
      throw AutogradError.runtime("trace: expected a matrix, but got tensor with dim \(rank)")
    }
    if dtype == .bool { throw AutogradError(.notImplementedError, "\"trace\" not implemented for 'Bool'") }
    let target = accumulatingDType(nil)
    let rows = shape[0]
    let columns = shape[1]
    let length = Swift.min(rows, columns)
    let output: Tensor
    if target.isFloatingPoint {
      let values = try floatValues()
      var total = 0.0
      for i in 0..<length { total = target.accumulationRounded(total + values[i * columns + i]) }
      output = Tensor(shape: [], dtype: target, floats: [total])
    } else {
      let values = try integerValues()
      var total: Int64 = 0
      for i in 0..<length { total = total &+ values[i * columns + i] }
      output = Tensor(shape: [], dtype: target, integers: [total])
    }
    try Tensor.record("TraceBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try Tensor.eye(rows, columns, dtype: grad.dtype).mul(.tensor(grad))]
    }
    return output
  }

  /// `torch.tril_indices(row, col, offset)` / `torch.triu_indices`: the 2 × n coordinates of the lower
  /// (upper) triangle of a `row × col` matrix from the `offset`-th diagonal, row by row.
  public static func triangleIndices(
    rows: Int, columns: Int, offset: Int = 0, lower: Bool, dtype: DType = .int64
  ) throws -> Tensor {
    let name = lower ? "tril_indices" : "triu_indices"
    guard dtype != .bool && !dtype.isFloatingPoint else {
      throw AutogradError(.notImplementedError, "\"\(name)\" not implemented for '\(dtype.scalarTypeName)'")
    }
    guard rows >= 0 else { throw AutogradError.runtime("row must be non-negative, got\(rows)") }
    guard columns >= 0 else { throw AutogradError.runtime("col must be non-negative, got\(columns)") }
    _ = try Shape.checkedCount([rows, columns])
    var rowIndices: [Int64] = []
    var columnIndices: [Int64] = []
    for i in 0..<rows {
      for j in 0..<columns where lower ? j - i <= offset : j - i >= offset {
        rowIndices.append(Int64(i))
        columnIndices.append(Int64(j))
      }
    }
    return Tensor(shape: [2, rowIndices.count], dtype: dtype, integers: rowIndices + columnIndices)
  }

  /// `t.tril(diagonal)` (`TrilBackward0`): zeroes the elements above the `diagonal`-th diagonal of the
  /// last two dims.
  public func tril(diagonal: Int = 0) throws -> Tensor {
    try triangle(diagonal: diagonal, lower: true)
  }

  /// `t.triu(diagonal)` (`TriuBackward0`): zeroes the elements below the `diagonal`-th diagonal.
  public func triu(diagonal: Int = 0) throws -> Tensor {
    try triangle(diagonal: diagonal, lower: false)
  }

  private func triangle(diagonal: Int, lower: Bool) throws -> Tensor {
    guard rank >= 2 else {
      throw AutogradError.runtime("\(lower ? "tril" : "triu"): input tensor must have at least 2 dimensions")
    }
    let rows = shape[rank - 2]
    let columns = shape[rank - 1]
    let keep: (Int, Int) -> Bool = { i, j in lower ? j - i <= diagonal : j - i >= diagonal }
    let output: Tensor
    if dtype.isFloatingPoint {
      var values = try floatValues()
      for k in 0..<values.count where !keep((k / columns) % rows, k % columns) { values[k] = 0 }
      output = Tensor(shape: shape, dtype: dtype, exactFloats: values)
    } else {
      var values = try integerValues()
      for k in 0..<values.count where !keep((k / columns) % rows, k % columns) { values[k] = 0 }
      output = Tensor(shape: shape, dtype: dtype, integers: values)
    }
    try Tensor.record(lower ? "TrilBackward0" : "TriuBackward0", inputs: [self], outputs: [output]) {
      grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.triangle(diagonal: diagonal, lower: lower)]
    }
    return output
  }

  /// The geometry of the `offset`-th diagonal of dims `d1`, `d2`: both removed, the diagonal appended last.
  private func diagonalGeometry(offset: Int, _ d1: Int, _ d2: Int) -> (
    shape: [Int], strides: [Int], offset: Int
  ) {
    let length: Int
    var start = storageOffset
    if offset >= 0 {
      length = Swift.max(0, Swift.min(shape[d1], shape[d2] - offset))
      if length > 0 { start += offset * strides[d2] }
    } else {
      length = Swift.max(0, Swift.min(shape[d1] + offset, shape[d2]))
      if length > 0 { start -= offset * strides[d1] }
    }
    var newShape: [Int] = []
    var newStrides: [Int] = []
    for d in 0..<rank where d != d1 && d != d2 {
      newShape.append(shape[d])
      newStrides.append(strides[d])
    }
    newShape.append(length)
    newStrides.append(strides[d1] + strides[d2])
    return (newShape, newStrides, start)
  }

  /// `t.diagonal(offset, dim1, dim2)`: a view of one diagonal, appended as the last dim (`DiagonalBackward0`).
  public func diagonal(offset: Int = 0, dim1: Int = 0, dim2: Int = 1) throws -> Tensor {
    let d1 = try Shape.wrapDim(dim1, rank: rank)
    let d2 = try Shape.wrapDim(dim2, rank: rank)
    guard d1 != d2 else {
      throw AutogradError.runtime("diagonal dimensions cannot be identical \(dim1), \(dim2)")
    }
    let geometry = diagonalGeometry(offset: offset, d1, d2)
    let inputShape = shape
    return try makeView(
      shape: geometry.shape, strides: geometry.strides, offset: geometry.offset, name: "DiagonalBackward0",
      replay: { try $0.diagonal(offset: offset, dim1: d1, dim2: d2) },
      derivative: { try Tensor.diagonalBackward($0, inputShape: inputShape, offset: offset, d1, d2) })
  }

  /// Zeros of `inputShape` with `grad` on the diagonal (`DiagonalBackwardBackward0` when recorded).
  static func diagonalBackward(_ grad: Tensor, inputShape: [Int], offset: Int, _ d1: Int, _ d2: Int) throws
    -> Tensor
  {
    let output = try zeros(inputShape, dtype: grad.dtype)
    let geometry = output.diagonalGeometry(offset: offset, d1, d2)
    let target = Tensor(
      storage: output.storage, shape: geometry.shape, strides: geometry.strides, offset: geometry.offset,
      dtype: output.dtype)
    try target.writeValues(from: grad)
    try record("DiagonalBackwardBackward0", inputs: [grad], outputs: [output]) { grads, _ in
      guard let g = grads[0] else { return [nil] }
      return [try g.diagonal(offset: offset, dim1: d1, dim2: d2)]
    }
    return output
  }

  /// `t.diag(diagonal)`: a matrix's diagonal as a new vector (`DiagonalBackward0_copy`), or a vector
  /// placed on a diagonal of a new square matrix (`DiagEmbedBackward0`).
  public func diag(_ diagonal: Int = 0) throws -> Tensor {
    switch rank {
    case 2:
      let view = try AutogradContext.current.withMode(.noGrad) { try self.diagonal(offset: diagonal) }
      let output = try view.clonedValues()
      let inputShape = shape
      try Tensor.record("DiagonalBackward0_copy", inputs: [self], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil] }
        return [try Tensor.diagonalBackward(grad, inputShape: inputShape, offset: diagonal, 0, 1)]
      }
      return output
    case 1:
      let (size, overflow) = shape[0].addingReportingOverflow(Int(clamping: diagonal.magnitude))
      if overflow || size.multipliedReportingOverflow(by: size).overflow {
        let text = overflow ? "\(UInt(shape[0]) &+ diagonal.magnitude)" : "\(size)"
        throw AutogradError.runtime("Storage size calculation overflowed with sizes=[\(text), \(text)]")
      }
      let output = try Tensor.zeros([size, size], dtype: dtype)
      let geometry = output.diagonalGeometry(offset: diagonal, 0, 1)
      let target = Tensor(
        storage: output.storage, shape: geometry.shape, strides: geometry.strides, offset: geometry.offset,
        dtype: dtype)
      try target.writeValues(from: self)
      try Tensor.record("DiagEmbedBackward0", inputs: [self], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil] }
        return [try grad.diagonal(offset: diagonal)]
      }
      return output
    default:
      throw AutogradError.runtime("diag(): Supports 1D or 2D tensors. Got \(rank)D")
    }
  }

  /// `torch.outer(a, b)` / `torch.ger`: `a.reshape(n, 1) * b` (`MulBackward0`).
  public func outer(_ other: Tensor) throws -> Tensor {
    guard rank == 1 else {
      throw AutogradError.runtime("outer: Expected 1-D argument self, but got \(rank)-D")
    }
    guard other.rank == 1 else {
      throw AutogradError.runtime("outer: Expected 1-D argument vec2, but got \(other.rank)-D")
    }
    return try reshape([shape[0], 1]).mul(.tensor(other))
  }
}
