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
