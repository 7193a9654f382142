import TestSupport
import XCTest

@testable import Workbook

final class LessonParserTests: XCTestCase {
  func testEveryCellAndFenceHasItsLineAndColumnInListsQuotesAndIndentedFences() throws {
    let path = try TestLessons.path("structure.md")
    let lesson = try LessonCatalog.load(path).get()
    XCTAssertEqual(lesson.title, "텐서와 자동 미분 (Tensors)")
    XCTAssertEqual(lesson.findings, [])
    let cells = lesson.cells
    XCTAssertEqual(cells.map(\.location.line), [5, 16, 26, 34, 44, 52, 60])
    XCTAssertEqual(cells.map(\.location.column), [1, 3, 3, 4, 1, 1, 1])
    XCTAssertEqual(cells.map(\.codeStartLine), [6, 17, 27, 35, 45, 53, 61])
    XCTAssertEqual(cells.map(\.kind), [.code, .code, .code, .code, .exercise, .solution, .check])
    XCTAssertEqual(cells.map(\.id), ["first", nil, nil, nil, "ex1", nil, nil])
    XCTAssertEqual(
      cells.map(\.code),
      [
        "x = 1\nx\n", "y = 2\n", "z = 3\n", "w = 4\n", "# 여기에 코드를 쓰세요\n", "answer = 42\n",
        "assert answer == 42\n",
      ])
    XCTAssertEqual(cells.map(\.isSkipped), [false, false, false, true, false, false, false])
    XCTAssertEqual(cells[4].points, 5)
    XCTAssertEqual(cells[4].hints, ["Use torch.ones.\n"])
    XCTAssertEqual(cells[5].exerciseIndex, 4)
    XCTAssertEqual(cells[6].exerciseIndex, 4)

    let fences = cells.flatMap { cell in
      cell.expectations.map { ($0.kind, $0.location.line, $0.location.column, $0.text) }
    }
    XCTAssertEqual(fences.map(\.0), [.output, .output, .warning, .output, .error])
    XCTAssertEqual(fences.map(\.1), [10, 20, 30, 56, 64])
    XCTAssertEqual(fences.map(\.2), [1, 3, 3, 1, 1])
    XCTAssertEqual(fences.map(\.3), ["1\n", "2.0\n", "UserWarning: 주의\n", "...\n", "AssertionError\n"])
    XCTAssertEqual(cells[1].expectations[0].mode, .approx(relative: 1e-3, absolute: 1e-5))
    XCTAssertEqual(cells[0].expectations[0].mode, .exact)
    XCTAssertEqual(cells[2].fence?.character, "~")
    XCTAssertEqual(cells[2].fence?.length, 4)
    XCTAssertEqual(cells[2].fence?.linePrefix, "> ")
    XCTAssertEqual(cells[1].fence?.linePrefix, "  ")
    XCTAssertEqual(cells.map { $0.location.file }, Array(repeating: path, count: 7))
  }

  func testRolesMarkCellsExpectationsAndHintsButNotProseCode() throws {
    let lesson = try LessonCatalog.load(try TestLessons.path("structure.md")).get()
    XCTAssertEqual(lesson.role(ofCodeBlockAt: 5), .cell(index: 0))
    XCTAssertEqual(lesson.role(ofCodeBlockAt: 10), .expectation(cellIndex: 0, expectationIndex: 0))
    XCTAssertEqual(lesson.role(ofCodeBlockAt: 48), .hint(exerciseIndex: 4, hintIndex: 0))
    XCTAssertNil(lesson.role(ofCodeBlockAt: 38), "indented code is prose")
    XCTAssertNil(lesson.role(ofCodeBlockAt: 40), "a sh fence is prose")
    let prose = lesson.prose.map(\.kind)
    XCTAssertEqual(prose.first, .heading)
    XCTAssertTrue(prose.contains(.list))
    XCTAssertTrue(prose.contains(.blockQuote))
  }

  func testTitleIsTheFirstLevelOneHeadingAndFallsBackToTheFileName() throws {
    let lesson = try TestLessons.parse("## not this\n\n# The *real* title\n\n# Later\n")
    XCTAssertEqual(lesson.title, "The real title")
    let untitled = try TestLessons.parse("text\n", file: "dir/03_untitled.md")
    XCTAssertEqual(untitled.title, "03_untitled")
    XCTAssertEqual(
      untitled.findings.map(\.message),
      [
        "the lesson has no level-1 heading (`# Title`); using the file name as its title",
        "the lesson has no ```python cells, so nothing in it runs",
      ])
    XCTAssertEqual(untitled.findings.first?.location.line, 1)
  }

  func testCRLFLessonsParseWithTheSameTextAndPositions() throws {
    let text = "# T\r\n\r\n```python\r\nx = 1\r\n```\r\n\r\n```output\r\n1\r\n```\r\n"
    let lesson = try TestLessons.parse(text)
    XCTAssertEqual(lesson.cells.first?.code, "x = 1\n")
    XCTAssertEqual(lesson.cells.first?.expectations.first?.text, "1\n")
    XCTAssertEqual(lesson.cells.first?.expectations.first?.location.line, 7)
    XCTAssertEqual(lesson.cells.first?.fence?.lineEnding, "\r\n")
  }

  func testExpectationsSeparatedFromTheirCellByProseAreRejected() {
    let error = TestLessons.parseError("# T\n\n```python\nx\n```\n\nsome prose\n\n```output\n1\n```\n")
    XCTAssertEqual(error?.location, SourceLocation(file: "lesson.md", line: 9, column: 1))
  }

  func testExerciseWithoutSolutionIsAFinding() throws {
    let lesson = try TestLessons.parse("# T\n\n```python exercise id=e\npass\n```\n")
    XCTAssertEqual(
      lesson.findings.map(\.description),
      ["lesson.md:3:1: warning: exercise `e` has no `python solution`, so `check` runs its starter code in its place"])
  }

  func testConformanceCorpusParses() throws {
    let folder = try RepositoryPaths.fixture("conformance")
    var cells = 0
    for case .success(let file) in LessonCatalog.lessonFiles(for: [folder]) {
      let lesson = try LessonCatalog.load(file).get()
      cells += lesson.cells.count
      XCTAssertEqual(lesson.findings, [], file)
    }
    XCTAssertEqual(cells, 215)
  }
}
