/// Bitwise operators (`&`, `|`, `^`, `~`) on bool and int64 tensors, with PyTorch's promotion and messages.
///
/// Results are never differentiable (integer and bool tensors cannot require grad), so nothing is recorded.
extension Tensor {
  /// The three binary bitwise operations, named as PyTorch's CPU kernels are.
  public enum BitwiseOperation: String, Sendable {
    case and = "bitwise_and"
    case or = "bitwise_or"
    case xor = "bitwise_xor"

    func apply(_ x: Int64, _ y: Int64) -> Int64 {
      switch self {
      case .and: return x & y
      case .or: return x | y
      case .xor: return x ^ y
      }
    }
  }

  /// `a & b`, `a | b`, `a ^ b` (`torch.bitwise_and` …) for tensors or Python scalars on either side.
  public static func bitwise(_ operation: BitwiseOperation, _ a: Operand, _ b: Operand) throws -> Tensor {
    let (left, right, shape, dtype) = try binarySetup(a, b)
    if dtype.isFloatingPoint {
      throw AutogradError(
        .notImplementedError,
        "\"\(operation.rawValue)_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    return try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in operation.apply(x, y) }
  }

  /// `~t` / `t.bitwise_not()`: logical not for bool, two's-complement not for int64.
  public func bitwiseNot() throws -> Tensor {
    if dtype.isFloatingPoint {
      throw AutogradError(
        .notImplementedError, "\"bitwise_not_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    if dtype == .bool { return try mapIntegers(dtype: .bool) { $0 == 0 ? 1 : 0 } }
    return try mapIntegers(dtype: dtype) { ~$0 }
  }

  /// `t &= other`, `t |= other`, `t ^= other` (`bitwise_and_` …).
  @discardableResult
  public func bitwise_(_ operation: BitwiseOperation, _ other: Operand) throws -> Tensor {
    try inPlace(operands: other.tensors) { try Tensor.bitwise(operation, .tensor($0), other) }
  }
}
