/// The names of the dunder methods that implement each operator.
enum SpecialMethods {
  static func binary(_ op: BinaryOperator) -> String { "__\(stem(op))__" }
  static func reflected(_ op: BinaryOperator) -> String { "__r\(stem(op))__" }
  static func inPlace(_ op: BinaryOperator) -> String { "__i\(stem(op))__" }

  private static func stem(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "add"
    case .subtract: return "sub"
    case .multiply: return "mul"
    case .matrixMultiply: return "matmul"
    case .trueDivide: return "truediv"
    case .floorDivide: return "floordiv"
    case .modulo: return "mod"
    case .power: return "pow"
    case .leftShift: return "lshift"
    case .rightShift: return "rshift"
    case .bitAnd: return "and"
    case .bitOr: return "or"
    case .bitXor: return "xor"
    }
  }

  static func comparison(_ op: ComparisonOperator) -> String {
    switch op {
    case .less: return "__lt__"
    case .lessEqual: return "__le__"
    case .greater: return "__gt__"
    case .greaterEqual: return "__ge__"
    case .equal: return "__eq__"
    case .notEqual: return "__ne__"
    }
  }

  static func unary(_ op: UnaryOperator) -> String {
    switch op {
    case .negate: return "__neg__"
    case .plus: return "__pos__"
    case .invert: return "__invert__"
    case .absolute: return "__abs__"
    }
  }
}
