import Workbook

/// Fuzzes `OutputMatcher`: input = mode byte, two tolerance bytes, expected text, a zero byte, actual text.
enum MatcherHarness {
  /// Tolerances chosen by a byte: the defaults, zero, loose ones and extremes.
  static let tolerances: [Double] = [
    MatchMode.defaultRelativeTolerance, MatchMode.defaultAbsoluteTolerance, 0, 0.5, 1, 1e-12, 1e300,
    .leastNonzeroMagnitude,
  ]

  static func run(_ bytes: [UInt8]) throws -> FuzzOutcome {
    var input = FuzzInput(bytes)
    let approx = input.byte() & 1 == 1
    let relative = input.pick(tolerances)
    let absolute = input.pick(tolerances)
    let mode: MatchMode = approx ? .approx(relative: relative, absolute: absolute) : .exact
    let expected = String(decoding: input.field(), as: UTF8.self)
    let actual = String(decoding: input.rest(), as: UTF8.self)
    _ = OutputMatcher.matches(expected: expected, actual: actual, mode: mode)
    let violation = { (message: String) in FuzzInvariantViolation(.matcher, message) }
    // Any text matches itself, with or without `...` in it and whatever the tolerance.
    for text in [expected, actual] where !OutputMatcher.matches(expected: text, actual: text, mode: mode) {
      throw violation("text does not match itself under \(mode): \(text.debugDescription)")
    }
    // Without `...` exact matching is equality after normalising trailing whitespace: at least equal scalars,
    // at most canonically equivalent text (issue 8 settles on scalars; either side of that passes here).
    let wanted = OutputMatcher.normalize(expected)
    let got = OutputMatcher.normalize(actual)
    if !approx, !containsScalars(wanted, OutputMatcher.ellipsis) {
      let matched = OutputMatcher.matches(expected: expected, actual: actual)
      if matched ? wanted != got : wanted.unicodeScalars.elementsEqual(got.unicodeScalars) {
        throw violation("exact match without `...` disagrees with equality after normalising")
      }
    }
    // A lone `...` matches every text.
    if !OutputMatcher.matches(expected: OutputMatcher.ellipsis, actual: actual) {
      throw violation("`...` does not match \(actual.debugDescription)")
    }
    // Normalising twice changes nothing more.
    let once = OutputMatcher.normalize(actual)
    if OutputMatcher.normalize(once) != once { throw violation("normalize is not idempotent") }
    return .result
  }

  /// Whether `needle`'s scalars occur in `text`'s, as the matcher looks for `...`. `String.contains` compares
  /// characters, and a combining mark after the last dot makes `...` a different character sequence there.
  static func containsScalars(_ text: String, _ needle: String) -> Bool {
    let haystack = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
    for start in 0...(haystack.count - pattern.count)
    where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
      return true
    }
    return false
  }
}
