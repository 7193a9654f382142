import PythonRuntime
import TestSupport
import Workbook
import XCTest

@testable import Reports

/// How `run` and `check` lay text out in narrow terminals, mark failures and summarise a course.
final class TerminalLayoutTests: XCTestCase {
  private let longCellLesson = """
    # L

    ```python
    total = first_value + second_value + third_value
    ```

    ```output
    6
    ```

    """

  func testLongCodeLinesContinueBehindTheirOwnGutterAndBreakAfterASpace() throws {
    let code = "total = first_value + second_value + third_value\n"
    let report = try ReportFixtures.report(longCellLesson, [code: CellResult(output: "6\n")])
    let rendered = TerminalRenderer(options: TerminalOptions(width: 30)).render(report)
    assertTextEqual(
      rendered,
      """
      lesson.md

      L
      ═

      │ total = first_value +
      ↪ second_value + third_value
      6
      ✓ passed

      ✓ 1 passed, 0 failed

      """)
  }

  func testSplitBreaksInsideAWordOnlyWhenThereIsNoSpaceLateEnough() {
    XCTAssertEqual(TerminalRenderer.split("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    XCTAssertEqual(TerminalRenderer.split("ab cdefghij", width: 6), ["ab cde", "fghij"])
    XCTAssertEqual(
      TerminalRenderer.split("abcd efgh ij", width: 7), ["abcd", "efgh ij"], "the space is dropped")
    XCTAssertEqual(
      TerminalRenderer.split("텐서텐서텐서", width: 5), ["텐서", "텐서", "텐서"], "wide characters count twice")
    XCTAssertEqual(TerminalRenderer.split("short", width: 10), ["short"])
  }

  func testLongWarningsWrapAtSpacesWithAHangingIndentAndShortOnesStayAsTheyAre() throws {
    let lesson =
      "# W\n\n```python\nw\n```\n\n```warning\nUserWarning: short\nUserWarning: one two three four five six\n```\n"
    let warnings = ["UserWarning: short", "UserWarning: one two three four five six"]
    let report = try ReportFixtures.report(lesson, ["w\n": CellResult(warnings: warnings)])
    let rendered = TerminalRenderer(options: TerminalOptions(width: 24)).render(report)
    XCTAssertTrue(
      rendered.contains("│ w\nUserWarning: short\nUserWarning: one two\n  three four five six\n✓ passed\n"),
      rendered)
  }

  func testAnUnexpectedErrorMarksTheLineThatRaisedItAndSaysWhereItIs() throws {
    let lesson = "# E\n\n```python\na = 1\nb = missing\nc = 3\n```\n"
    let error = CellError(typeName: "NameError", message: "name 'missing' is not defined", line: 5, column: 5)
    let report = try ReportFixtures.report(lesson, ["a = 1\nb = missing\nc = 3\n": CellResult(error: error)])
    let rendered = TerminalRenderer(options: TerminalOptions(width: 80)).render(report)
    XCTAssertTrue(
      rendered.contains(
        "│ a = 1\n▶ b = missing\n│ c = 3\nNameError: name 'missing' is not defined\n"
          + "✗ unexpected error at lesson.md:5:5\n"), rendered)
  }

  func testAnExpectedErrorIsNotMarked() throws {
    let lesson = "# E\n\n```python\nboom\n```\n\n```error\nNameError: name 'boom' is not defined\n```\n"
    let error = CellError(typeName: "NameError", message: "name 'boom' is not defined", line: 4, column: 1)
    let report = try ReportFixtures.report(lesson, ["boom\n": CellResult(error: error)])
    let rendered = TerminalRenderer(options: TerminalOptions(width: 80)).render(report)
    XCTAssertTrue(rendered.contains("│ boom\nNameError: name 'boom' is not defined\n✓ passed\n"), rendered)
    XCTAssertFalse(rendered.contains("▶"))
  }

  func testTheCourseSummaryHasOneMarkedRowPerLessonThenTheTotals() throws {
    let passing = try ReportFixtures.report(
      "# P\n\n```python\nx\n```\n\n```output\n1\n```\n", ["x\n": CellResult(output: "1\n")], file: "01-p.md")
    let failing = try ReportFixtures.report(
      "# F\n\n```python\nx\n```\n\n```output\n2\n```\n", ["x\n": CellResult(output: "1\n")],
      file: "lessons/02-failing.md")
    let rejected = LessonError.malformed(
      SourceLocation(file: "03-bad.md", line: 7, column: 1), "a fence needs a cell")
    let report = WorkbookReport(outcomes: [.ran(passing), .ran(failing), .rejected(rejected)], duration: 1.5)
    let summary = TerminalRenderer(options: TerminalOptions(width: 80)).renderSummary(report)
    assertTextEqual(
      summary,
      """
      ────────────────────────────────────────────────────────────
      ✓ 01-p.md                1 passed
      ✗ lessons/02-failing.md  0 passed, 1 failed
      ✗ 03-bad.md              not run: line 7: a fence needs a cell
      ✗ 1 passed, 1 failed, 1 lesson could not be read

      """)
    let narrow = TerminalRenderer(options: TerminalOptions(width: 52, showsTimings: true)).renderSummary(
      report)
    assertTextEqual(
      narrow,
      """
      ────────────────────────────────────────────────────
      ✓ 01-p.md                1 passed             0.250s
      ✗ lessons/02-failing.md  0 passed, 1 failed   0.250s
      ✗ 03-bad.md
          not run: line 7: a fence needs a cell
      ✗ 1 passed, 1 failed, 1 lesson could not be read in 1.500s

      """)
  }

  func testTheFolderEveryLessonSharesIsNamedOnceInTheRule() throws {
    let first = try ReportFixtures.report("# A\n", [:], file: "lessons/en/01-a.md")
    let second = try ReportFixtures.report("# B\n", [:], file: "lessons/en/02-b.md")
    let summary = TerminalRenderer(options: TerminalOptions(width: 40)).renderSummary(
      WorkbookReport(outcomes: [.ran(first), .ran(second)], duration: 0))
    assertTextEqual(
      summary,
      """
      ── lessons/en/ ─────────────────────────
      ✓ 01-a.md  0 passed
      ✓ 02-b.md  0 passed
      ✓ 0 passed, 0 failed

      """)
    XCTAssertEqual(TerminalRenderer.commonFolder(["a/b/c.md", "a/bc.md"]), "a/")
    XCTAssertEqual(TerminalRenderer.commonFolder(["ab.md", "ac.md"]), "")
    XCTAssertEqual(TerminalRenderer.commonFolder(["x/1.md"]), "x/")
  }

  func testColouredDiffUnderlinesOnlyTheCharactersThatDiffer() {
    let palette = TerminalPalette(isEnabled: true)
    let lines = LineDiff.render(expected: "tensor(331.)\n", actual: "tensor(330.)\n", palette: palette)
    XCTAssertEqual(
      lines,
      [
        "\u{1B}[31m- tensor(33\u{1B}[0m\u{1B}[1;4;31m1\u{1B}[0m\u{1B}[31m.)\u{1B}[0m",
        "\u{1B}[32m+ tensor(33\u{1B}[0m\u{1B}[1;4;32m0\u{1B}[0m\u{1B}[32m.)\u{1B}[0m",
      ])
    XCTAssertEqual(
      LineDiff.render(expected: "abc\n", actual: "xyz\n", palette: palette),
      ["\u{1B}[31m- abc\u{1B}[0m", "\u{1B}[32m+ xyz\u{1B}[0m"], "nothing shared: nothing underlined")
    XCTAssertEqual(
      LineDiff.render(
        expected: "tensor(331.)\n", actual: "tensor(330.)\n", palette: TerminalPalette(isEnabled: false)),
      ["- tensor(331.)", "+ tensor(330.)"])
  }

  func testAStyledPhraseIsPaintedAsOneRunNotOneRunPerWord() {
    var text = StyledText("Hint 1: ", [.bold, .yellow])
    text.append("use the power rule", .yellow)
    let lines = TextWrapper.wrap(text, width: 80)
    XCTAssertEqual(lines.count, 1)
    XCTAssertEqual(
      lines[0].painted(TerminalPalette(isEnabled: true)),
      "\u{1B}[1;33mHint 1:\u{1B}[0m\u{1B}[33m use the power rule\u{1B}[0m")
  }

  func testCheckNamesCellsAndErrorsByFileLineAndColumnAndAlignsTimings() throws {
    let lesson = "# C\n\n```python\na = 1\nb = missing\n```\n\n```output\n1\n```\n"
    let error = CellError(typeName: "NameError", message: "name 'missing' is not defined", line: 5, column: 5)
    let report = try ReportFixtures.report(lesson, ["a = 1\nb = missing\n": CellResult(error: error)])
    let rendered = CheckRenderer(options: TerminalOptions(showsTimings: true)).render(report)
    assertTextEqual(
      rendered,
      """
      lesson.md:3:1: cell failed
        expected output, the cell printed nothing (- expected, + actual):
        - 1
        unexpected error at lesson.md:5:5:
        + NameError: name 'missing' is not defined
         0.250s  lesson.md (1 cell)

      """)
  }
}
