/// Binary arithmetic operators, with their Python spelling.
public enum BinaryOperator: String, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case trueDivide = "/"
  case floorDivide = "//"
  case modulo = "%"
  case power = "**"
  case matrixMultiply = "@"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"
  case leftShift = "<<"
  case rightShift = ">>"
}
