import Autograd
import PythonRuntime

/// Elementwise functions of one tensor: `neg`, `exp`, `log`, `sin`, `tanh`, `sigmoid`, `relu`,
/// `sqrt`, `abs`, `clamp`, … (each also `torch.<name>(input)`).
extension TensorMethods {
  static let pointwise: [TensorMethod] = [
    unary("neg", torch: .same) { try $0.neg() },
    unary("negative", torch: .same) { try $0.neg() },
    unary("exp", torch: .same) { try $0.exp() },
    unary("log", torch: .same) { try $0.log() },
    unary("sin", torch: .same) { try $0.sin() },
    unary("cos", torch: .same) { try $0.cos() },
    unary("tanh", torch: .same) { try $0.tanh() },
    unary("sigmoid", torch: .same) { try $0.sigmoid() },
    unary("relu", torch: .same) { try $0.relu() },
    unary("sqrt", torch: .same) { try $0.sqrt() },
    unary("abs", torch: .same) { try $0.abs() },
    unary("sign", torch: .same) { try $0.sign() },
    unary("reciprocal", torch: .same) { try $0.reciprocal() },
    unary("rsqrt", torch: .same) { try $0.rsqrt() },
    unary("square", torch: .same) { try $0.square() },
    clamping("clamp"),
    clamping("clip"),
  ]

  /// `clamp`/`clip(min=None, max=None)`: at least one bound.
  private static func clamping(_ name: String) -> TensorMethod {
    TensorMethod(name, [.init("min", default: .none), .init("max", default: .none)], torch: .same) {
      tensor, call, _ in
      let lower = try call.optionalScalar("min")
      let upper = try call.optionalScalar("max")
      if lower == nil && upper == nil {
        throw PythonError(.runtimeError, "torch.clamp: At least one of 'min' or 'max' must not be None")
      }
      return value(try tensor.clamp(min: lower, max: upper))
    }
  }
}
