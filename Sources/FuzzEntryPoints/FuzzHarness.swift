/// The fuzzed entry points, one per harness: the fuzz executable (`Fuzzing/`) and the regression replay test
/// call these same functions, so a crasher found by the fuzzer replays exactly under `swift test`.
public enum FuzzHarness: String, CaseIterable, Sendable {
  /// A lesson file's bytes through the lesson parser (cmark), then `--update` and a second parse.
  case lesson
  /// Expected and actual text through the output matcher: exact, ellipsis and approx.
  case matcher
  /// A cell's source through the Python lexer and parser, not run.
  case parser
  /// A cell run by the evaluator in a fresh session with small budgets and `torch` importable.
  case cell
  /// Format specs and templates through `format()`, f-strings, `%` and `str.format` on values of each kind.
  case format

  /// Runs one input; throws `FuzzInvariantViolation` when the result is not sane.
  @discardableResult
  public func run(_ bytes: [UInt8]) throws -> FuzzOutcome {
    switch self {
    case .lesson: return try LessonHarness.run(bytes)
    case .matcher: return try MatcherHarness.run(bytes)
    case .parser: return try ParserHarness.run(bytes)
    case .cell: return try CellHarness.run(bytes)
    case .format: return try FormatHarness.run(bytes)
    }
  }

  /// The entry point for libFuzzer: runs `bytes` and traps on a violated invariant so the input is kept.
  public func fuzz(_ bytes: UnsafeRawBufferPointer) {
    do {
      try run(Array(bytes))
    } catch {
      fatalError("fuzz invariant violated: \(error)")
    }
  }
}
