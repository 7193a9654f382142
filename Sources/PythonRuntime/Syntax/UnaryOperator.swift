/// Unary operators that native objects may implement.
public enum UnaryOperator: String, Sendable {
  case negate = "-"
  case plus = "+"
  case invert = "~"
  case absolute = "abs"
}
