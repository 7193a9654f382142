/// Reads through a boolean mask or of the non-zero positions: `masked_select`, `nonzero` (and `argwhere`)
/// and `count_nonzero`.
extension Tensor {
  /// `t.masked_select(mask)` (`MaskedSelectBackward0`): the elements where the mask (broadcast with the
  /// tensor) is true, in row-major order, as a 1-D tensor.
  public func maskedSelect(_ mask: Tensor) throws -> Tensor {
    guard mask.dtype == .bool else {
      throw AutogradError.runtime("masked_select: expected BoolTensor for mask")
    }
    // PyTorch broadcasts the mask first: its size is "tensor a" in the mismatch error.
    let common = try Shape.broadcast(mask.shape, shape)
    let flags = try mask.integerValues(expandedTo: common)
    let chosen = flags.indices.filter { flags[$0] != 0 }
    let output: Tensor
    if dtype.isFloatingPoint {
      let values = try floatValues(expandedTo: common)
      output = Tensor(shape: [chosen.count], dtype: dtype, exactFloats: chosen.map { values[$0] })
    } else {
      let values = try integerValues(expandedTo: common)
      output = Tensor(shape: [chosen.count], dtype: dtype, integers: chosen.map { values[$0] })
    }
    let inputShape = shape
    let savedMask = try mask.detach().expand(common)
    try Tensor.record("MaskedSelectBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      let spread = try Tensor.zeros(common, dtype: grad.dtype).indexPut([savedMask], values: grad)
      return [try spread.sumTo(inputShape)]
    }
    return output
  }

  /// `t.nonzero()` / `t.argwhere()`: the int64 coordinates of the non-zero elements (NaN counts as non-zero),
  /// one row per element in row-major order; a 0-d tensor gives `(1, 0)` or `(0, 0)`.
  public func nonzero() throws -> Tensor {
    let flags = try ne(.int(0)).integerValues()
    let strides = Shape.contiguousStrides(shape)
    var coordinates: [Int64] = []
    var rows = 0
    for (flat, flag) in flags.enumerated() where flag != 0 {
      rows += 1
      for d in 0..<rank { coordinates.append(Int64((flat / strides[d]) % Swift.max(shape[d], 1))) }
    }
    return Tensor(shape: [rows, rank], dtype: .int64, integers: coordinates)
  }

  /// `t.count_nonzero(dims)`: how many elements are not zero (NaN counts), as int64; all dims when empty.
  public func countNonzero(dims: [Int] = []) throws -> Tensor {
    let reduced = try normalizedDims(dims)
    let flags = try AutogradContext.current.withMode(.noGrad) { try ne(.int(0)).detach() }
    if rank == 0 || reduced.count == rank { return try flags.sum() }
    return try flags.sum(dims: reduced)
  }
}
