import Study
import XCTest

/// How typed lines become statements: held while open, run when complete, numbered by their first line.
final class ReplInputTests: XCTestCase {
  private func chunks(_ lines: [String], finish: Bool = true) -> [ReplChunk] {
    var input = ReplInput()
    var ready = lines.flatMap { input.add($0) }
    if finish, let last = input.finish() { ready.append(last) }
    return ready
  }

  func testASimpleStatementRunsAtOnce() {
    var input = ReplInput()
    XCTAssertEqual(input.add("x = 1"), [ReplChunk(code: "x = 1\n", firstLine: 1)])
    XCTAssertFalse(input.isContinuing)
  }

  func testBlankLinesBetweenStatementsDoNothingButCount() {
    XCTAssertEqual(
      chunks(["", "x", "  ", "y"]),
      [ReplChunk(code: "x\n", firstLine: 2), ReplChunk(code: "y\n", firstLine: 4)])
  }

  func testOpenBracketsAndStringsHoldLinesEvenThroughBlankOnes() {
    var input = ReplInput()
    XCTAssertEqual(input.add("x = (1,"), [])
    XCTAssertTrue(input.isContinuing)
    XCTAssertEqual(input.add(""), [])
    XCTAssertEqual(input.add("     2)"), [ReplChunk(code: "x = (1,\n\n     2)\n", firstLine: 1)])
    XCTAssertEqual(
      chunks(["s = '''a", "", "b'''"]), [ReplChunk(code: "s = '''a\n\nb'''\n", firstLine: 1)])
    XCTAssertEqual(chunks(["x = 1 + \\", "2"]), [ReplChunk(code: "x = 1 + \\\n2\n", firstLine: 1)])
  }

  func testABlockEndsAtABlankLineWhichIsNotPartOfIt() {
    var input = ReplInput()
    XCTAssertEqual(input.add("for i in range(2):"), [])
    XCTAssertEqual(input.add("    print(i)"), [])
    XCTAssertEqual(input.add("else:"), [])
    XCTAssertEqual(input.add("    print('done')"), [])
    XCTAssertEqual(
      input.add(""),
      [ReplChunk(code: "for i in range(2):\n    print(i)\nelse:\n    print('done')\n", firstLine: 1)])
  }

  func testAOneLineCompoundStatementStillWaitsForTheBlankLine() {
    var input = ReplInput()
    XCTAssertEqual(input.add("if True: x = 1"), [])
    XCTAssertEqual(input.add(""), [ReplChunk(code: "if True: x = 1\n", firstLine: 1)])
  }

  func testAnUnindentedStatementEndsAnOpenBlockFirst() {
    XCTAssertEqual(
      chunks(["def f(t):", "    return t * 2", "y = f(3)", "y"]),
      [
        ReplChunk(code: "def f(t):\n    return t * 2\n", firstLine: 1),
        ReplChunk(code: "y = f(3)\n", firstLine: 3),
        ReplChunk(code: "y\n", firstLine: 4),
      ])
  }

  func testDecoratorsWaitForTheirFunction() {
    XCTAssertEqual(
      chunks(["@dec", "def f():", "    pass", ""]),
      [ReplChunk(code: "@dec\ndef f():\n    pass\n", firstLine: 1)])
  }

  func testAnErrorNoLineCanCureRunsAtOnceToReportIt() {
    var input = ReplInput()
    XCTAssertEqual(input.add("x = )"), [ReplChunk(code: "x = )\n", firstLine: 1)])
    XCTAssertEqual(input.add("if x:"), [])
    XCTAssertEqual(input.add("else:"), [ReplChunk(code: "if x:\nelse:\n", firstLine: 2)])
  }

  func testTheEndOfInputRunsAnUnfinishedBlockAndCancelDropsIt() {
    XCTAssertEqual(
      chunks(["if True:", "    x = 1"]), [ReplChunk(code: "if True:\n    x = 1\n", firstLine: 1)])
    var input = ReplInput()
    _ = input.add("if True:")
    input.cancel()
    XCTAssertFalse(input.isContinuing)
    XCTAssertNil(input.finish())
    XCTAssertEqual(input.add("z"), [ReplChunk(code: "z\n", firstLine: 2)])
  }
}
