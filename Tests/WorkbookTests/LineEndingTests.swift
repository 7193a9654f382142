import XCTest

@testable import Workbook

/// A lone `\r` ends a line, as CommonMark says: positions from cmark and from `SourceText` must agree, or the fences
/// after it are not found.
final class LineEndingTests: XCTestCase {
  func testALoneCarriageReturnEndsALine() throws {
    let lesson = try TestLessons.parse("# T\n\nsome\rprose\n\n```python\nx\n```\n\n```output\n1\n```\n")
    XCTAssertEqual(lesson.cells.count, 1)
    XCTAssertEqual(lesson.cells.first?.location.line, 6)
    XCTAssertEqual(lesson.cells.first?.expectations.first?.location.line, 10)
    let source = SourceText(bytes: Array("a\rb\r\nc\nd\r".utf8))
    XCTAssertEqual(source.lineCount, 5)
    XCTAssertEqual(
      (1...5).map { String(decoding: source.lineBytes($0), as: UTF8.self) }, ["a", "b", "c", "d", ""])
    XCTAssertEqual((1...4).map { source.lineEnding(ofLine: $0) }, ["\r", "\r\n", "\n", "\r"])
  }

  func testALessonWrittenWithCarriageReturnsOnlyIsUpdatedWithThem() throws {
    let lesson = try TestLessons.parse("# T\r\r```python\rx\r```\r\r```output\rold\r```\r")
    XCTAssertEqual(lesson.cells.first?.expectations.first?.text, "old\n")
    let result = CellEvaluator.evaluate(lesson.cells[0], result: .init(output: "new\n"))
    let report = LessonReport(
      lesson: lesson,
      cells: [
        CellReport(
          cellIndex: 0, cell: lesson.cells[0], status: result.status, result: .init(output: "new\n"),
          mismatches: result.mismatches, duration: 0)
      ], duration: 0)
    XCTAssertEqual(
      String(decoding: ExpectationUpdater.update(report).bytes, as: UTF8.self),
      "# T\r\r```python\rx\r```\r\r```output\rnew\r```\r")
  }
}

/// `py` and `python3` fences are cells like `python` (PyTorch users write them); `ipython` and other spellings of
/// those words are shown as text with a warning, never silently.
final class PythonFenceWordTests: XCTestCase {
  func testPyAndPython3AreCells() throws {
    let lesson = try TestLessons.parse(
      "# T\n\n```py\nx = 1\n```\n\n```output\n1\n```\n\n```python3 id=b\ny\n```\n\n```py exercise\nz\n```\n")
    XCTAssertEqual(lesson.cells.map(\.code), ["x = 1\n", "y\n", "z\n"])
    XCTAssertEqual(lesson.cells.first?.expectations.first?.text, "1\n")
    XCTAssertEqual(lesson.cells[1].id, "b")
    XCTAssertEqual(lesson.cells[2].kind, .exercise)
  }

  func testIPythonAndOtherSpellingsAreWarnings() throws {
    let lesson = try TestLessons.parse(
      "# T\n\n```ipython\n%timeit f()\n```\n\n```PY\nx\n```\n\n```Python3\ny\n```\n")
    XCTAssertEqual(
      lesson.findings.map(\.description),
      [
        "lesson.md:1:1: warning: the lesson has no ```python cells, so nothing in it runs",
        "lesson.md:3:1: warning: `ipython` fence is shown as text and never run; Gradbook runs ```python fences "
          + "(IPython's magics and prompts are not Python)",
        "lesson.md:7:1: warning: `PY` fence is shown as text and never run; did you mean `py`?",
        "lesson.md:11:1: warning: `Python3` fence is shown as text and never run; did you mean `python3`?",
      ])
    XCTAssertTrue(lesson.cells.isEmpty)
  }
}

final class PathJoiningTests: XCTestCase {
  func testJoiningKeepsTheRootAndAddsNoDoubleSlash() {
    XCTAssertEqual(LessonCatalog.join("/", "a.md"), "/a.md")
    XCTAssertEqual(LessonCatalog.join("dir/", "a.md"), "dir/a.md")
    XCTAssertEqual(LessonCatalog.join("dir", "a.md"), "dir/a.md")
  }
}
