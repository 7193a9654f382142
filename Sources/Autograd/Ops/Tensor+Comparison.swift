import NumberFormat

/// Comparisons (bool results, no gradient), logical ops, masked_fill, allclose and equal.
extension Tensor {
  static func compare(
    _ a: Operand, _ b: Operand, floats: (Double, Double) -> Bool, integers: (Int64, Int64) -> Bool
  ) throws -> Tensor {
    let (left, right, shape, dtype) = try binarySetup(a, b)
    if dtype.isFloatingPoint {
      return try zipFloats(left, right, shape: shape, dtype: dtype, resultDType: .bool) {
        floats($0, $1) ? 1 : 0
      }
    }
    return try zipIntegers(left, right, shape: shape, dtype: .bool) { integers($0, $1) ? 1 : 0 }
  }

  /// `self == other` elementwise.
  public func eq(_ other: Operand) throws -> Tensor {
    try Tensor.compare(.tensor(self), other, floats: { $0 == $1 }, integers: { $0 == $1 })
  }
  /// `self != other` elementwise.
  public func ne(_ other: Operand) throws -> Tensor {
    try Tensor.compare(.tensor(self), other, floats: { $0 != $1 }, integers: { $0 != $1 })
  }
  /// `self < other` elementwise.
  public func lt(_ other: Operand) throws -> Tensor {
    try Tensor.compare(.tensor(self), other, floats: { $0 < $1 }, integers: { $0 < $1 })
  }
  /// `self <= other` elementwise.
  public func le(_ other: Operand) throws -> Tensor {
    try Tensor.compare(.tensor(self), other, floats: { $0 <= $1 }, integers: { $0 <= $1 })
  }
  /// `self > other` elementwise.
  public func gt(_ other: Operand) throws -> Tensor {
    try Tensor.compare(.tensor(self), other, floats: { $0 > $1 }, integers: { $0 > $1 })
  }
  /// `self >= other` elementwise.
  public func ge(_ other: Operand) throws -> Tensor {
    try Tensor.compare(.tensor(self), other, floats: { $0 >= $1 }, integers: { $0 >= $1 })
  }

  /// `torch.logical_and(self, other)`.
  public func logicalAnd(_ other: Tensor) throws -> Tensor {
    let shape = try Shape.broadcast(self.shape, other.shape)
    let left = try floatValues(expandedTo: shape)
    let right = try other.floatValues(expandedTo: shape)
    var result = [Int64](repeating: 0, count: left.count)
    for i in 0..<result.count { result[i] = (left[i] != 0 && right[i] != 0) ? 1 : 0 }
    return Tensor(shape: shape, dtype: .bool, integers: result)
  }

  /// `torch.logical_not(self)` / `~mask` on bools.
  public func logicalNot() throws -> Tensor {
    Tensor(shape: shape, dtype: .bool, integers: try floatValues().map { $0 == 0 ? 1 : 0 })
  }

  /// `self.masked_fill(mask, value)` (`MaskedFillBackward0`).
  public func maskedFill(_ mask: Tensor, _ value: Scalar) throws -> Tensor {
    guard mask.dtype == .bool else {
      throw AutogradError.runtime(
        "masked_fill_ only supports boolean masks, but got mask with dtype \(mask.dtype.rawValue == "int64" ? "long int" : mask.dtype.rawValue)"
      )
    }
    let shape = try Shape.broadcast(mask.shape, self.shape)
    if shape != self.shape {
      throw AutogradError.runtime(
        "The expanded size of the tensor (\(self.shape.last ?? 0)) must match the existing size (\(mask.shape.last ?? 0)) at non-singleton dimension \(Swift.max(self.shape.count - 1, 0)).  Target sizes: \(self.shape).  Tensor sizes: \(mask.shape)"
      )
    }
    let flags = try mask.integerValues(expandedTo: shape)
    try value.checkFits(dtype, typeName: dtype.checkedTypeName)
    let output: Tensor
    if dtype.isFloatingPoint {
      var values = try floatValues()
      let fill = dtype.rounded(value.doubleValue)
      for i in 0..<values.count where flags[i] != 0 { values[i] = fill }
      output = Tensor(shape: shape, dtype: dtype, exactFloats: values)
    } else {
      var values = try integerValues()
      let fill: Int64 = dtype == .bool ? (value.doubleValue != 0 ? 1 : 0) : value.int64Value
      for i in 0..<values.count where flags[i] != 0 { values[i] = fill }
      output = Tensor(shape: shape, dtype: dtype, integers: values)
    }
    let savedMask = mask.detach()
    try Tensor.record("MaskedFillBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.maskedFill(savedMask, .int(0))]
    }
    return output
  }

