import XCTest

@testable import Workbook

final class OutputMatcherTests: XCTestCase {
  func testExactMatchingIgnoresTrailingWhitespaceAndTrailingBlankLinesOnly() {
    XCTAssertTrue(OutputMatcher.matches(expected: "a\nb\n", actual: "a  \nb\t\n\n\n"))
    XCTAssertTrue(OutputMatcher.matches(expected: "a\r\nb\r\n", actual: "a\nb"))
    XCTAssertFalse(OutputMatcher.matches(expected: "a\nb\n", actual: " a\nb\n"), "leading whitespace counts")
    XCTAssertFalse(OutputMatcher.matches(expected: "a\n\nb\n", actual: "a\nb\n"), "inner blank lines count")
    XCTAssertFalse(OutputMatcher.matches(expected: "a b\n", actual: "a  b\n"), "inner spaces count")
    XCTAssertFalse(OutputMatcher.matches(expected: "1\n", actual: ""))
    XCTAssertTrue(OutputMatcher.matches(expected: "", actual: "\n  \n"))
  }

  func testACarriageReturnBeforeALineEndIsTrailingWhitespace() {
    // Found by the matcher fuzzer: `\r\r\n` normalised to `\r\n` the first time and to nothing the second.
    XCTAssertEqual(OutputMatcher.normalize("\r\r\n"), "")
    XCTAssertEqual(OutputMatcher.normalize("a\r\r\nb \r\n"), "a\nb")
    XCTAssertTrue(OutputMatcher.matches(expected: "a\n", actual: "a\r\r\n"))
    XCTAssertFalse(
      OutputMatcher.matches(expected: "ab\n", actual: "a\rb\n"), "a carriage return inside a line counts")
  }

  func testEllipsisMatchesAnyTextIncludingAddressesAndLines() {
    XCTAssertTrue(
      OutputMatcher.matches(
        expected: "<AddBackward0 object at 0x...> <SubBackward0 object at 0x...>\n",
        actual: "<AddBackward0 object at 0x7f3a2c1b2d90> <SubBackward0 object at 0x7f3a2c1b2e50>\n"))
    XCTAssertFalse(
      OutputMatcher.matches(
        expected: "<AddBackward0 object at 0x...>\n", actual: "<MulBackward0 object at 0x7f3a2c1b2d90>\n"))
    XCTAssertTrue(
      OutputMatcher.matches(expected: "start\n...\nend\n", actual: "start\nline 1\nline 2\nend\n"),
      "multi-line")
    XCTAssertTrue(OutputMatcher.matches(expected: "start\n...\nend\n", actual: "start\n\nend\n"))
    XCTAssertFalse(OutputMatcher.matches(expected: "start\n...\nend\n", actual: "start\nline\nend!\n"))
    XCTAssertTrue(OutputMatcher.matches(expected: "...\n", actual: "anything at all\n"))
    XCTAssertTrue(OutputMatcher.matches(expected: "...\n", actual: ""))
    XCTAssertTrue(OutputMatcher.matches(expected: "a...b...c", actual: "a1b2c"))
    XCTAssertFalse(OutputMatcher.matches(expected: "a...b...c", actual: "a1c2b"), "pieces in order")
    XCTAssertFalse(
      OutputMatcher.matches(expected: "ab...ba", actual: "aba"), "prefix and suffix may not overlap")
    XCTAssertTrue(
      OutputMatcher.matches(
        expected: "tensor([1., 1., 1.,  ..., 1., 1., 1.])\n",
        actual: "tensor([1., 1., 1.,  ..., 1., 1., 1.])\n"),
      "a literal ... in PyTorch's summarised prints still matches")
  }

  func testApproxComparesNumbersWithinDefaultTolerances() {
    let mode = MatchMode.approx(
      relative: MatchMode.defaultRelativeTolerance, absolute: MatchMode.defaultAbsoluteTolerance)
    XCTAssertTrue(
      OutputMatcher.matches(
        expected: "tensor([1.0000, 2.0000])\n", actual: "tensor([1.00005, 1.99985])\n", mode: mode))
    XCTAssertFalse(
      OutputMatcher.matches(
        expected: "tensor([1.0000, 2.0000])\n", actual: "tensor([1.0002, 2.0000])\n", mode: mode))
    XCTAssertTrue(
      OutputMatcher.matches(expected: "0.0\n", actual: "0.0000005\n", mode: mode), "absolute 1e-6 near zero")
    XCTAssertFalse(OutputMatcher.matches(expected: "0.0\n", actual: "0.000002\n", mode: mode))
    XCTAssertTrue(
      OutputMatcher.matches(expected: "1e3 -2.5E-2\n", actual: "1000.05 -0.0250001\n", mode: mode))
    XCTAssertFalse(OutputMatcher.matches(expected: "-1.0\n", actual: "1.0\n", mode: mode), "the sign counts")
    XCTAssertTrue(OutputMatcher.matches(expected: "nan inf\n", actual: "nan inf\n", mode: mode))
  }

  func testApproxUsesGivenTolerances() {
    let loose = MatchMode.approx(relative: 1e-2, absolute: 0)
    XCTAssertTrue(OutputMatcher.matches(expected: "100\n", actual: "100.9\n", mode: loose))
    XCTAssertFalse(OutputMatcher.matches(expected: "100\n", actual: "101.1\n", mode: loose))
    let absolute = MatchMode.approx(relative: 0, absolute: 0.5)
    XCTAssertTrue(OutputMatcher.matches(expected: "3\n", actual: "3.4\n", mode: absolute))
    XCTAssertFalse(OutputMatcher.matches(expected: "3\n", actual: "3.6\n", mode: absolute))
  }

  func testApproxComparesTextBetweenNumbersExactly() {
    let mode = MatchMode.approx(relative: 1e-4, absolute: 1e-6)
    XCTAssertFalse(OutputMatcher.matches(expected: "loss 1.0\n", actual: "lost 1.0\n", mode: mode))
    XCTAssertFalse(
      OutputMatcher.matches(expected: "tensor([1.0, 2.0])\n", actual: "tensor([1.0, 2.0, 3.0])\n", mode: mode)
    )
    XCTAssertFalse(
      OutputMatcher.matches(expected: "x1 = 2.0\n", actual: "x2 = 2.0\n", mode: mode),
      "digits glued to names are text")
    XCTAssertFalse(
      OutputMatcher.matches(
        expected: "tensor(2., grad_fn=<MulBackward0>)\n", actual: "tensor(2., grad_fn=<AddBackward0>)\n",
        mode: mode))
    XCTAssertTrue(
      OutputMatcher.matches(expected: "a-1\n", actual: "a-1.00001\n", mode: mode),
      "a minus after a word is text")
  }

  func testNumberTokenizerSeparatesNumbersFromText() {
    XCTAssertEqual(
      NumberTokenizer.tokens("tensor([-1.5e-3, 2.])"),
      [.text("tensor(["), .number(-1.5e-3, "-1.5e-3"), .text(", "), .number(2, "2."), .text("])")])
    XCTAssertEqual(NumberTokenizer.tokens("x2"), [.text("x2")])
  }
}
