import PythonRuntime

/// Fuzzes the Python lexer and parser: the input is a cell's source, parsed without running.
enum ParserHarness {
  /// The lesson line the fuzzed cell starts on (not 1, so that line arithmetic is exercised).
  static let startLine = 10

  static func run(_ bytes: [UInt8]) throws -> FuzzOutcome {
    let code = String(decoding: bytes, as: UTF8.self)
    guard let error = SyntaxCheck.error(in: code, startLine: startLine) else { return .result }
    try CellHarness.checkError(error, code: code, startLine: startLine, harness: .parser)
    guard ["SyntaxError", "IndentationError", "TabError"].contains(error.typeName) else {
      throw FuzzInvariantViolation(.parser, "parsing raised \(error.typeName): \(error.message)")
    }
    return .positionedError(line: error.line, column: error.column, message: error.text)
  }
}
