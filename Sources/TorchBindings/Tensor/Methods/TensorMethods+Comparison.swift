import Autograd
import PythonRuntime

/// Comparisons and selection: `eq`, `lt`, …, `allclose`, `equal`, `maximum`, `minimum`,
/// `logical_not`, `logical_and`, `masked_fill`, `where`.
extension TensorMethods {
  static let comparison: [TensorMethod] = [
    binary("eq", torch: .same) { try $0.eq($1) },
    binary("ne", torch: .same) { try $0.ne($1) },
    binary("lt", torch: .same) { try $0.lt($1) },
    binary("le", torch: .same) { try $0.le($1) },
    binary("gt", torch: .same) { try $0.gt($1) },
    binary("ge", torch: .same) { try $0.ge($1) },
    TensorMethod(
      "allclose",
      [
        "other", .init("rtol", default: .float(1e-5)), .init("atol", default: .float(1e-8)),
        .init("equal_nan", default: .bool(false)),
      ], torch: .same
    ) { tensor, call, _ in
      .bool(
        try tensor.allclose(
          try call.tensor("other"), rtol: try call.double("rtol"), atol: try call.double("atol"),
          equalNaN: try call.bool("equal_nan")))
    },
    TensorMethod("equal", ["other"], torch: .same) { tensor, call, _ in
      .bool(try tensor.equal(try call.tensor("other")))
    },
    withTensor("maximum", torch: .same) { try Tensor.maximum($0, $1) },
    withTensor("minimum", torch: .same) { try Tensor.minimum($0, $1) },
    unary("logical_not", torch: .same) { try $0.logicalNot() },
    withTensor("logical_and", torch: .same) { try $0.logicalAnd($1) },
    TensorMethod("masked_fill", ["mask", "value"], torch: .same) { tensor, call, _ in
      value(try tensor.maskedFill(try call.tensor("mask"), try call.scalar("value")))
    },
    // torch.where(condition, input, other) orders its arguments differently; the torch module declares it.
    TensorMethod("where", ["condition", "other"]) { tensor, call, _ in
      value(try Tensor.whereSelect(try call.tensor("condition"), .tensor(tensor), try call.operand("other")))
    },
  ]
}
