import Autograd
import PythonRuntime

/// In-place operations (the trailing `_`): `zero_`, `fill_`, `copy_`, `add_`, `mul_`, `clamp_`,
/// `uniform_`, `normal_`, …
extension TensorMethods {
  static let inPlace: [TensorMethod] = [
    unary("zero_") { try $0.zero_() },
    TensorMethod("fill_", ["value"]) { tensor, call, _ in value(try tensor.fill_(try call.scalar("value"))) },
    TensorMethod("copy_", ["src", .init("non_blocking", default: .bool(false))]) { tensor, call, _ in
      value(try tensor.copy_(try call.operand("src")))
    },
    TensorMethod("add_", ["other", .init("alpha", default: .int(1), keywordOnly: true)]) { tensor, call, _ in
      let alpha = try call.scalar("alpha")
      return value(try tensor.add_(try call.operand("other"), alpha: alpha))
    },
    TensorMethod("sub_", ["other", .init("alpha", default: .int(1), keywordOnly: true)]) { tensor, call, _ in
      let alpha = try call.scalar("alpha")
      return value(try tensor.sub_(try call.operand("other"), alpha: alpha))
    },
    binary("mul_") { try $0.mul_($1) },
    binary("div_") { try $0.div_($1) },
    binary("pow_", "exponent") { try $0.pow_($1) },
    binary("floor_divide_") { try $0.floorDivide_($1) },
    binary("remainder_") { try $0.remainder_($1) },
    clamping("clamp_"),
    clamping("clip_"),
    TensorMethod(
      "uniform_",
      [.init("from", default: .int(0)), .init("to", default: .int(1)), TorchModule.generatorOption]
    ) { tensor, call, _ in
      let generator = try GeneratorObject.argument(call)
      return value(
        try tensor.uniform_(low: try call.double("from"), high: try call.double("to"), generator: generator))
    },
    TensorMethod(
      "normal_",
      [.init("mean", default: .int(0)), .init("std", default: .int(1)), TorchModule.generatorOption]
    ) { tensor, call, _ in
      let generator = try GeneratorObject.argument(call)
      return value(
        try tensor.normal_(mean: try call.double("mean"), std: try call.double("std"), generator: generator))
    },
    binary("bitwise_and_") { try $0.bitwise_(.and, $1) },
    binary("bitwise_or_") { try $0.bitwise_(.or, $1) },
    binary("bitwise_xor_") { try $0.bitwise_(.xor, $1) },
    unary("bitwise_not_") { tensor in try tensor.inPlace(operands: []) { try $0.bitwiseNot() } },
  ]

  /// `clamp_`/`clip_(min=None, max=None)`.
  private static func clamping(_ name: String) -> TensorMethod {
    TensorMethod(name, [.init("min", default: .none), .init("max", default: .none)]) { tensor, call, _ in
      value(try tensor.clamp_(min: try call.optionalScalar("min"), max: try call.optionalScalar("max")))
    }
  }
}
