/// dtype conversions, copies and Python-value extraction (`item`, `tolist`).
extension Tensor {
  /// `t.to(dtype)`: returns `self` when the dtype already matches, else a copy (`ToCopyBackward0`).
  public func to(_ target: DType) throws -> Tensor {
    if target == dtype { return self }
    return try Tensor.unaryRecorded(self, name: "ToCopyBackward0") { input in
      // Floats convert to integers as C++ casts do; integers wrap into narrower integer types.
      if target.isFloatingPoint || input.dtype.isFloatingPoint {
        return Tensor(shape: input.shape, dtype: target, floats: try input.floatValues())
      }
      return Tensor(shape: input.shape, dtype: target, integers: try input.integerValues())
    } derivative: { [dtype] grad, _ in
      try grad.to(dtype)
    }
  }

  /// `t.float()`.
  public func float() throws -> Tensor { try to(.float32) }
  /// `t.double()`.
  public func double() throws -> Tensor { try to(.float64) }
  /// `t.long()`.
  public func long() throws -> Tensor { try to(.int64) }
  /// `t.bool()`.
  public func bool() throws -> Tensor { try to(.bool) }
  /// `t.half()`.
  public func half() throws -> Tensor { try to(.float16) }
  /// `t.bfloat16()`.
  public func bfloat16() throws -> Tensor { try to(.bfloat16) }
  /// `t.int()`.
  public func int() throws -> Tensor { try to(.int32) }
  /// `t.short()`.
  public func short() throws -> Tensor { try to(.int16) }
  /// `t.char()`.
  public func char() throws -> Tensor { try to(.int8) }
  /// `t.byte()`.
  public func byte() throws -> Tensor { try to(.uint8) }

  /// `t.clone()` (`CloneBackward0`): a contiguous copy that keeps the graph.
  public func clone() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "CloneBackward0") {
      try $0.clonedValues()
    } derivative: { grad, _ in
      grad
    }
  }

  /// `t.contiguous()`: `self` if already contiguous, else `clone()`.
  public func contiguous() throws -> Tensor {
    isContiguous ? self : try clone()
  }

  /// `t.item()`: the single element as a Python number.
  public func item() throws -> Scalar {
    guard count == 1 else {
      throw AutogradError.runtime("a Tensor with \(count) elements cannot be converted to Scalar")
    }
    if dtype.isFloatingPoint { return .float(try floatValues()[0]) }
    if dtype == .bool { return .bool(try integerValues()[0] != 0) }
    return .int(try integerValues()[0])
  }

  /// `t.tolist()`: nested lists of Python numbers (a bare number for a 0-d tensor).
  public func tolist() throws -> TensorData {
    let leaves: [TensorData]
    if dtype.isFloatingPoint {
      leaves = try floatValues().map { TensorData.float($0) }
    } else if dtype == .bool {
      leaves = try integerValues().map { TensorData.bool($0 != 0) }
    } else {
      leaves = try integerValues().map { TensorData.int($0) }
    }
    if shape.isEmpty { return leaves.first ?? .list([]) }
    var position = 0
    func build(_ depth: Int) -> TensorData {
      if depth == shape.count - 1 {
        let size = shape[depth]
        let slice = Array(leaves[position..<(position + size)])
        position += size
        return .list(slice)
      }
      return .list((0..<shape[depth]).map { _ in build(depth + 1) })
    }
    return build(0)
  }

  /// The elements as Doubles in row-major order (floats exact; ints and bools converted).
  public func contiguousDoubles() throws -> [Double] { try floatValues() }

  /// The elements as Int64 in row-major order (floats truncated toward zero).
  public func contiguousIntegers() throws -> [Int64] { try integerValues() }
}
