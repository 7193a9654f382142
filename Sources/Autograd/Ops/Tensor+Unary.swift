import Foundation

/// Elementwise unary functions with their backward formulas.
extension Tensor {
  /// The dtype a floating-only function computes in (integers and bools promote to float32).
  var floatingDType: DType { dtype.isFloatingPoint ? dtype : DType.defaultFloat }

  /// `-x`.
  public func neg() throws -> Tensor {
    if dtype == .bool {
      throw AutogradError(
        .notImplementedError,
        "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."
      )
    }
    return try Tensor.unaryRecorded(self, name: "NegBackward0") { input in
      input.dtype.isFloatingPoint
        ? try input.mapFloats(dtype: input.dtype) { -$0 }
        : try input.mapIntegers(dtype: input.dtype) { 0 &- $0 }
    } derivative: { grad, _ in
      try grad.neg()
    }
  }

  /// `x.exp()`.
  public func exp() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "ExpBackward0", saveOutput: true) { input in
      try input.floatMap(Foundation.exp, Foundation.exp)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0]))
    }
  }

  /// `x.log()`.
  public func log() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "LogBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.log, Foundation.log)
    } derivative: { grad, saved in
      try grad.div(.tensor(saved[0]))
    }
  }

  /// `x.sin()`.
  public func sin() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "SinBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.sin, Foundation.sin)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].cos()))
    }
  }

  /// `x.cos()`.
  public func cos() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "CosBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.cos, Foundation.cos)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].sin().neg()))
    }
  }

  /// `x.tanh()`.
  public func tanh() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "TanhBackward0", saveOutput: true) { input in
      try input.floatMap(Foundation.tanh, Foundation.tanh)
    } derivative: { grad, saved in
      // grad * (1 - y²)
      let y = saved[0]
      return try grad.mul(.tensor(Tensor.sub(.int(1), .tensor(y.mul(.tensor(y))))))
    }
  }

  /// `x.sigmoid()`.
  public func sigmoid() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "SigmoidBackward0", saveOutput: true) { input in
      try input.floatMap({ 1 / (1 + Foundation.exp(-$0)) }, { 1 / (1 + Foundation.exp(-$0)) })
    } derivative: { grad, saved in
      let y = saved[0]
      return try grad.mul(.tensor(y.mul(.tensor(Tensor.sub(.int(1), .tensor(y))))))
    }
  }

  /// `x.relu()`.
  public func relu() throws -> Tensor {
    if dtype == .bool { throw AutogradError(.notImplementedError, "Boolean inputs not supported for relu") }
    return try Tensor.unaryRecorded(self, name: "ReluBackward0", saveOutput: true) { input in
      input.dtype.isFloatingPoint
        ? try input.mapFloats(dtype: input.dtype) { $0.isNaN ? $0 : ($0 > 0 ? $0 : 0) }
        : try input.mapIntegers(dtype: input.dtype) { Swift.max($0, 0) }
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].gt(.int(0)).to(grad.dtype)))
    }
  }

  /// `x.sqrt()`.
  public func sqrt() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "SqrtBackward0", saveOutput: true) { input in
      try input.floatMap({ $0.squareRoot() }, { $0.squareRoot() })
    } derivative: { grad, saved in
      try grad.div(.tensor(saved[0].mul(.int(2))))
    }
  }

  /// `x.abs()`.
  public func abs() throws -> Tensor {
    if dtype == .bool { throw AutogradError(.notImplementedError, "\"abs_cpu\" not implemented for 'Bool'") }
    return try Tensor.unaryRecorded(self, name: "AbsBackward0", saveInput: true) { input in
      if input.dtype.isFloatingPoint { return try input.mapFloats(dtype: input.dtype) { Swift.abs($0) } }
      if input.dtype == .bool { return try input.clonedValues() }
      return try input.mapIntegers(dtype: input.dtype) { $0 < 0 ? 0 &- $0 : $0 }
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].sign()))
    }
  }

  /// `x.sign()`.
  public func sign() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "SignBackward0") { input in
      if input.dtype.isFloatingPoint {
        return try input.mapFloats(dtype: input.dtype) { $0.isNaN ? 0 : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }
      }
      return try input.mapIntegers(dtype: input.dtype) { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
    } derivative: { grad, _ in
      try grad.mul(.int(0))
    }
  }

  /// `x.reciprocal()`.
  public func reciprocal() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "ReciprocalBackward0", saveOutput: true) { input in
      try input.floatMap({ 1 / $0 }, { 1 / $0 })
    } derivative: { grad, saved in
      let y = saved[0]
      return try grad.mul(.tensor(y.mul(.tensor(y)).neg()))
    }
  }

  /// `x.rsqrt()`: `1 / sqrt(x)` (`RsqrtBackward0`).
  public func rsqrt() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "RsqrtBackward0", saveOutput: true) { input in
      try input.floatMap({ 1 / $0.squareRoot() }, { 1 / $0.squareRoot() })
    } derivative: { grad, saved in
      let y = saved[0]
      return try grad.mul(.tensor(y.pow(.int(3)).mul(.float(-0.5))))
    }
  }

  /// `x.clamp(min, max)` (`ClampBackward1`); either bound may be nil.
  public func clamp(min lower: Scalar? = nil, max upper: Scalar? = nil) throws -> Tensor {
    if lower == nil && upper == nil {
      throw AutogradError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
    }
    let resultDType = clampResultDType(min: lower, max: upper)
    if resultDType == .bool {
      let kernel =
        lower == nil ? "clamp_max_scalar_cpu" : upper == nil ? "clamp_min_scalar_cpu" : "clamp_scalar_cpu"
      throw AutogradError(.notImplementedError, "\"\(kernel)\" not implemented for 'Bool'")
    }
    return try Tensor.unaryRecorded(self, name: "ClampBackward1", saveInput: true) { input in
      if resultDType.isFloatingPoint {
        let low = lower.map { resultDType.rounded($0.doubleValue) }
        let high = upper.map { resultDType.rounded($0.doubleValue) }
        return try input.mapFloats(dtype: resultDType) { value in
          if value.isNaN { return value }
          var result = value
          if let low = low { result = low.isNaN ? low : Swift.max(result, low) }
          if let high = high { result = high.isNaN ? high : Swift.min(result, high) }
          return result
        }
      }
      return try input.mapIntegers(dtype: resultDType) { value in
        var result = value
        if let low = lower?.int64Value { result = Swift.max(result, low) }
        if let high = upper?.int64Value { result = Swift.min(result, high) }
        return result
      }
    } derivative: { grad, saved in
      let x = saved[0]
      var mask = try Tensor.full(x.shape, .bool(true), dtype: .bool)
      if let low = lower { mask = try mask.logicalAnd(x.ge(.scalar(low))) }
      if let high = upper { mask = try mask.logicalAnd(x.le(.scalar(high))) }
      return try grad.mul(.tensor(mask.to(grad.dtype)))
    }
  }

  /// The dtype `clamp` with these scalar bounds computes in.
  func clampResultDType(min lower: Scalar?, max upper: Scalar?) -> DType {
    TypePromotion.resultType([self] + [lower, upper].compactMap { $0 }.map { Tensor.wrapped($0) })
  }

  /// Maps floating values with a Float function for float32 (and float16/bfloat16, which PyTorch computes
  /// in float and rounds) and a Double function for float64.
  func floatMap(_ single: (Float) -> Float, _ double: (Double) -> Double) throws -> Tensor {
    let target = floatingDType
    var values = try floatValues(as: target)
    if target.computesInFloat {
      values.withUnsafeMutableBufferPointer { buffer in
        for i in 0..<buffer.count { buffer[i] = Double(single(Float(buffer[i]))) }
      }
      return Tensor(shape: shape, dtype: target, floats: values)
    }
    values.withUnsafeMutableBufferPointer { buffer in
      for i in 0..<buffer.count { buffer[i] = double(buffer[i]) }
    }
    return Tensor(shape: shape, dtype: target, exactFloats: values)
  }
}
