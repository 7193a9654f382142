/// An argument of a binary operation: a tensor or a Python scalar (which takes part in type promotion
/// as a "wrapped number", below 0-d tensors and dimensioned tensors).
public enum Operand {
  case tensor(Tensor)
  case scalar(Scalar)

  /// A Python float operand.
  public static func float(_ value: Double) -> Operand { .scalar(.float(value)) }
  /// A Python int operand.
  public static func int(_ value: Int64) -> Operand { .scalar(.int(value)) }
  /// A Python bool operand.
  public static func bool(_ value: Bool) -> Operand { .scalar(.bool(value)) }

  /// The tensor operand, if any, as a list (for "does anything require grad" checks).
  var tensors: [Tensor] {
    if case .tensor(let tensor) = self { return [tensor] }
    return []
  }
}
