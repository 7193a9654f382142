import Autograd
import PythonRuntime

/// Python operators on tensors: arithmetic with tensors or Python numbers on either side,
/// in-place forms, comparisons and unary operators.
extension TensorObject {
  func binaryOperation(_ op: BinaryOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    guard let otherOperand = TorchValues.operand(other) else { return nil }
    let me = Operand.tensor(tensor)
    let (left, right) = reflected ? (otherOperand, me) : (me, otherOperand)
    return try TorchBridge.run(context) { () -> Value? in
      let result: Tensor
      switch op {
      case .add: result = try Tensor.add(left, right)
      case .subtract: result = try Tensor.sub(left, right)
      case .multiply: result = try Tensor.mul(left, right)
      case .trueDivide: result = try Tensor.div(left, right)
      case .floorDivide: result = try Tensor.floorDivide(left, right)
      case .modulo: result = try Tensor.remainder(left, right)
      case .power: result = try Tensor.pow(left, right)
      case .matrixMultiply:
        guard case .tensor(let a) = left, case .tensor(let b) = right else { return nil }
        result = try a.matmul(b)
      case .bitAnd: result = try Tensor.bitwise(.and, left, right)
      case .bitOr: result = try Tensor.bitwise(.or, left, right)
      case .bitXor: result = try Tensor.bitwise(.xor, left, right)
      default:
        return nil
      }
      return TensorObject.value(result)
    }
  }

  func inPlaceOperation(_ op: BinaryOperator, other: Value, context: NativeContext) throws -> Value? {
    guard let operand = TorchValues.operand(other) else { return nil }
    return try TorchBridge.run(context) { () -> Value? in
      switch op {
      case .add: try tensor.add_(operand)
      case .subtract: try tensor.sub_(operand)
      case .multiply: try tensor.mul_(operand)
      case .trueDivide: try tensor.div_(operand)
      case .power: try tensor.pow_(operand)
      case .floorDivide: try tensor.floorDivide_(operand)
      case .modulo: try tensor.remainder_(operand)
      case .bitAnd: try tensor.bitwise_(.and, operand)
      case .bitOr: try tensor.bitwise_(.or, operand)
      case .bitXor: try tensor.bitwise_(.xor, operand)
      default: return nil
      }
      return .native(self)
    }
  }

  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    guard let operand = TorchValues.operand(other) else {
      if op == .equal { return .bool(false) }
      if op == .notEqual { return .bool(true) }
      return nil
    }
    return try TorchBridge.run(context) {
      let result: Tensor
      switch op {
      case .equal: result = try tensor.eq(operand)
      case .notEqual: result = try tensor.ne(operand)
      case .less: result = try tensor.lt(operand)
      case .lessEqual: result = try tensor.le(operand)
      case .greater: result = try tensor.gt(operand)
      case .greaterEqual: result = try tensor.ge(operand)
      }
      return TensorObject.value(result)
    }
  }

  func unaryOperation(_ op: UnaryOperator, context: NativeContext) throws -> Value? {
    try TorchBridge.run(context) { () -> Value? in
      switch op {
      case .negate: return TensorObject.value(try tensor.neg())
      case .plus: return .native(self)
      case .absolute: return TensorObject.value(try tensor.abs())
      case .invert:
        guard !tensor.dtype.isFloatingPoint else {
          throw PythonError(
            .typeError,
            "~ (operator.invert) is only implemented on integer and Boolean-type tensors")
        }
        return TensorObject.value(try tensor.bitwiseNot())
      }
    }
  }
}
