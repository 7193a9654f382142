/// Rich comparison operators (`in`, `is` are handled by the evaluator).
public enum ComparisonOperator: String, Sendable {
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case equal = "=="
  case notEqual = "!="

  /// The operator Python tries on the right operand when the left declines (`a < b` → `b > a`).
  public var reflected: ComparisonOperator {
    switch self {
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    case .equal: return .equal
    case .notEqual: return .notEqual
    }
  }
}
