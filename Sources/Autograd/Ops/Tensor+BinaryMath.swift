import Foundation

/// Two-operand math beyond the arithmetic operators: `atan2`, `hypot`, `logaddexp`, `fmod`, `xlogy`,
/// `lerp`, `addcmul`, `addcdiv`, `heaviside` and `float_power`, broadcasting and promoting as PyTorch does, with its derivative
/// formulas (including its choices where they divide by zero).
extension Tensor {
  /// `torch.atan2(self, other)` (`Atan2Backward0`); integers compute in float32. Where both are zero the
  /// gradient is zero, as PyTorch masks the infinite reciprocal there.
  public func atan2(_ other: Tensor) throws -> Tensor {
    let (left, right, shape, promoted) = try Tensor.binarySetup(.tensor(self), .tensor(other))
    let dtype = promoted.isFloatingPoint ? promoted : DType.defaultFloat
    let output = try Tensor.zipFloats(left, right, shape: shape, dtype: dtype) { Foundation.atan2($0, $1) }
    try Tensor.record("Atan2Backward0", inputs: [left, right], outputs: [output], saving: [left, right]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let (y, x) = (saved[0], saved[1])
      let squares = try y.mul(.tensor(y)).add(.tensor(x.mul(.tensor(x))))
      let reciprocal = try squares.reciprocal().maskedFill(squares.eq(.int(0)), .int(0))
      return [
        try grad.mul(.tensor(x)).mul(.tensor(reciprocal)),
        try grad.mul(.tensor(y.neg())).mul(.tensor(reciprocal)),
      ]
    }
    return output
  }

