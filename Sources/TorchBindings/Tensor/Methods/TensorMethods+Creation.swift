import Autograd
import PythonRuntime

/// New tensors with this one's dtype: `new_zeros`, `new_ones`, `new_empty`, `new_full`, `new_tensor`.
extension TensorMethods {
  /// Keyword-only options of the `new_*` methods.
  private static let options: [Signature.Parameter] = [
    .init("dtype", default: .none, keywordOnly: true), .init("device", default: .none, keywordOnly: true),
    .init("requires_grad", default: .bool(false), keywordOnly: true),
  ]

  static let creation: [TensorMethod] = [
    filled("new_zeros", .int(0)),
    filled("new_ones", .int(1)),
    filled("new_empty", .int(0)),
    TensorMethod("new_full", ["size", "fill_value"] + options) { tensor, call, _ in
      value(
        try Tensor.full(
          try call.intList("size"), try call.scalar("fill_value"),
          dtype: try call.dtype("dtype") ?? tensor.dtype,
          requiresGrad: try call.bool("requires_grad")))
    },
    TensorMethod("new_tensor", ["data"] + options) { tensor, call, _ in
      let dtype = try call.dtype("dtype") ?? tensor.dtype
      return value(
        try Tensor.tensor(
          try TensorDataReader.read(call["data"], dtype: dtype), dtype: dtype,
          requiresGrad: try call.bool("requires_grad")))
    },
  ]

  /// `new_zeros(*size)` and friends: `fill` everywhere (an empty tensor is zeros in Gradbook).
  private static func filled(_ name: String, _ fill: Scalar) -> TensorMethod {
    TensorMethod(name, [.init("size", default: .none)] + options, variadic: "sizes") { tensor, call, _ in
      value(
        try Tensor.full(
          try call.shape(), fill, dtype: try call.dtype("dtype") ?? tensor.dtype,
          requiresGrad: try call.bool("requires_grad")))
    }
  }
}
