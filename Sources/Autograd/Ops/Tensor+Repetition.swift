/// Copies that repeat or rotate a tensor's elements: `repeat` (and `tile`, which pads its sizes),
/// `repeat_interleave` and `roll`.
extension Tensor {
  /// `t.repeat(*sizes)` (`RepeatBackward0`): the tensor tiled `sizes[k]` times along each dim; missing
  /// leading dims of the tensor count as size 1.
  public func repeated(_ sizes: [Int]) throws -> Tensor {
    guard sizes.count >= rank else {
      throw AutogradError.runtime(
        "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
    }
    let padded = Array(repeating: 1, count: sizes.count - rank) + shape
    // Sizes multiply as C++ int64 does; a negative size is refused by the count check below, as PyTorch
    // refuses it, and a total that overflows gets PyTorch's storage-size error.
    let outShape = zip(padded, sizes).map { $0 &* $1 }
    var total = 1
    var overflows = false
    for size in outShape where size >= 0 {
      let (product, overflow) = total.multipliedReportingOverflow(by: size)
      total = product
      overflows = overflows || overflow
    }
    if overflows && !outShape.contains(where: { $0 < 0 }) {
      let text = outShape.map(String.init).joined(separator: ", ")
      throw AutogradError.runtime("Storage size calculation overflowed with sizes=[\(text)]")
    }
    _ = try Shape.checkedCount(outShape)
    // Output index `r · size + i` along each dim reads element `i`: the source seen as
    // [repeats₀, size₀, repeats₁, size₁, …] with stride 0 over the repeats, read row by row.
    let source = try contiguous()
    let paddedStrides = Shape.contiguousStrides(padded)
    var interleavedShape: [Int] = []
    var interleavedStrides: [Int] = []
    for k in 0..<sizes.count {
      interleavedShape += [sizes[k], padded[k]]
      interleavedStrides += [0, paddedStrides[k]]
    }
    let tiled = Tensor(
      storage: source.storage, shape: interleavedShape, strides: interleavedStrides,
      offset: source.storageOffset, dtype: dtype)
    let output =
      dtype.isFloatingPoint
      ? Tensor(shape: outShape, dtype: dtype, exactFloats: try tiled.floatValues())
      : Tensor(shape: outShape, dtype: dtype, integers: try tiled.integerValues())
    let inputShape = shape
    try Tensor.record("RepeatBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      let repeatDims = (0..<sizes.count).map { 2 * $0 }.filter { sizes[$0 / 2] != 1 }
      var summed = try grad.reshape(interleavedShape)
      if !repeatDims.isEmpty { summed = try summed.sum(dims: repeatDims) }
      return [try summed.reshape(inputShape)]
    }
    return output
  }

  /// `t.repeat_interleave(repeats, dim)` with a number: each element repeated in place, built as PyTorch
  /// builds it (unsqueeze, expand, clone, flatten: `ViewBackward0`); no dim flattens the tensor first.
  public func repeatInterleave(_ repeats: Int, dim: Int? = nil) throws -> Tensor {
    guard repeats >= 0 else { throw AutogradError.runtime("Repeats must be non-negative") }
    let input = dim == nil ? try flatten() : self
    let d = try Shape.wrapDim(dim ?? 0, rank: input.rank)
    if input.rank == 0 { return try input.reshape([1]).repeatInterleave(repeats, dim: 0) }
    var expanded = input.shape
    expanded.insert(repeats, at: d + 1)
    _ = try Shape.checkedCount(expanded)
    return try input.unsqueeze(d + 1).expand(expanded).clone().flatten(startDim: d, endDim: d + 1)
  }

  /// `t.repeat_interleave(repeats_tensor, dim)`: element `i` repeated `repeats[i]` times, as an
  /// `index_select` (`IndexSelectBackward0`); a 0-d `repeats` acts as a number.
  public func repeatInterleave(_ repeats: Tensor, dim: Int? = nil) throws -> Tensor {
    guard Tensor.isIndexDType(repeats.dtype) else {
      throw AutogradError(
        .notImplementedError,
        "\"repeat_interleave_cpu\" not implemented for '\(repeats.dtype.scalarTypeName)'")
    }
    if repeats.rank == 0 { return try repeatInterleave(Int(try repeats.integerValues()[0]), dim: dim) }
    guard repeats.rank == 1 else { throw AutogradError.runtime("repeats must be 0-dim or 1-dim tensor") }
    let input = dim == nil ? try flatten() : self
    let d = try Shape.wrapDim(dim ?? 0, rank: input.rank)
    let size = input.rank == 0 ? 1 : input.shape[d]
    if repeats.count != 1 && repeats.count != size {
      throw AutogradError.runtime(
        "repeats must have the same size as input along dim, but got repeats.size(0) = \(repeats.count) and input.size(\(d)) = \(size)"
      )
    }
    let counts = try repeats.expand([size]).contiguous()
    return try input.indexSelect(dim: d, index: Tensor.repeatInterleave(counts))
  }

  /// `torch.repeat_interleave(repeats)`: index `i` repeated `repeats[i]` times (int64).
  public static func repeatInterleave(_ repeats: Tensor) throws -> Tensor {
    guard repeats.rank == 1 else {
      throw AutogradError.runtime("repeat_interleave only accept 1D vector as repeat")
    }
    guard Tensor.isIndexDType(repeats.dtype) else {
      throw AutogradError(
        .notImplementedError,
        "\"repeat_interleave_cpu\" not implemented for '\(repeats.dtype.scalarTypeName)'")
    }
    let counts = try repeats.integerValues()
    if counts.contains(where: { $0 < 0 }) { throw AutogradError.runtime("repeats can not be negative") }
    var total = 0
    for count in counts {
      let (sum, overflow) = total.addingReportingOverflow(Int(count))
      if overflow { throw AutogradError.runtime("repeat_interleave: the total number of repeats overflows") }
      total = sum
    }
    _ = try Shape.checkedCount([total])
    var indices: [Int64] = []
    indices.reserveCapacity(total)
    for (i, count) in counts.enumerated() { indices += repeatElement(Int64(i), count: Int(count)) }
    return Tensor(shape: [total], dtype: .int64, integers: indices)
  }

  /// `t.tile(dims)`: `repeat` with `dims` padded by leading ones to the tensor's rank.
  public func tile(_ dims: [Int]) throws -> Tensor {
    try repeated(Array(repeating: 1, count: Swift.max(0, rank - dims.count)) + dims)
  }

  /// `t.roll(shifts, dims)` (`RollBackward0`): elements move `shifts[k]` places along `dims[k]`, wrapping
  /// around; with no dims the tensor is rolled as if flattened.
  public func roll(shifts: [Int], dims: [Int]) throws -> Tensor {
    if shifts.isEmpty { throw AutogradError.runtime("`shifts` required") }
    if dims.isEmpty && shifts.count != 1 || !dims.isEmpty && shifts.count != dims.count {
      throw AutogradError.runtime(
        "shifts and dimensions must align. shifts: \(shifts.count), dims:\(dims.count)")
    }
    if rank == 0 && !dims.isEmpty {
      throw AutogradError(.indexError, "Dimension specified as \(dims[0]) but tensor has no dimensions")
    }
    let wrapped = try dims.map { try Shape.wrapDim($0, rank: rank) }
    // Flattened, the whole tensor is one dim of `count` elements.
    let rollShape = dims.isEmpty ? [count] : shape
    var offsets = [Int](repeating: 0, count: rollShape.count)
    for (shift, d) in zip(shifts, dims.isEmpty ? [0] : wrapped) where rollShape[d] > 0 {
      // Shifts accumulate per dim as PyTorch applies them one after another; wrapped each time.
      offsets[d] = (offsets[d] + shift % rollShape[d] + rollShape[d]) % rollShape[d]
    }
    let sources = Tensor.rolledPositions(shape: rollShape, offsets: offsets)
    let output: Tensor
    if dtype.isFloatingPoint {
      let values = try floatValues()
      output = Tensor(shape: shape, dtype: dtype, exactFloats: sources.map { values[$0] })
    } else {
      let values = try integerValues()
      output = Tensor(shape: shape, dtype: dtype, integers: sources.map { values[$0] })
    }
    try Tensor.record("RollBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.roll(shifts: shifts.map { 0 &- $0 }, dims: dims)]
    }
    return output
  }

  /// For each row-major output position of a roll by `offsets` (each in `0..<size`), the row-major
  /// position of the element that lands there.
  private static func rolledPositions(shape: [Int], offsets: [Int]) -> [Int] {
    let total = Shape.count(shape)
    let strides = Shape.contiguousStrides(shape)
    var result = [Int](repeating: 0, count: total)
    var position = [Int](repeating: 0, count: shape.count)
    for flat in 0..<total {
      var source = 0
      for d in 0..<shape.count {
        var i = position[d] - offsets[d]
        if i < 0 { i += shape[d] }
        source += i * strides[d]
      }
      result[flat] = source
      Shape.advance(&position, within: shape)
    }
    return result
  }
}
