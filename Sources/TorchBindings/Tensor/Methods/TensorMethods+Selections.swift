import Autograd
import PythonRuntime

/// Issue 12's running extrema, order statistics and mask reads, each a method and `torch.<name>(input, …)`:
/// `cummax`, `cummin`, `kthvalue`, `mode`, `masked_select`, `nonzero`, `argwhere`, `count_nonzero` and
/// `isclose`.
extension TensorMethods {
  static let selections: [TensorMethod] = [
    pair("cummax", [.init("dim")]) { tensor, call in try tensor.cummax(dim: try call.int("dim")) },
    pair("cummin", [.init("dim")]) { tensor, call in try tensor.cummin(dim: try call.int("dim")) },
    pair("kthvalue", [.init("k"), .init("dim", default: .int(-1)), .init("keepdim", default: .bool(false))]) {
      tensor, call in
      try tensor.kthvalue(try call.int("k"), dim: try call.int("dim"), keepdim: try call.bool("keepdim"))
    },
    pair("mode", [.init("dim", default: .int(-1)), .init("keepdim", default: .bool(false))]) { tensor, call in
      try tensor.mode(dim: try call.int("dim"), keepdim: try call.bool("keepdim"))
    },
    withTensor("masked_select", "mask", torch: .same) { try $0.maskedSelect($1) },
    unary("nonzero", torch: .same) { try $0.nonzero() },
    unary("argwhere", torch: .same) { try $0.nonzero() },
    TensorMethod("count_nonzero", [.init("dim", default: .none)], torch: .same) { tensor, call, _ in
      value(try tensor.countNonzero(dims: try call.dims("dim") ?? []))
    },
    TensorMethod(
      "isclose",
      [
        .init("other"), .init("rtol", default: .float(1e-5)), .init("atol", default: .float(1e-8)),
        .init("equal_nan", default: .bool(false)),
      ], torch: .same
    ) { tensor, call, _ in
      value(
        try tensor.isclose(
          try call.tensor("other"), rtol: try call.double("rtol"), atol: try call.double("atol"),
          equalNaN: try call.bool("equal_nan")))
    },
  ]

  /// A method returning `torch.return_types.<name>(values=..., indices=...)`.
  private static func pair(
    _ name: String, _ parameters: [Signature.Parameter],
    _ op: @escaping @Sendable (Tensor, TorchCall) throws -> (values: Tensor, indices: Tensor)
  ) -> TensorMethod {
    TensorMethod(name, parameters, torch: .same) { tensor, call, _ in
      let result = try op(tensor, call)
      return .native(
        ReturnTypesObject(
          ReductionResult(
            typeName: "torch.return_types.\(name)", values: result.values, indices: result.indices)))
    }
  }
}
