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
        // `x < 0 ? 0 : x`, as PyTorch's kernel: NaN and -0.0 pass through unchanged.
        ? try input.mapFloats(dtype: input.dtype) { $0 < 0 ? 0 : $0 }
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
