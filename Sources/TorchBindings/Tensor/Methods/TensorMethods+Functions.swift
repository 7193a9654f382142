import Autograd
import PythonRuntime

/// Issue 12's second batch of elementwise functions and running reductions, each a method and
/// `torch.<name>(input, …)`: logarithms and exponentials, trigonometric, hyperbolic and error
/// functions, angle conversions, two-operand math, `cumprod`, `logcumsumexp` and `trace`.
extension TensorMethods {
  static let functions: [TensorMethod] = [
    unary("log1p", torch: .same) { try $0.log1p() },
    unary("expm1", torch: .same) { try $0.expm1() },
    unary("log2", torch: .same) { try $0.log2() },
    unary("log10", torch: .same) { try $0.log10() },
    unary("exp2", torch: .same) { try $0.exp2() },
    unary("tan", torch: .same) { try $0.tan() },
    unary("asin", torch: .same) { try $0.asin() },
    unary("arcsin", torch: .same) { try $0.asin() },
    unary("acos", torch: .same) { try $0.acos() },
    unary("arccos", torch: .same) { try $0.acos() },
    unary("atan", torch: .same) { try $0.atan() },
    unary("arctan", torch: .same) { try $0.atan() },
    unary("sinh", torch: .same) { try $0.sinh() },
    unary("cosh", torch: .same) { try $0.cosh() },
    unary("asinh", torch: .same) { try $0.asinh() },
    unary("acosh", torch: .same) { try $0.acosh() },
    unary("atanh", torch: .same) { try $0.atanh() },
    unary("erf", torch: .same) { try $0.erf() },
    unary("erfc", torch: .same) { try $0.erfc() },
    unary("sinc", torch: .same) { try $0.sinc() },
    unary("deg2rad", torch: .same) { try $0.deg2rad() },
    unary("rad2deg", torch: .same) { try $0.rad2deg() },
    unary("trace", torch: .same) { try $0.trace() },
    TensorMethod("logit", [.init("eps", default: .none)], torch: .same) { tensor, call, _ in
      value(try tensor.logit(eps: try call.optionalDouble("eps")))
    },
    withTensor("atan2", torch: .same) { try $0.atan2($1) },
    withTensor("arctan2", torch: .same) { try $0.atan2($1) },
    withTensor("hypot", torch: .same) { try $0.hypot($1) },
    withTensor("logaddexp", torch: .same) { try $0.logaddexp($1) },
    withTensor("xlogy", torch: .same) { try $0.xlogy($1) },
    binary("fmod", torch: .same) { try Tensor.fmod($0, $1) },
    TensorMethod("cumprod", [.init("dim"), .init("dtype", default: .none, keywordOnly: true)], torch: .same) {
      tensor, call, _ in
      value(try tensor.cumprod(dim: try call.int("dim"), dtype: try call.dtype("dtype")))
    },
    TensorMethod("logcumsumexp", [.init("dim")], torch: .same) { tensor, call, _ in
      value(try tensor.logcumsumexp(dim: try call.int("dim")))
    },
  ]
}
