import XCTest

@testable import Workbook

/// Matching is linear in the text and compares Unicode scalars, as the interpreter's `==` does.
final class LinearMatchingTests: XCTestCase {
  /// The case: a 400,001-scalar piece between two `...` against a 990,000-scalar output (130 s when the
  /// leftmost search restarted at every position).
  func testALongEllipsisPieceAgainstALongOutput() {
    let expected = "..." + String(repeating: "a", count: 400_000) + "b..."
    let matching = String(repeating: "a", count: 989_999) + "b"
    let missing = String(repeating: "a", count: 990_000)
    XCTAssertTrue(OutputMatcher.matches(expected: expected, actual: matching))
    XCTAssertFalse(OutputMatcher.matches(expected: expected, actual: missing))
    XCTAssertFalse(
      OutputMatcher.matches(expected: expected, actual: String(repeating: "a", count: 399_999) + "b"),
      "one `a` too few before the `b`")
  }

  func testExactMatchingComparesScalarsNotCanonicalEquivalence() {
    XCTAssertFalse(OutputMatcher.matches(expected: "caf\u{E9}\n", actual: "cafe\u{301}\n"))
    XCTAssertFalse(OutputMatcher.matches(expected: "cafe\u{301}\n", actual: "caf\u{E9}\n"))
    XCTAssertTrue(OutputMatcher.matches(expected: "caf\u{E9}\n", actual: "caf\u{E9}\n"))
    XCTAssertFalse(
      OutputMatcher.matches(expected: "\u{212B}\n", actual: "\u{C5}\n"), "ANGSTROM SIGN is not Å")
    XCTAssertFalse(OutputMatcher.matches(expected: "...caf\u{E9}\n", actual: "my cafe\u{301}\n"))
  }

  func testApproxComparesTheTextBetweenNumbersByScalars() {
    let mode = MatchMode.approx(relative: 1e-4, absolute: 1e-6)
    XCTAssertFalse(
      OutputMatcher.matches(expected: "caf\u{E9} 1.0\n", actual: "cafe\u{301} 1.0\n", mode: mode))
    XCTAssertTrue(
      OutputMatcher.matches(expected: "caf\u{E9} 1.0\n", actual: "caf\u{E9} 1.00001\n", mode: mode))
  }

  func testTrailingWhitespaceAndCRLFAreIgnoredAsBefore() {
    XCTAssertTrue(OutputMatcher.matches(expected: "a\r\nb \r\n\r\n", actual: "a\nb"))
    XCTAssertTrue(OutputMatcher.matches(expected: "a...\r\nz\r\n", actual: "a b c\nz \t\n"))
    XCTAssertFalse(OutputMatcher.matches(expected: "a\rb\n", actual: "a\nb\n"), "a lone \\r is text")
  }

  func testAnApproxFenceRejectsANumberTooLargeForADouble() {
    let text = "# T\n\n```python\nx\n```\n\n```output approx\nvalues: 1.5, 9e999\n```\n"
    XCTAssertEqual(
      TestLessons.parseError(text)?.description,
      "lesson.md:8:14: error: `9e999` is too large for a double (the largest is about 1.8e308); "
        + "an `output approx` fence compares numbers as doubles")
    let quoted = "# T\n\n> ```python\n> x\n> ```\n>\n> ```output approx\n> -2e308\n> ```\n"
    XCTAssertEqual(
      TestLessons.parseError(quoted)?.description,
      "lesson.md:8:3: error: `-2e308` is too large for a double (the largest is about 1.8e308); "
        + "an `output approx` fence compares numbers as doubles")
    XCTAssertNoThrow(
      try TestLessons.parse("# T\n\n```python\nx\n```\n\n```output approx\n1.7e308 1e-999 inf\n```\n"),
      "the largest doubles, numbers that round to zero and `inf` are fine")
  }
}