  /// `torch.where(condition, self, other)` (`WhereBackward0`).
  public static func whereSelect(_ condition: Tensor, _ a: Operand, _ b: Operand) throws -> Tensor {
    let (left, right, shape0, dtype) = try binarySetup(a, b)
    let shape = try Shape.broadcast(condition.shape, shape0)
    let flags = try condition.floatValues(expandedTo: shape)
    let output: Tensor
    if dtype.isFloatingPoint {
      let l = try left.floatValues(as: dtype, expandedTo: shape)
      let r = try right.floatValues(as: dtype, expandedTo: shape)
      var values = [Double](repeating: 0, count: flags.count)
      for i in 0..<values.count { values[i] = flags[i] != 0 ? l[i] : r[i] }
      output = Tensor(shape: shape, dtype: dtype, exactFloats: values)
    } else {
      let l = try left.integerValues(expandedTo: shape)
      let r = try right.integerValues(expandedTo: shape)
      var values = [Int64](repeating: 0, count: flags.count)
      for i in 0..<values.count { values[i] = flags[i] != 0 ? l[i] : r[i] }
      output = Tensor(shape: shape, dtype: dtype, integers: values)
    }
    let savedMask = try condition.ne(.int(0)).detach()
    try record("WhereBackward0", inputs: [left, right], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil, nil] }
      let zero = try Tensor.zerosLike(grad)
      return [
        try Tensor.whereSelect(savedMask, .tensor(grad), .tensor(zero)),
        try Tensor.whereSelect(savedMask, .tensor(zero), .tensor(grad)),
      ]
    }
    return output
  }

  /// `torch.isclose(self, other, rtol, atol, equal_nan)`: elementwise `|self − other| ≤ atol + rtol·|other|`
  /// (or equal, or both NaN with `equal_nan`), computed in the tensors' dtype as PyTorch computes it
  /// (integers and bools against a float32 tolerance).
  public func isclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false)
    throws -> Tensor
  {
    guard dtype == other.dtype else {
      throw AutogradError.runtime("\(dtype.scalarTypeName) did not match \(other.dtype.scalarTypeName)")
    }
    guard rtol >= 0 else {
      throw AutogradError.runtime(
        "rtol must be greater than or equal to zero, but got \(PythonFloatFormat.general(rtol))")
    }
    guard atol >= 0 else {
      throw AutogradError.runtime(
        "atol must be greater than or equal to zero, but got \(PythonFloatFormat.general(atol))")
    }
    let common = try Shape.broadcast(shape, other.shape)
    let left = try floatValues(expandedTo: common)
    let right = try other.floatValues(expandedTo: common)
    // The tolerance's dtype: the tensors' own when floating, else the default float.
    let tolerance = dtype.isFloatingPoint ? dtype : DType.defaultFloat
    let round = { (value: Double) in tolerance.rounded(value) }
    // Python-number tolerances enter the arithmetic in its compute type (float for the 16-bit dtypes).
    let scalar = { (value: Double) in tolerance == .float64 ? value : Double(Float(value)) }
    var flags = [Int64](repeating: 0, count: left.count)
    for i in 0..<left.count {
      let a = left[i]
      let b = right[i]
      if a == b || (equalNaN && dtype.isFloatingPoint && a.isNaN && b.isNaN) {
        flags[i] = 1
        continue
      }
      if rtol == 0 && atol == 0 { continue }
      let allowed = round(scalar(atol) + Swift.abs(round(scalar(rtol) * b)))
      // Integer differences are exact (int64); floating ones round to the dtype.
      let actual = dtype.isFloatingPoint ? Swift.abs(dtype.rounded(a - b)) : Swift.abs(a - b)
      if actual.isFinite && round(actual) <= allowed { flags[i] = 1 }
    }
    return Tensor(shape: common, dtype: .bool, integers: flags)
  }

  /// `torch.allclose(self, other, rtol, atol, equal_nan)`.
  public func allclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false)
    throws
    -> Bool
  {
    let shape = try Shape.broadcast(self.shape, other.shape)
    let dtype = TypePromotion.resultType([self, other])
    let left = try floatValues(as: dtype, expandedTo: shape)
    let right = try other.floatValues(as: dtype, expandedTo: shape)
    for i in 0..<left.count {
      let a = left[i]
      let b = right[i]
      if a.isNaN || b.isNaN {
        if equalNaN && a.isNaN && b.isNaN { continue }
        return false
      }
      if a == b { continue }
      if Swift.abs(a - b) > atol + rtol * Swift.abs(b) { return false }
    }
    return true
  }

  /// `torch.equal(self, other)`: same shape and same values.
  public func equal(_ other: Tensor) throws -> Bool {
    guard shape == other.shape else { return false }
    if dtype.isFloatingPoint || other.dtype.isFloatingPoint {
      return try floatValues() == other.floatValues()
    }
    return try integerValues() == other.integerValues()
  }
}
