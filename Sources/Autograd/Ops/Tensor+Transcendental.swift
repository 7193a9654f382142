import Foundation

/// Logarithms, exponentials, trigonometric, hyperbolic and error functions beyond `exp`/`log`/`sin`/`cos`
/// (and `logit`, `sinc`, `deg2rad`, `rad2deg`):
/// each computes in the input's floating dtype (integers and bools promote to float32) and differentiates
/// with the formula PyTorch's derivatives.yaml gives, so values at the domain's edges (±inf, NaN) match.
extension Tensor {
  /// `x.log1p()`: `log(1 + x)`, accurate near zero (`Log1PBackward0`: `grad / (x + 1)`).
  public func log1p() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "Log1PBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.log1p, Foundation.log1p)
    } derivative: { grad, saved in
      try grad.div(.tensor(saved[0].add(.int(1))))
    }
  }

  /// `x.expm1()`: `exp(x) − 1`, accurate near zero (`Expm1Backward0`: `grad · (result + 1)`).
  public func expm1() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "Expm1Backward0", saveOutput: true) { input in
      try input.floatMap(Foundation.expm1, Foundation.expm1)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].add(.int(1))))
    }
  }

  /// `x.log2()` (`Log2Backward0`: `grad / (x · ln 2)`).
  public func log2() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "Log2Backward0", saveInput: true) { input in
      try input.floatMap(Foundation.log2, Foundation.log2)
    } derivative: { grad, saved in
      try grad.div(.tensor(saved[0].mul(.float(M_LN2))))
    }
  }

  /// `x.log10()` (`Log10Backward0`: `grad / (x · ln 10)`).
  public func log10() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "Log10Backward0", saveInput: true) { input in
      try input.floatMap(Foundation.log10, Foundation.log10)
    } derivative: { grad, saved in
      try grad.div(.tensor(saved[0].mul(.float(M_LN10))))
    }
  }

  /// `x.exp2()`: `2 ** x` (`Exp2Backward0`: `grad · result · ln 2`).
  public func exp2() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "Exp2Backward0", saveOutput: true) { input in
      try input.floatMap(Foundation.exp2, Foundation.exp2)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].mul(.float(M_LN2))))
    }
  }

  /// `x.tan()` (`TanBackward0`: `grad · (1 + result²)`).
  public func tan() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "TanBackward0", saveOutput: true) { input in
      try input.floatMap(Foundation.tan, Foundation.tan)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].mul(.tensor(saved[0])).add(.int(1))))
    }
  }

  /// `x.asin()` (`AsinBackward0`: `grad · rsqrt(1 − x²)`, infinite at ±1 and NaN outside).
  public func asin() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "AsinBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.asin, Foundation.asin)
    } derivative: { grad, saved in
      try grad.mul(.tensor(Tensor.oneMinusSquare(saved[0]).rsqrt()))
    }
  }

  /// `x.acos()` (`AcosBackward0`: `−grad · rsqrt(1 − x²)`).
  public func acos() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "AcosBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.acos, Foundation.acos)
    } derivative: { grad, saved in
      try grad.mul(.tensor(Tensor.oneMinusSquare(saved[0]).rsqrt().neg()))
    }
  }

  /// `x.atan()` (`AtanBackward0`: `grad / (x² + 1)`).
  public func atan() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "AtanBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.atan, Foundation.atan)
    } derivative: { grad, saved in
      try grad.div(.tensor(saved[0].mul(.tensor(saved[0])).add(.int(1))))
    }
  }

  /// `x.sinh()` (`SinhBackward0`: `grad · cosh(x)`).
  public func sinh() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "SinhBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.sinh, Foundation.sinh)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].cosh()))
    }
  }

  /// `x.cosh()` (`CoshBackward0`: `grad · sinh(x)`).
  public func cosh() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "CoshBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.cosh, Foundation.cosh)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].sinh()))
    }
  }

  /// `x.asinh()` (`AsinhBackward0`: `grad · rsqrt(x² + 1)`).
  public func asinh() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "AsinhBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.asinh, Foundation.asinh)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].mul(.tensor(saved[0])).add(.int(1)).rsqrt()))
    }
  }

  /// `x.acosh()` (`AcoshBackward0`: `grad · rsqrt(x² − 1)`).
  public func acosh() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "AcoshBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.acosh, Foundation.acosh)
    } derivative: { grad, saved in
      try grad.mul(.tensor(saved[0].mul(.tensor(saved[0])).sub(.int(1)).rsqrt()))
    }
  }

  /// `x.atanh()` (`AtanhBackward0`: `grad / (1 − x²)`).
  public func atanh() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "AtanhBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.atanh, Foundation.atanh)
    } derivative: { grad, saved in
      try grad.div(.tensor(Tensor.oneMinusSquare(saved[0])))
    }
  }

  /// `x.erf()` (`ErfBackward0`: `grad · 2/√π · exp(−x²)`).
  public func erf() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "ErfBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.erf, Foundation.erf)
    } derivative: { grad, saved in
      try grad.mul(.tensor(Tensor.gaussianDensity(saved[0])))
    }
  }

  /// `x.erfc()`: `1 − erf(x)` without cancellation (`ErfcBackward0`: `−grad · 2/√π · exp(−x²)`).
  public func erfc() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "ErfcBackward0", saveInput: true) { input in
      try input.floatMap(Foundation.erfc, Foundation.erfc)
    } derivative: { grad, saved in
      try grad.mul(.tensor(Tensor.gaussianDensity(saved[0]).neg()))
    }
  }

  /// `x.logit(eps=)`: `log(x / (1 − x))`, with `x` first clamped to `[eps, 1 − eps]` when `eps` is given
  /// (and not negative). `LogitBackward0`: `grad / (x · (1 − x))`, NaN outside [0, 1] without `eps`, zero
  /// outside the clamp with it.
  public func logit(eps: Double? = nil) throws -> Tensor {
    let bound = eps.flatMap { $0 < 0 ? nil : $0 }
    return try Tensor.unaryRecorded(self, name: "LogitBackward0", saveInput: true) { input in
      try input.floatMap(
        { x in
          let z = bound.map { Swift.min(Swift.max(x, Float($0)), 1 - Float($0)) } ?? x
          return Foundation.log(z / (1 - z))
        },
        { x in
          let z = bound.map { Swift.min(Swift.max(x, $0), 1 - $0) } ?? x
          return Foundation.log(z / (1 - z))
        })
    } derivative: { grad, saved in
      let x = saved[0]
      let slope = try grad.div(.tensor(x.mul(.tensor(Tensor.sub(.int(1), .tensor(x))))))
      let outside: Tensor
      let lower = bound ?? 0
      // The bounds compare in the tensor's compute type, as PyTorch's kernel compares them.
      let low = x.dtype == .float64 ? lower : Double(Float(lower))
      let high = x.dtype == .float64 ? 1 - lower : Double(1 - Float(lower))
      outside = try x.lt(.float(low)).logicalOr(x.gt(.float(high)))
      return try slope.maskedFill(outside, bound == nil ? .float(.nan) : .int(0))
    }
  }

  /// `x.sinc()`: `sin(πx) / (πx)`, 1 at zero (`SincBackward0`: `(πx·cos(πx) − sin(πx)) / (πx²)`, 0 at
  /// zero).
  public func sinc() throws -> Tensor {
    try Tensor.unaryRecorded(self, name: "SincBackward0", saveInput: true) { input in
      try input.floatMap(
        // π rounded to nearest, as c10::pi<float> is (Swift's Float.pi is rounded toward zero).
        { x in x == 0 ? 1 : Foundation.sin(Float(Double.pi) * x) / (Float(Double.pi) * x) },
        { x in x == 0 ? 1 : Foundation.sin(Double.pi * x) / (Double.pi * x) })
    } derivative: { grad, saved in
      let x = saved[0]
      let angle = try x.mul(.float(Double.pi))
      let numerator = try angle.mul(.tensor(angle.cos())).sub(.tensor(angle.sin()))
      let slope = try numerator.div(.tensor(angle.mul(.tensor(x))))
      return try grad.mul(.tensor(slope.maskedFill(x.eq(.int(0)), .int(0))))
    }
  }

  /// `x.deg2rad()`: `x · π/180` (`Deg2RadBackward0`); integers and bools give float32.
  public func deg2rad() throws -> Tensor {
    try Tensor.scaledAngle(self, by: 0.017453292519943295, name: "Deg2RadBackward0")
  }

  /// `x.rad2deg()`: `x · 180/π` (`Rad2DegBackward0`); integers and bools give float32.
  public func rad2deg() throws -> Tensor {
    try Tensor.scaledAngle(
      self, by: 57.295779513082320876798154814105170332405472466564, name: "Rad2DegBackward0")
  }

  /// Multiplies by a conversion factor, in the floating dtype the input promotes to.
  private static func scaledAngle(_ input: Tensor, by factor: Double, name: String) throws -> Tensor {
    try unaryRecorded(input, name: name) { input in
      try input.floatMap({ $0 * Float(factor) }, { $0 * factor })
    } derivative: { grad, _ in
      try grad.mul(.float(factor))
    }
  }

  /// `1 − x²`, written as PyTorch's formulas write it (`-x * x + 1`), differentiable.
  private static func oneMinusSquare(_ x: Tensor) throws -> Tensor {
    try x.mul(.tensor(x)).neg().add(.int(1))
  }

  /// `2/√π · exp(−x²)`, the derivative of erf, differentiable.
  private static func gaussianDensity(_ x: Tensor) throws -> Tensor {
    try x.mul(.tensor(x)).neg().exp().mul(.float(2 / Double.pi.squareRoot()))
  }
}
