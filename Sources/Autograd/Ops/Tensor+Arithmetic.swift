import Foundation

/// Binary arithmetic with PyTorch's promotion, broadcasting and backward formulas.
extension Tensor {
  /// Common setup of a binary op: operand tensors, broadcast shape, result dtype.
  static func binarySetup(_ a: Operand, _ b: Operand) throws -> (Tensor, Tensor, [Int], DType) {
    let left = tensorOperand(a)
    let right = tensorOperand(b)
    let shape = try Shape.broadcast(left.shape, right.shape)
    _ = try Shape.checkedCount(shape)
    return (left, right, shape, TypePromotion.resultType([left, right]))
  }

  /// `a + alpha * b` (`torch.add`), for tensors or Python scalars on either side.
  public static func add(_ a: Operand, _ b: Operand, alpha: Scalar = .int(1)) throws -> Tensor {
    // `2 + x` is `x.__radd__(2)`: the tensor comes first.
    if case .scalar = a, case .tensor = b, alpha.doubleValue == 1 { return try add(b, a) }
    let (left, right, shape, dtype) = try binarySetup(a, b)
    let alphaValue = alpha.doubleValue
    let output: Tensor
    if dtype.isFloatingPoint {
      let scale = dtype.computesInFloat ? Double(Float(alphaValue)) : alphaValue
      output = try zipFloats(left, right, shape: shape, dtype: dtype) { x, y in
        scale == 1 ? x + y : x + scale * y
      }
    } else if dtype == .bool {
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in (x != 0 || y != 0) ? 1 : 0 }
    } else {
      let scale = alpha.int64Value
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in x &+ scale &* y }
    }
    try record("AddBackward0", inputs: [left, right], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil, nil] }
      let other = alphaValue == 1 ? grad : try grad.mul(.scalar(alpha))
      return [grad, other]
    }
    return output
  }

  /// `a - alpha * b` (`torch.sub`); a Python scalar on the left records `RsubBackward1`.
  public static func sub(_ a: Operand, _ b: Operand, alpha: Scalar = .int(1)) throws -> Tensor {
    let (left, right, shape, dtype) = try binarySetup(a, b)
    if left.dtype == .bool && right.dtype == .bool {
      throw AutogradError(
        .notImplementedError,
        "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead."
      )
    }
    if left.dtype == .bool || right.dtype == .bool {
      throw AutogradError(
        .notImplementedError,
        "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."
      )
    }
    let alphaValue = alpha.doubleValue
    let output: Tensor
    if dtype.isFloatingPoint {
      let scale = dtype.computesInFloat ? Double(Float(alphaValue)) : alphaValue
      output = try zipFloats(left, right, shape: shape, dtype: dtype) { x, y in
        scale == 1 ? x - y : x - scale * y
      }
    } else {
      let scale = alpha.int64Value
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in x &- scale &* y }
    }
    if left.isWrappedNumber && !right.isWrappedNumber {
      try record("RsubBackward1", inputs: [right], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil] }
        return [try grad.neg()]
      }
    } else {
      try record("SubBackward0", inputs: [left, right], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil, nil] }
        let other = alphaValue == 1 ? try grad.neg() : try grad.mul(.scalar(.float(-alphaValue)))
        return [grad, other]
      }
    }
    return output
  }

  /// `a * b`.
  public static func mul(_ a: Operand, _ b: Operand) throws -> Tensor {
    // `2 * x` is `x.__rmul__(2)`: the tensor comes first.
    if case .scalar = a, case .tensor = b { return try mul(b, a) }
    let (left, right, shape, dtype) = try binarySetup(a, b)
    let output: Tensor
    if dtype.isFloatingPoint {
      output = try zipFloats(left, right, shape: shape, dtype: dtype) { x, y in x * y }
    } else if dtype == .bool {
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in (x != 0 && y != 0) ? 1 : 0 }
    } else {
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in x &* y }
    }
    try recordBilinear(
      "MulBackward0", left, right, output: output, gradLeft: { grad, right in try grad.mul(.tensor(right)) },
      gradRight: { grad, left in try grad.mul(.tensor(left)) })
    return output
  }

  /// Records a product-like node (`mul`, `mm`): each operand is saved only when the other one needs its
  /// gradient, as PyTorch saves them; `gradLeft` gets the saved right operand and `gradRight` the left.
  static func recordBilinear(
    _ name: String, _ left: Tensor, _ right: Tensor, output: Tensor,
    gradLeft: @escaping (_ grad: Tensor, _ right: Tensor) throws -> Tensor,
    gradRight: @escaping (_ grad: Tensor, _ left: Tensor) throws -> Tensor
  ) throws {
    let leftNeeded = left.requiresGrad
    let rightNeeded = right.requiresGrad
    var saving: [Tensor] = []
    if rightNeeded { saving.append(left) }
    if leftNeeded { saving.append(right) }
    try record(name, inputs: [left, right], outputs: [output], saving: saving) { grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let savedLeft = rightNeeded ? saved[0] : nil
      let savedRight = leftNeeded ? saved[rightNeeded ? 1 : 0] : nil
      return [try savedRight.map { try gradLeft(grad, $0) }, try savedLeft.map { try gradRight(grad, $0) }]
    }
  }

  /// `a / b` (true division; integers divide as floats). A Python scalar numerator gives `reciprocal(b) * a`.
  public static func div(_ a: Operand, _ b: Operand) throws -> Tensor {
    if case .scalar(let numerator) = a, case .tensor(let denominator) = b {
      return try denominator.reciprocal().mul(.scalar(numerator))
    }
    let (left, right, shape, promoted) = try binarySetup(a, b)
    let dtype = promoted.isFloatingPoint ? promoted : DType.defaultFloat
    let output = try zipFloats(left, right, shape: shape, dtype: dtype) { x, y in x / y }
    var saving: [Tensor] = [right]
    if right.requiresGrad { saving.append(left) }
    let rightNeeded = right.requiresGrad
    try record("DivBackward0", inputs: [left, right], outputs: [output], saving: saving) { grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let denominator = saved[0]
      let gradLeft = try grad.div(.tensor(denominator))
      var gradRight: Tensor? = nil
      if rightNeeded {
        let numerator = saved[1]
        gradRight = try grad.neg().mul(.tensor(numerator)).div(.tensor(denominator.mul(.tensor(denominator))))
      }
      return [gradLeft, gradRight]
    }
    return output
  }

  /// `a // b`: floor division (integers round toward −∞; by zero raises `ZeroDivisionError`).
  public static func floorDivide(_ a: Operand, _ b: Operand) throws -> Tensor {
    let (left, right, shape, dtype) = try binarySetup(a, b)
    if dtype == .bool {
      throw AutogradError(.notImplementedError, "\"div_floor_cpu\" not implemented for 'Bool'")
    }
    let output: Tensor
    if dtype.isFloatingPoint {
      output = try zipFloats(left, right, shape: shape, dtype: dtype) { x, y in
        if y == 0 { return x / y }
        let remainder = Foundation.fmod(x, y)
        var quotient = (x - remainder) / y
        if remainder != 0 && ((y < 0) != (remainder < 0)) { quotient -= 1 }
        if quotient == 0 { return (x / y).sign == .minus ? -0.0 : 0.0 }
        let floored = quotient.rounded(.down)
        return quotient - floored > 0.5 ? floored + 1 : floored
      }
    } else {
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in
        if y == 0 { throw AutogradError.runtime("ZeroDivisionError") }
        let (quotient, overflow) = x.dividedReportingOverflow(by: y)
        if overflow { return quotient }
        let remainder = x.remainderReportingOverflow(dividingBy: y).partialValue
        return (remainder != 0 && ((remainder < 0) != (y < 0))) ? quotient &- 1 : quotient
      }
    }
    try record("NotImplemented", inputs: [left, right], outputs: [output]) { _, _ in
      throw AutogradError.runtime("derivative for aten::floor_divide is not implemented")
    }
    return output
  }

  /// `a % b`: Python-style remainder (sign of the divisor).
  public static func remainder(_ a: Operand, _ b: Operand) throws -> Tensor {
    let (left, right, shape, dtype) = try binarySetup(a, b)
    if dtype == .bool {
      throw AutogradError(.notImplementedError, "\"remainder_cpu\" not implemented for 'Bool'")
    }
    let output: Tensor
    if dtype.isFloatingPoint {
      output = try zipFloats(left, right, shape: shape, dtype: dtype) { x, y in
        let r = Foundation.fmod(x, y)
        return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
      }
    } else {
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in
        if y == 0 { throw AutogradError.runtime("ZeroDivisionError") }
        let r = x.remainderReportingOverflow(dividingBy: y).partialValue
        return (r != 0 && ((r < 0) != (y < 0))) ? r &+ y : r
      }
    }
    let rightNeeded = right.requiresGrad
    if right.isWrappedNumber {
      try record("RemainderBackward0", inputs: [left], outputs: [output]) { grads, _ in [grads[0]] }
      return output
    }
    if left.isWrappedNumber {
      // `number % tensor` has no derivative formula in PyTorch.
      try record("NotImplemented", inputs: [left, right], outputs: [output]) { _, _ in
        throw AutogradError.runtime("derivative for aten::remainder is not implemented")
      }
      return output
    }
    try record(
      "RemainderBackward1", inputs: [left, right], outputs: [output],
      saving: rightNeeded ? [left, right] : []
    ) { grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      var gradRight: Tensor? = nil
      if rightNeeded {
        let quotient = try floorDivide(.tensor(saved[0].detach()), .tensor(saved[1].detach()))
        gradRight = try grad.neg().mul(.tensor(quotient))
      }
      return [grad, gradRight]
    }
    return output
  }

  /// `a ** b` (`torch.pow`): `PowBackward0` for a scalar exponent, `1` for tensors, `2` for a scalar base.
  public static func pow(_ a: Operand, _ b: Operand) throws -> Tensor {
    let (left, right, shape, dtype) = try binarySetup(a, b)
    let output: Tensor
    if dtype.isFloatingPoint, right.isWrappedNumber, case .scalar(let exponent) = b {
      // PyTorch evaluates small scalar exponents with multiplications in the tensor's own precision.
      let e = exponent.doubleValue
      let single = dtype.computesInFloat
      output = try left.mapFloats(dtype: dtype) { x in
        if single {
          let f = Float(x)
          switch e {
          case 1: return x
          case 2: return Double(f * f)
          case 3: return Double(f * f * f)
          case -1: return Double(1 / f)
          case -2: return Double(1 / (f * f))
          case 0.5: return Double(f.squareRoot())
          case -0.5: return Double(1 / f.squareRoot())
          default: return Foundation.pow(x, e)
          }
        }
        switch e {
        case 1: return x
        case 2: return x * x
        case 3: return x * x * x
        case -1: return 1 / x
        case -2: return 1 / (x * x)
        case 0.5: return x.squareRoot()
        case -0.5: return 1 / x.squareRoot()
        default: return Foundation.pow(x, e)
        }
      }
    } else if dtype.isFloatingPoint {
      output = try zipFloats(left, right, shape: shape, dtype: dtype) { x, y in Foundation.pow(x, y) }
    } else {
      output = try zipIntegers(left, right, shape: shape, dtype: dtype == .bool ? .int64 : dtype) {
        base, exponent in
        if exponent < 0 {
          if base == 1 { return 1 }
          if base == -1 { return exponent % 2 == 0 ? 1 : -1 }
          throw AutogradError.runtime("Integers to negative integer powers are not allowed.")
        }
        var result: Int64 = 1
        var factor = base
        var remaining = exponent
        while remaining > 0 {
          if remaining & 1 == 1 { result = result &* factor }
          factor = factor &* factor
          remaining >>= 1
        }
        return result
      }
    }
    if right.isWrappedNumber, case .scalar(let exponent) = b {
      try record("PowBackward0", inputs: [left], outputs: [output], saving: [left]) { grads, saved in
        guard let grad = grads[0] else { return [nil] }
        let e = exponent.doubleValue
        if e == 0 { return [try grad.mul(.float(0))] }
        let power = try saved[0].pow(.scalar(Tensor.subtractOne(exponent)))
        return [try grad.mul(.tensor(power.mul(.scalar(exponent))))]
      }
    } else if left.isWrappedNumber, case .scalar(let base) = a {
      try record("PowBackward2", inputs: [right], outputs: [output], saving: [output]) { grads, saved in
        guard let grad = grads[0] else { return [nil] }
        return [try grad.mul(.tensor(saved[0].mul(.float(Foundation.log(base.doubleValue)))))]
      }
    } else {
      let leftNeeded = left.requiresGrad
      let rightNeeded = right.requiresGrad
      try record("PowBackward1", inputs: [left, right], outputs: [output], saving: [left, right, output]) {
        grads, saved in
        guard let grad = grads[0] else { return [nil, nil] }
        let base = saved[0]
        let exponent = saved[1]
        let result = saved[2]
        var gradBase: Tensor? = nil
        var gradExponent: Tensor? = nil
        if leftNeeded {
          let power = try base.pow(.tensor(exponent.sub(.int(1))))
          gradBase = try grad.mul(.tensor(exponent.mul(.tensor(power))))
        }
        if rightNeeded {
          // d/dy x^y = x^y log x, taken as 0 where x == 0 and y >= 0.
          let logBase = try base.log()
          let raw = try grad.mul(.tensor(result.mul(.tensor(logBase))))
          let mask = try base.eq(.float(0)).logicalAnd(exponent.ge(.float(0)))
          gradExponent = try raw.maskedFill(mask, .float(0))
        }
        return [gradBase, gradExponent]
      }
    }
    return output
  }

  static func subtractOne(_ scalar: Scalar) -> Scalar {
    switch scalar {
    case .float(let f): return .float(f - 1)
    case .int(let i): return .int(i &- 1)
    case .bool(let b): return .int(b ? 0 : -1)
    }
  }

  // MARK: Method forms

  /// `self + other`.
  public func add(_ other: Tensor, alpha: Scalar = .int(1)) throws -> Tensor {
    try Tensor.add(.tensor(self), .tensor(other), alpha: alpha)
  }
  /// `self + other` with a tensor or scalar operand.
  public func add(_ other: Operand, alpha: Scalar = .int(1)) throws -> Tensor {
    try Tensor.add(.tensor(self), other, alpha: alpha)
  }
  /// `self - other`.
  public func sub(_ other: Operand, alpha: Scalar = .int(1)) throws -> Tensor {
    try Tensor.sub(.tensor(self), other, alpha: alpha)
  }
  /// `self * other`.
  public func mul(_ other: Operand) throws -> Tensor { try Tensor.mul(.tensor(self), other) }
  /// `self / other`.
  public func div(_ other: Operand) throws -> Tensor { try Tensor.div(.tensor(self), other) }
  /// `self ** other`.
  public func pow(_ other: Operand) throws -> Tensor { try Tensor.pow(.tensor(self), other) }
  /// `self // other`.
  public func floorDivide(_ other: Operand) throws -> Tensor { try Tensor.floorDivide(.tensor(self), other) }
  /// `self % other`.
  public func remainder(_ other: Operand) throws -> Tensor { try Tensor.remainder(.tensor(self), other) }
  /// `self ** 2` via `x.square()`.
  public func square() throws -> Tensor { try pow(.int(2)) }

  // MARK: Swift operators (tensor or number on either side)

  public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor { try add(.tensor(lhs), .tensor(rhs)) }
  public static func + (lhs: Tensor, rhs: Double) throws -> Tensor { try add(.tensor(lhs), .float(rhs)) }
  public static func + (lhs: Double, rhs: Tensor) throws -> Tensor { try add(.float(lhs), .tensor(rhs)) }
  public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor { try sub(.tensor(lhs), .tensor(rhs)) }
  public static func - (lhs: Tensor, rhs: Double) throws -> Tensor { try sub(.tensor(lhs), .float(rhs)) }
  public static func - (lhs: Double, rhs: Tensor) throws -> Tensor { try sub(.float(lhs), .tensor(rhs)) }
  public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor { try mul(.tensor(lhs), .tensor(rhs)) }
  public static func * (lhs: Tensor, rhs: Double) throws -> Tensor { try mul(.tensor(lhs), .float(rhs)) }
  public static func * (lhs: Double, rhs: Tensor) throws -> Tensor { try mul(.float(lhs), .tensor(rhs)) }
  public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor { try div(.tensor(lhs), .tensor(rhs)) }
  public static func / (lhs: Tensor, rhs: Double) throws -> Tensor { try div(.tensor(lhs), .float(rhs)) }
  public static func / (lhs: Double, rhs: Tensor) throws -> Tensor { try div(.float(lhs), .tensor(rhs)) }
  public static prefix func - (operand: Tensor) throws -> Tensor { try operand.neg() }
}
