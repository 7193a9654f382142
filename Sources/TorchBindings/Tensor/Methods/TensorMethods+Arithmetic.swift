import Autograd
import PythonRuntime

/// Binary arithmetic and bitwise operations: `add`, `sub`, `mul`, `div`, `pow`, `floor_divide`,
/// `remainder`, `bitwise_and`, … (`torch.add(input, other)` forwards to `input.add(other)`).
extension TensorMethods {
  static let arithmetic: [TensorMethod] = [
    TensorMethod("add", ["other", .init("alpha", default: .int(1), keywordOnly: true)], torch: .same) {
      tensor, call, _ in
      let alpha = try call.scalar("alpha")
      return value(try tensor.add(try call.operand("other"), alpha: alpha))
    },
    TensorMethod("sub", ["other", .init("alpha", default: .int(1), keywordOnly: true)], torch: .same) {
      tensor, call, _ in
      let alpha = try call.scalar("alpha")
      return value(try tensor.sub(try call.operand("other"), alpha: alpha))
    },
    binary("mul", torch: .same) { try $0.mul($1) },
    binary("div", torch: .same) { try $0.div($1) },
    // torch.pow also takes a number as its base, so it is declared in the torch module instead.
    binary("pow", "exponent") { try $0.pow($1) },
    binary("floor_divide", torch: .same) { try $0.floorDivide($1) },
    binary("remainder", torch: .same) { try $0.remainder($1) },
    binary("bitwise_and", torch: .same) { try Tensor.bitwise(.and, .tensor($0), $1) },
    binary("bitwise_or", torch: .same) { try Tensor.bitwise(.or, .tensor($0), $1) },
    binary("bitwise_xor", torch: .same) { try Tensor.bitwise(.xor, .tensor($0), $1) },
    unary("bitwise_not", torch: .same) { try $0.bitwiseNot() },
  ]
}