  /// `torch.hypot(self, other)`: `√(self² + other²)` (`HypotBackward0`: `grad · self / result`, …).
  public func hypot(_ other: Tensor) throws -> Tensor {
    let (left, right, shape, dtype) = try Tensor.binarySetup(.tensor(self), .tensor(other))
    try Tensor.requireFloating(dtype, kernel: "hypot_cpu")
    let output = try Tensor.zipFloats(left, right, shape: shape, dtype: dtype) { Foundation.hypot($0, $1) }
    try Tensor.record(
      "HypotBackward0", inputs: [left, right], outputs: [output], saving: [left, right, output]
    ) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let share = try grad.div(.tensor(saved[2]))
      return [try share.mul(.tensor(saved[0])), try share.mul(.tensor(saved[1]))]
    }
    return output
  }

  /// `torch.logaddexp(self, other)`: `log(exp(self) + exp(other))` without overflow
  /// (`LogaddexpBackward0`: `grad / (1 + exp(other − self))`, and symmetrically).
  public func logaddexp(_ other: Tensor) throws -> Tensor {
    let (left, right, shape, dtype) = try Tensor.binarySetup(.tensor(self), .tensor(other))
    try Tensor.requireFloating(dtype, kernel: "logaddexp_cpu")
    let output = try Tensor.zipFloats(left, right, shape: shape, dtype: dtype) { a, b in
      // Equal infinities would give inf − inf; PyTorch returns the value itself.
      if a.isInfinite && a == b { return a }
      return Swift.max(a, b) + Foundation.log1p(Foundation.exp(-Swift.abs(a - b)))
    }
    try Tensor.record("LogaddexpBackward0", inputs: [left, right], outputs: [output], saving: [left, right]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let (a, b) = (saved[0], saved[1])
      return [
        try grad.div(.tensor(b.sub(.tensor(a)).exp().add(.int(1)))),
        try grad.div(.tensor(a.sub(.tensor(b)).exp().add(.int(1)))),
      ]
    }
    return output
  }

  /// `torch.fmod(self, other)`: the C remainder (sign of the dividend); integers by zero raise
  /// `ZeroDivisionError`. `FmodBackward0` with a number, `FmodBackward1` with a tensor divisor, whose
  /// gradient is `−grad · trunc(self / other)`.
  public static func fmod(_ a: Tensor, _ b: Operand) throws -> Tensor {
    let (left, right, shape, dtype) = try binarySetup(.tensor(a), b)
    if dtype == .bool { throw AutogradError(.notImplementedError, "\"fmod_cpu\" not implemented for 'Bool'") }
    let output: Tensor
    if dtype.isFloatingPoint {
      output = try zipFloats(left, right, shape: shape, dtype: dtype) { Foundation.fmod($0, $1) }
    } else {
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in
        if y == 0 { throw AutogradError.runtime("ZeroDivisionError") }
        return x.remainderReportingOverflow(dividingBy: y).partialValue
      }
    }
    if right.isWrappedNumber {
      try record("FmodBackward0", inputs: [left], outputs: [output]) { grads, _ in [grads[0]] }
      return output
    }
    try record("FmodBackward1", inputs: [left, right], outputs: [output], saving: [left, right]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let quotient = try saved[0].div(.tensor(saved[1])).trunc()
      return [grad, try grad.neg().mul(.tensor(quotient))]
    }
    return output
  }

  /// `torch.xlogy(self, other)`: `self · log(other)`, zero where `self` is zero (unless `other` is NaN)
  /// (`XlogyBackward0`: `xlogy(grad, other)`, zero where `self` is zero and `other` is not positive, and
  /// `grad · self / other`).
  public func xlogy(_ other: Tensor) throws -> Tensor {
    let (left, right, shape, promoted) = try Tensor.binarySetup(.tensor(self), .tensor(other))
    let dtype = promoted.isFloatingPoint ? promoted : DType.defaultFloat
    let output = try Tensor.zipFloats(left, right, shape: shape, dtype: dtype) { x, y in
      if y.isNaN { return .nan }
      return x == 0 ? 0 : x * Foundation.log(y)
    }
    try Tensor.record("XlogyBackward0", inputs: [left, right], outputs: [output], saving: [left, right]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let (x, y) = (saved[0], saved[1])
      let masked = try x.eq(.int(0)).logicalAnd(y.le(.int(0)))
      return [try grad.xlogy(y).maskedFill(masked, .int(0)), try grad.mul(.tensor(x)).div(.tensor(y))]
    }
    return output
  }

  /// `torch.lerp(self, end, weight)`: `self + weight · (end − self)`, computed from the nearer end as
  /// PyTorch's kernel does; a number weight records `LerpBackward0`, a tensor weight `LerpBackward1`.
  public func lerp(_ end: Tensor, weight: Operand) throws -> Tensor {
    let weightTensor = Tensor.tensorOperand(weight)
    let scalarWeight = weightTensor.isWrappedNumber
    guard dtype.isFloatingPoint else {
      let kernel = scalarWeight ? "lerp_kernel_scalar" : "lerp_kernel_tensor"
      throw AutogradError(.notImplementedError, "\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
    }
    guard end.dtype == dtype else {
      throw AutogradError.runtime(
        "expected dtype \(dtype.cTypeName) for `end` but got dtype \(end.dtype.cTypeName)")
    }
    if !scalarWeight && weightTensor.dtype != dtype {
      throw AutogradError.runtime(
        "expected dtype \(dtype.cTypeName) for `weight` but got dtype \(weightTensor.dtype.cTypeName)")
    }
    var shape = try Shape.broadcast(self.shape, end.shape)
    shape = try Shape.broadcast(shape, weightTensor.shape)
    let count = try Shape.checkedCount(shape)
    let starts = try floatValues(expandedTo: shape)
    let ends = try end.floatValues(expandedTo: shape)
    // A Python number weight enters the kernel in its compute type (float for float32 and below).
    let weights = try weightTensor.floatValues(
      as: dtype.computesInFloat ? .float32 : .float64, expandedTo: shape)
    var values = [Double](repeating: 0, count: count)
    for i in 0..<count {
      let (a, b, w) = (starts[i], ends[i], weights[i])
      values[i] = Swift.abs(w) < 0.5 ? a + w * (b - a) : b - (b - a) * (1 - w)
      if dtype.computesInFloat {
        let (fa, fb, fw) = (Float(a), Float(b), Float(w))
        values[i] = Double(Swift.abs(fw) < 0.5 ? fa + fw * (fb - fa) : fb - (fb - fa) * (1 - fw))
      }
    }
    let output = Tensor(shape: shape, dtype: dtype, floats: values)
    if scalarWeight {
      let w = try weightTensor.item().doubleValue
      try Tensor.record("LerpBackward0", inputs: [self, end], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil, nil] }
        return [try grad.mul(.float(1 - w)), try grad.mul(.float(w))]
      }
    } else {
      try Tensor.record(
        "LerpBackward1", inputs: [self, end, weightTensor], outputs: [output],
        saving: [self, end, weightTensor]
      ) { grads, saved in
        guard let grad = grads[0] else { return [nil, nil, nil] }
        let (start, stop, w) = (saved[0], saved[1], saved[2])
        return [
          try grad.mul(.tensor(Tensor.sub(.int(1), .tensor(w)))), try grad.mul(.tensor(w)),
          try grad.mul(.tensor(stop.sub(.tensor(start)))),
        ]
      }
    }
    return output
  }

  /// `torch.addcmul(self, t1, t2, value=)`: `self + value · t1 · t2` (`AddcmulBackward0`).
  public func addcmul(_ first: Tensor, _ second: Tensor, value: Scalar = .int(1)) throws -> Tensor {
    try Tensor.addcombined(self, first, second, value: value, dividing: false)
  }

  /// `torch.addcdiv(self, t1, t2, value=)`: `self + value · t1 / t2` (`AddcdivBackward0`); integer
  /// operands are refused as PyTorch refuses them.
  public func addcdiv(_ first: Tensor, _ second: Tensor, value: Scalar = .int(1)) throws -> Tensor {
    if !first.dtype.isFloatingPoint && !second.dtype.isFloatingPoint {
      throw AutogradError.runtime(
        "Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes."
      )
    }
    return try Tensor.addcombined(self, first, second, value: value, dividing: true)
  }

  /// Both fused forms: `self + value · (t1 ∘ t2)`, computed per element in the dtype's compute type.
  private static func addcombined(
    _ base: Tensor, _ first: Tensor, _ second: Tensor, value: Scalar, dividing: Bool
  )
    throws -> Tensor
  {
    let dtype = TypePromotion.resultType([base, first, second])
    var shape = try Shape.broadcast(base.shape, first.shape)
    shape = try Shape.broadcast(shape, second.shape)
    let count = try Shape.checkedCount(shape)
    let output: Tensor
    if dtype.isFloatingPoint {
      let (x, a, b) = (
        try base.floatValues(as: dtype, expandedTo: shape),
        try first.floatValues(as: dtype, expandedTo: shape),
        try second.floatValues(as: dtype, expandedTo: shape)
      )
      let scale = dtype.computesInFloat ? Double(Float(value.doubleValue)) : value.doubleValue
      var values = [Double](repeating: 0, count: count)
      for i in 0..<count {
        if dtype.computesInFloat {
          let (fx, fa, fb, fs) = (Float(x[i]), Float(a[i]), Float(b[i]), Float(scale))
          values[i] = Double(dividing ? fx + fs * fa / fb : fx + fs * fa * fb)
        } else {
          values[i] = dividing ? x[i] + scale * a[i] / b[i] : x[i] + scale * a[i] * b[i]
        }
      }
      output = Tensor(shape: shape, dtype: dtype, floats: values)
    } else {
      let (x, a, b) = (
        try base.integerValues(expandedTo: shape), try first.integerValues(expandedTo: shape),
        try second.integerValues(expandedTo: shape)
      )
      let scale = value.int64Value
      output = Tensor(
        shape: shape, dtype: dtype, integers: (0..<count).map { x[$0] &+ scale &* a[$0] &* b[$0] })
    }
    let name = dividing ? "AddcdivBackward0" : "AddcmulBackward0"
    try record(name, inputs: [base, first, second], outputs: [output], saving: [first, second]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil, nil] }
      let (a, b) = (saved[0], saved[1])
      let scaled = try grad.mul(.scalar(value))
      if dividing {
        return [
          grad, try scaled.div(.tensor(b)), try scaled.neg().mul(.tensor(a)).div(.tensor(b.mul(.tensor(b)))),
        ]
      }
      return [grad, try scaled.mul(.tensor(b)), try scaled.mul(.tensor(a))]
    }
    return output
  }

  /// `torch.heaviside(self, values)`: 0 below zero, 1 above, `values` at zero (NaN gives 0); both must
  /// have one dtype. Not differentiable: its grad_fn refuses as PyTorch's does.
  public func heaviside(_ values: Tensor) throws -> Tensor {
    guard values.dtype == dtype else {
      throw AutogradError.runtime("heaviside is not yet implemented for tensors with different dtypes.")
    }
    let shape = try Shape.broadcast(self.shape, values.shape)
    let output: Tensor
    if dtype.isFloatingPoint {
      output = try Tensor.zipFloats(self, values, shape: shape, dtype: dtype) { x, v in
        x == 0 ? v : (x > 0 ? 1 : 0)
      }
    } else {
      output = try Tensor.zipIntegers(self, values, shape: shape, dtype: dtype) { x, v in
        x == 0 ? v : (x > 0 ? 1 : 0)
      }
    }
    try Tensor.record("NotImplemented", inputs: [self, values], outputs: [output]) { _, _ in
      throw AutogradError.runtime("derivative for aten::heaviside is not implemented")
    }
    return output
  }

  /// `torch.float_power(base, exponent)`: `pow` in float64, composed as PyTorch composes it (the operands
  /// converted with `to(float64)`, then `PowBackward0/1/2`).
  public static func floatPower(_ base: Operand, _ exponent: Operand) throws -> Tensor {
    func widened(_ operand: Operand) throws -> Operand {
      switch operand {
      case .tensor(let tensor): return .tensor(try tensor.to(.float64))
      case .scalar(let scalar): return .scalar(.float(scalar.doubleValue))
      }
    }
    return try pow(widened(base), widened(exponent))
  }

  /// PyTorch's dispatch refusal for a floating-only kernel given an integer or bool dtype.
  private static func requireFloating(_ dtype: DType, kernel: String) throws {
    guard dtype.isFloatingPoint else {
      throw AutogradError(.notImplementedError, "\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
    }
  }
}
