/// Builds positioned SyntaxError / IndentationError values for the lexer and parser.
enum SyntaxErrorFactory {
  static func make(
    _ message: String, line: Int, column: Int, kind: PythonError.Kind = .syntaxError
  ) -> PythonError {
    var error = PythonError(kind, message)
    error.line = line
    error.column = column
    return error
  }
}
