/// The fuzzed entry points, one per harness: the fuzz executable (`Fuzzing/`) and the regression replay test
/// call these same functions, so a crasher found by the fuzzer replays exactly under `swift test`.
public enum FuzzHarness: String, CaseIterable, Sendable {
  /// A lesson file's bytes through the lesson parser (cmark), then `--update` and a second parse.
  case lesson
  /// Expected and actual text through the output matcher: exact, ellipsis and approx.
  case matcher

  /// Runs one input; throws `FuzzInvariantViolation` when the result is not sane.
  @discardableResult
  public func run(_ bytes: [UInt8]) throws -> FuzzOutcome {
    switch self {
    case .lesson: return try LessonHarness.run(bytes)
    case .matcher: return try MatcherHarness.run(bytes)
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
