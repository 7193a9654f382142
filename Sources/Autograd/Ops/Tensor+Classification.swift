/// Value tests and truth reductions: `isnan`, `isinf`, `isfinite`, `isposinf`, `isneginf`, `nan_to_num`,
/// `all`, `any` and `logical_or`/`logical_xor`. Only `nan_to_num` is differentiable.
extension Tensor {
  /// A bool tensor from a test of each floating value (integers and bools give `integerResult` everywhere).
  private func classify(integerResult: Bool, _ test: (Double) -> Bool) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      return try Tensor.full(shape, .bool(integerResult), dtype: .bool)
    }
    return Tensor(shape: shape, dtype: .bool, integers: try floatValues().map { test($0) ? 1 : 0 })
  }

  /// `t.isnan()`.
  public func isnan() throws -> Tensor { try classify(integerResult: false) { $0.isNaN } }
  /// `t.isinf()`.
  public func isinf() throws -> Tensor { try classify(integerResult: false) { $0.isInfinite } }
  /// `t.isfinite()`.
  public func isfinite() throws -> Tensor { try classify(integerResult: true) { $0.isFinite } }
  /// `t.isposinf()`.
  public func isposinf() throws -> Tensor { try classify(integerResult: false) { $0 == .infinity } }
  /// `t.isneginf()`.
  public func isneginf() throws -> Tensor { try classify(integerResult: false) { $0 == -.infinity } }

  /// `t.nan_to_num(nan, posinf, neginf)` (`NanToNumBackward0`): infinities default to the dtype's largest
  /// finite values; the gradient is zero where the input was not finite.
  public func nanToNum(nan: Double = 0, posinf: Double? = nil, neginf: Double? = nil) throws -> Tensor {
    let largest = dtype == .float64 ? Double.greatestFiniteMagnitude : Double(Float.greatestFiniteMagnitude)
    return try Tensor.unaryRecorded(self, name: "NanToNumBackward0", saveInput: true) { input in
      guard input.dtype.isFloatingPoint else { return try input.clonedValues() }
      return try input.mapFloats(dtype: input.dtype) { value in
        if value.isNaN { return nan }
        if value == .infinity { return posinf ?? largest }
        if value == -.infinity { return neginf ?? -largest }
        return value
      }
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].isfinite()))
    }
  }

  /// `t.all()` / `t.any()` over every element, or over `dims` with `keepdim`; a bool result.
  private func truthReduction(dims: [Int]?, keepdim: Bool, isAll: Bool) throws -> Tensor {
    let reduced = try normalizedDims(dims ?? [])
    let layout = try reductionLayout(reduced, keepdim: dims == nil ? false : keepdim)
    var results = [Int64](repeating: isAll ? 1 : 0, count: layout.rows)
    for row in 0..<layout.rows {
      let slice = layout.values[(row * layout.length)..<((row + 1) * layout.length)]
      let truth = isAll ? slice.allSatisfy { $0 != 0 } : slice.contains { $0 != 0 }
      results[row] = truth ? 1 : 0
    }
    // PyTorch keeps uint8 for uint8 inputs (its old mask type); everything else gives bool.
    return Tensor(shape: layout.shape, dtype: dtype == .uint8 ? .uint8 : .bool, integers: results)
  }

  /// `t.all()` / `t.all(dim, keepdim)`: whether every element is nonzero.
  public func all(dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
    try truthReduction(dims: dims, keepdim: keepdim, isAll: true)
  }

  /// `t.any()` / `t.any(dim, keepdim)`: whether some element is nonzero.
  public func any(dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
    try truthReduction(dims: dims, keepdim: keepdim, isAll: false)
  }

  /// `torch.logical_or(self, other)`.
  public func logicalOr(_ other: Tensor) throws -> Tensor {
    try logicalCombine(other) { $0 || $1 }
  }

  /// `torch.logical_xor(self, other)`.
  public func logicalXor(_ other: Tensor) throws -> Tensor {
    try logicalCombine(other) { $0 != $1 }
  }

  private func logicalCombine(_ other: Tensor, _ body: (Bool, Bool) -> Bool) throws -> Tensor {
    let shape = try Shape.broadcast(self.shape, other.shape)
    let left = try floatValues(expandedTo: shape)
    let right = try other.floatValues(expandedTo: shape)
    var result = [Int64](repeating: 0, count: left.count)
    for i in 0..<result.count { result[i] = body(left[i] != 0, right[i] != 0) ? 1 : 0 }
    return Tensor(shape: shape, dtype: .bool, integers: result)
  }
}
