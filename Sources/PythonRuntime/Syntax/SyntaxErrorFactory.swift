/// Builds positioned SyntaxError / IndentationError values for the lexer and parser.
enum SyntaxErrorFactory {
  static func make(_ message: String, line: Int, column: Int, type: String = "SyntaxError") -> PythonError {
    var error = PythonError(type: type, message: message)
    error.line = line
    error.column = column
    return error
  }
}
