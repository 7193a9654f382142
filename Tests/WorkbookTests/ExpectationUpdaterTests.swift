import PythonRuntime
import TestSupport
import WorkbookTestSupport
import XCTest

@testable import Workbook

final class ExpectationUpdaterTests: XCTestCase {
  /// Parses `text`, runs it with `script`, and returns the updated file text.
  private func updated(_ text: String, _ script: [String: CellResult]) throws -> String {
    let lesson = try LessonParser().parse(Array(text.utf8), file: "lesson.md")
    let runner = ScriptedRunner(script)
    let report = LessonRunner(makeRunner: { runner }).run(lesson)
    let update = ExpectationUpdater.update(report)
    return String(decoding: update.bytes, as: UTF8.self)
  }

  func testReplacesOnlyFailingBodiesInCRLFTildeKoreanFileWithoutFinalNewline() throws {
    let text =
      "# 한국어 제목\r\n\r\n설명: **텐서**   끝 공백   \r\n\r\n~~~python\r\nprint(1)\r\n~~~\r\n\r\n~~~output\r\n2\r\n~~~\r\n\r\n"
      + "```python\r\nx = 1\r\n```\r\n\r\n````output\r\n하나\r\n````"
    let result = try updated(
      text, ["print(1)\n": CellResult(output: "1\n"), "x = 1\n": CellResult(output: "둘\n셋\n")])
    let expected =
      "# 한국어 제목\r\n\r\n설명: **텐서**   끝 공백   \r\n\r\n~~~python\r\nprint(1)\r\n~~~\r\n\r\n~~~output\r\n1\r\n~~~\r\n\r\n"
      + "```python\r\nx = 1\r\n```\r\n\r\n````output\r\n둘\r\n셋\r\n````"
    assertTextEqual(result, expected)
  }

  func testPassingFencesAreByteForByteUnchanged() throws {
    let text =
      "# T\n\n```python\na\n```\n\n```output approx\n1.00   \n```\n\n```python\nb\n```\n\n```output\n<X object at 0x...>\n```\n"
    let result = try updated(
      text, ["a\n": CellResult(output: "1.00001\n"), "b\n": CellResult(output: "<X object at 0x7f00ff>\n")])
    XCTAssertEqual(Array(result.utf8), Array(text.utf8))
  }

  func testApproxFenceWithinToleranceIsKeptWhileAMissingWarningIsInserted() throws {
    let text = "# T\n\n```python\na\n```\n\n```output approx\n0.3333\n```\n\nafter\n"
    let result = try updated(text, ["a\n": CellResult(output: "0.33333334\n", warnings: ["UserWarning: w"])])
    assertTextEqual(
      result,
      "# T\n\n```python\na\n```\n\n```output approx\n0.3333\n```\n\n```warning\nUserWarning: w\n```\n\nafter\n"
    )
  }

  func testErrorFenceIsRemovedWhenTheCellNoLongerErrors() throws {
    let text =
      "# T\n\n```python\na\n```\n\n```output\nold\n```\n\n```error\nRuntimeError: x\n```\n\nnext paragraph\n"
    let result = try updated(text, ["a\n": CellResult(output: "new\n")])
    assertTextEqual(result, "# T\n\n```python\na\n```\n\n```output\nnew\n```\n\nnext paragraph\n")
  }

  func testRemovingTheLastFenceKeepsAFileWithoutFinalNewlineThatWay() throws {
    let text = "# T\n\n```python\na\n```\n\n```output\n1\n```\n\n```error\nRuntimeError: x\n```"
    let result = try updated(text, ["a\n": CellResult(output: "1\n")])
    assertTextEqual(result, "# T\n\n```python\na\n```\n\n```output\n1\n```")
  }

  func testNewErrorFenceGoesAfterTheCellWhenItHasNoFences() throws {
    let text = "# T\n\n```python\nboom\n```\nText right after.\n"
    let error = CellError(typeName: "ZeroDivisionError", message: "division by zero", line: 4, column: 1)
    let result = try updated(text, ["boom\n": CellResult(error: error)])
    assertTextEqual(
      result,
      "# T\n\n```python\nboom\n```\n\n```error\nZeroDivisionError: division by zero\n```\nText right after.\n"
    )
  }

  func testACellWithNoFencesThatPrintsThenRaisesGetsAllItsFences() throws {
    // Found by the lesson fuzzer: only the error fence was written, so the next check failed on the output.
    let text = "# T\n\n```python\nboom\n```\n"
    let error = CellError(typeName: "ValueError", message: "bad", line: 4, column: 1)
    let result = try updated(
      text, ["boom\n": CellResult(output: "partial\n", warnings: ["UserWarning: w"], error: error)])
    assertTextEqual(
      result,
      "# T\n\n```python\nboom\n```\n\n```output\npartial\n```\n\n```warning\nUserWarning: w\n```\n\n"
        + "```error\nValueError: bad\n```\n")
  }

  func testFencesInsideBlockQuotesAndListsKeepTheirPrefixes() throws {
    let text =
      "# T\n\n> ```python\n> a\n> ```\n>\n> ```output\n> old\n> ```\n\n- item\n\n  ```python\n  b\n  ```\n"
    let result = try updated(
      text,
      [
        "a\n": CellResult(output: "new\n\nend\n"),
        "b\n": CellResult(error: CellError(typeName: "E", message: "m", line: 1, column: 1)),
      ])
    assertTextEqual(
      result,
      "# T\n\n> ```python\n> a\n> ```\n>\n> ```output\n> new\n>\n> end\n> ```\n\n- item\n\n  ```python\n  b\n  ```\n\n  ```error\n  E: m\n  ```\n"
    )
    let reparsed = try LessonParser().parse(Array(result.utf8), file: "lesson.md")
    XCTAssertEqual(reparsed.cells[0].expectations.first?.text, "new\n\nend\n")
    XCTAssertEqual(reparsed.cells[1].expectations.first?.text, "E: m\n")
  }

  func testOutputContainingAFenceGetsALongerNewFence() throws {
    let text = "# T\n\n```python\na\n```\n\n```warning\nUserWarning: w\n```\n"
    let result = try updated(text, ["a\n": CellResult(output: "```\n", warnings: ["UserWarning: w"])])
    assertTextEqual(
      result, "# T\n\n```python\na\n```\n\n```warning\nUserWarning: w\n```\n\n````output\n```\n````\n")
  }
}
