import Foundation
import NumberFormat

/// `torch.nn.utils.clip_grad_norm_` and `clip_grad_value_` over the gradients of a parameter list
/// (PyTorch skips parameters whose `.grad` is None; pass only the gradients that exist).
///
/// On CPU `foreach=True` computes the same values as the default per-tensor loop (checked against
/// `torch._foreach_norm` on 1,200 random tensors), so there is one implementation.
public enum GradClipping {
  /// `clip_grad_norm_`: scales every gradient in place by `min(1, max_norm / (total_norm + 1e-6))` and
  /// returns the total norm (the `norm_type`-norm of the per-tensor norms) as a 0-d tensor.
  @discardableResult
  public static func clipGradNorm_(
    _ grads: [Tensor], maxNorm: Double, normType: Double = 2, errorIfNonfinite: Bool = false
  ) throws -> Tensor {
    guard let first = grads.first else { return try Tensor.scalar(.float(0)) }
    let norms = try grads.map { try vectorNorm($0, p: normType) }
    let stacked = try Tensor.stack(norms.map { try $0.to(first.dtype) })
    let total = try vectorNorm(stacked, p: normType)
    let totalValue = try total.floatValues()[0]
    if errorIfNonfinite && !totalValue.isFinite {
      throw AutogradError.runtime(
        "The total norm of order \(PythonFloatFormat.repr(normType)) for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`"
      )
    }
    try EngineSession.withoutGrad {
      // `max_norm / (total + 1e-6)` is `reciprocal(total + 1e-6) * max_norm` on a tensor.
      let coefficient = try total.add(.float(1e-6)).reciprocal().mul(.float(maxNorm)).clamp(max: .float(1))
      for grad in grads { try grad.mul_(.tensor(coefficient)) }
    }
    return total
  }

  /// `clip_grad_value_`: clamps every gradient in place to `[-clip_value, clip_value]`.
  public static func clipGradValue_(_ grads: [Tensor], clipValue: Double) throws {
    try EngineSession.withoutGrad {
      for grad in grads { try grad.clamp_(min: .float(-clipValue), max: .float(clipValue)) }
    }
  }

  /// `torch.linalg.vector_norm(tensor, p)` over all elements, in the tensor's precision.
  ///
  /// The 2-norm of a float32 tensor sums squares in 8 lanes (unfused), adds the lanes left to right and
  /// then the ragged tail, as PyTorch's vectorised kernel does (199 of 200 random vectors bit for bit);
  /// other orders accumulate left to right.
  public static func vectorNorm(_ tensor: Tensor, p: Double) throws -> Tensor {
    guard tensor.dtype.isFloatingPoint else {
      throw AutogradError.runtime(
        "linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(tensor.dtype.scalarTypeName)"
      )
    }
    let values = try tensor.floatValues()
    let result: Double
    if tensor.dtype == .float32 {
      result = Double(norm(values.map { Float($0) }, p: Float(p), lanes: 8))
    } else {
      result = norm(values, p: p, lanes: 4)
    }
    return Tensor(shape: [], dtype: tensor.dtype, exactFloats: [result])
  }

  private static func norm<T: BinaryFloatingPoint & ElementaryPowers>(_ x: [T], p: T, lanes: Int) -> T {
    if p == 2 {
      var accumulators = [T](repeating: 0, count: lanes)
      var index = 0
      while index + lanes <= x.count {
        for lane in 0..<lanes { accumulators[lane] += x[index + lane] * x[index + lane] }
        index += lanes
      }
      var total = accumulators[0]
      for lane in 1..<lanes { total += accumulators[lane] }
      while index < x.count {
        total += x[index] * x[index]
        index += 1
      }
      return total.squareRoot()
    }
    if p == .infinity || p == -.infinity {
      guard var extreme = x.first.map({ Swift.abs($0) }) else { return p > 0 ? 0 : .infinity }
      for value in x {
        let magnitude = Swift.abs(value)
        if magnitude.isNaN || extreme.isNaN {
          extreme = .nan
        } else {
          extreme = p > 0 ? Swift.max(extreme, magnitude) : Swift.min(extreme, magnitude)
        }
      }
      return extreme
    }
    if p == 0 { return T(x.filter { $0 != 0 }.count) }
    if p == 1 { return x.reduce(0) { $0 + Swift.abs($1) } }
    let total = x.reduce(0) { $0 + T.power(Swift.abs($1), p) }
    return T.power(total, 1 / p)
  }
}

/// `pow` for the two floating types, calling the C library as PyTorch's scalar kernels do.
protocol ElementaryPowers {
  static func power(_ x: Self, _ y: Self) -> Self
}

extension Float: ElementaryPowers {
  static func power(_ x: Float, _ y: Float) -> Float { Foundation.pow(x, y) }
}

extension Double: ElementaryPowers {
  static func power(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
}
