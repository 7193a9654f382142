import Foundation

/// Rounding: `floor`, `ceil`, `round` (ties to even, with `decimals=`), `trunc` and `frac`.
///
/// All but `frac` are piecewise constant, so PyTorch gives them a zero gradient everywhere (including at the
/// jumps); `frac` passes the gradient through.
extension Tensor {
  /// The rounding functions, named as their grad_fn and CPU kernels are.
  enum Rounding: String {
    case floor, ceil, round, trunc

    func apply(_ value: Double) -> Double {
      switch self {
      case .floor: return value.rounded(.down)
      case .ceil: return value.rounded(.up)
      case .round: return value.rounded(.toNearestOrEven)
      case .trunc: return value.rounded(.towardZero)
      }
    }
  }

  /// `t.floor()` (`FloorBackward0`).
  public func floor() throws -> Tensor { try rounding(.floor) }
  /// `t.ceil()` (`CeilBackward0`).
  public func ceil() throws -> Tensor { try rounding(.ceil) }
  /// `t.trunc()` / `t.fix()` (`TruncBackward0`).
  public func trunc() throws -> Tensor { try rounding(.trunc) }

  /// `t.round()` (`RoundBackward0`, half to even) or `t.round(decimals=d)` (`RoundBackward1`).
  public func round(decimals: Int? = nil) throws -> Tensor {
    guard let decimals = decimals else { return try rounding(.round) }
    guard dtype.isFloatingPoint else {
      throw AutogradError(.notImplementedError, "\"round_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    // PyTorch scales by 10^|decimals| in the tensor's own arithmetic, rounds half to even, and scales back.
    let scale = dtype.rounded(Foundation.pow(10, Double(decimals).magnitude))
    let kind = dtype
    return try Tensor.unaryRecorded(self, name: "RoundBackward1") { input in
      try input.mapFloats(dtype: kind) { value in
        if decimals < 0 {
          return kind.rounded(kind.rounded(value / scale).rounded(.toNearestOrEven) * scale)
        }
        return kind.rounded(kind.rounded(value * scale).rounded(.toNearestOrEven) / scale)
      }
    } derivative: { grad, _ in
      try Tensor.zerosLike(grad)
    }
  }

  private func rounding(_ kind: Rounding) throws -> Tensor {
    if dtype == .bool {
      throw AutogradError(
        .notImplementedError, "\"\(kind.rawValue)_vml_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    let name = kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() + "Backward0"
    return try Tensor.unaryRecorded(self, name: name) { input in
      input.dtype.isFloatingPoint
        ? try input.mapFloats(dtype: input.dtype) { kind.apply($0) } : try input.clonedValues()
    } derivative: { grad, _ in
      try Tensor.zerosLike(grad)
    }
  }

  /// `t.frac()`: `x − trunc(x)` (`FracBackward0`, gradient passed through).
  public func frac() throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw AutogradError(.notImplementedError, "\"frac_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    return try Tensor.unaryRecorded(self, name: "FracBackward0") { input in
      try input.mapFloats(dtype: input.dtype) { $0 - $0.rounded(.towardZero) }
    } derivative: { grad, _ in
      grad
    }
  }
}
