import Autograd
import PythonRuntime

/// Issue 12's rounding, classifying and truth-testing methods (each also `torch.<name>(input, …)`):
/// `floor`, `ceil`, `round(decimals=)`, `trunc`, `fix`, `frac`, `isnan`, `isinf`, `isposinf`, `isneginf`,
/// `isfinite`, `nan_to_num`, `all` and `any`.
extension TensorMethods {
  static let rounding: [TensorMethod] = [
    unary("floor", torch: .same) { try $0.floor() },
    unary("ceil", torch: .same) { try $0.ceil() },
    // Only an explicit `decimals` records RoundBackward1, even `decimals=0`, as PyTorch does.
    TensorMethod("round", [.init("decimals", default: .none, keywordOnly: true)], torch: .same) {
      tensor, call, _ in
      value(try tensor.round(decimals: try call.optionalInt("decimals")))
    },
    unary("trunc", torch: .same) { try $0.trunc() },
    unary("fix", torch: .same) { try $0.trunc() },
    unary("frac", torch: .same) { try $0.frac() },
    unary("isnan", torch: .same) { try $0.isnan() },
    unary("isinf", torch: .same) { try $0.isinf() },
    unary("isposinf", torch: .same) { try $0.isposinf() },
    unary("isneginf", torch: .same) { try $0.isneginf() },
    unary("isfinite", torch: .same) { try $0.isfinite() },
    TensorMethod(
      "nan_to_num",
      [.init("nan", default: .float(0)), .init("posinf", default: .none), .init("neginf", default: .none)],
      torch: .same
    ) { tensor, call, _ in
      value(
        try tensor.nanToNum(
          nan: try call.double("nan"), posinf: try call.optionalDouble("posinf"),
          neginf: try call.optionalDouble("neginf")))
    },
    truth("all") { try $0.all(dims: $1, keepdim: $2) },
    truth("any") { try $0.any(dims: $1, keepdim: $2) },
  ]

  /// `all`/`any(dim=None, keepdim=False)`: `dim` one int or a tuple.
  private static func truth(
    _ name: String, _ op: @escaping @Sendable (Tensor, [Int]?, Bool) throws -> Tensor
  ) -> TensorMethod {
    TensorMethod(name, [.init("dim", default: .none), .init("keepdim", default: .bool(false))], torch: .same)
    {
      tensor, call, _ in
      value(try op(tensor, try call.dims("dim"), try call.bool("keepdim")))
    }
  }
}
