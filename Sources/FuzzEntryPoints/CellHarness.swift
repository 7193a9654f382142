import PythonRuntime
import Workbook

/// Fuzzes the evaluator: the input is one cell, run in a fresh session with small budgets and `torch` importable.
enum CellHarness {
  /// The lesson line the fuzzed cell starts on.
  static let startLine = 10

  /// Budgets small enough that every input ends quickly, large enough for real programs to get somewhere.
  static let limits: Limits = {
    var limits = Limits()
    limits.steps = 20_000
    limits.recursionDepth = 40
    limits.outputCharacters = 2_000
    limits.tensorElements = 4_096
    limits.containerElements = 4_096
    return limits
  }()

  static func run(_ bytes: [UInt8]) throws -> FuzzOutcome {
    let code = String(decoding: bytes, as: UTF8.self)
    let result = Session(limits: limits, modules: .lesson()).run(code, startLine: startLine)
    return try check(result, code: code, startLine: startLine, harness: .cell)
  }

  /// The invariants of any cell's result: output within budget, a sane error, and syntax errors exactly those
  /// `SyntaxCheck` finds without running.
  static func check(_ result: CellResult, code: String, startLine: Int, harness: FuzzHarness) throws
    -> FuzzOutcome
  {
    if result.output.unicodeScalars.count > limits.outputCharacters {
      throw FuzzInvariantViolation(harness, "output of \(result.output.unicodeScalars.count) characters")
    }
    let syntaxError = SyntaxCheck.error(in: code, startLine: startLine)
    guard let error = result.error else {
      if let syntaxError {
        throw FuzzInvariantViolation(harness, "ran although SyntaxCheck reports \(syntaxError.text)")
      }
      return .result
    }
    try checkError(error, code: code, startLine: startLine, harness: harness)
    if let syntaxError, syntaxError != error {
      throw FuzzInvariantViolation(
        harness, "the cell raised \(error.text) but SyntaxCheck reports \(syntaxError.text)")
    }
    // SystemError is how the evaluator reports a Swift error that escaped: never a learner's doing.
    if error.typeName == "SystemError" {
      throw FuzzInvariantViolation(harness, "an internal error escaped: \(error.message)")
    }
    return .positionedError(line: error.line, column: error.column, message: error.text)
  }

  /// An error names a type and points into the cell: from its first line to one past its last, and no further
  /// right than one past the end of its longest line.
  static func checkError(_ error: CellError, code: String, startLine: Int, harness: FuzzHarness) throws {
    let lines = code.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let widest = lines.map(\.count).max() ?? 0
    guard !error.typeName.isEmpty, error.line >= startLine, error.line <= startLine + lines.count,
      error.column >= 1, error.column <= widest + 2
    else {
      throw FuzzInvariantViolation(
        harness, "\(error.text) at an impossible position \(error.line):\(error.column)")
    }
  }
}
