import PythonRuntime
import TestSupport
import Workbook
import XCTest

@testable import Reports

final class TerminalRendererTests: XCTestCase {
  private let lessonText = """
    # 텐서 기초

    자동 미분은 *연산*을 기록합니다. See [the docs](https://pytorch.org) and `x.grad`.

    - one
      - nested item
    1. first

    > quoted **text**

    ---

    ```python
    x = 1
    x
    ```

    ```output
    1
    ```

    ```python
    y
    ```

    ```output
    2
    ```

    ```python skip
    z
    ```

    """

  private func render(color: Bool = false, timings: Bool = false) throws -> String {
    let error = CellError(typeName: "NameError", message: "name 'y' is not defined", line: 23, column: 1)
    let report = try ReportFixtures.report(
      lessonText,
      [
        "x = 1\nx\n": CellResult(output: "1\n"),
        "y\n": CellResult(output: "3\n", warnings: ["UserWarning: w"], error: error),
      ])
    return TerminalRenderer(options: TerminalOptions(width: 40, color: color, showsTimings: timings)).render(
      report)
  }

  func testPlainRenderingWrapsProseAndShowsCellsWithVerdicts() throws {
    let expected = """
      lesson.md

      텐서 기초
      ═════════

      자동 미분은 연산을 기록합니다. See the
      docs (https://pytorch.org) and x.grad.

      • one
        • nested item

      1. first

      │ quoted text

      ────────────────────────────────────────

      │ x = 1
      │ x
      1
      ✓ 통과

      ▶ y
      3
      UserWarning: w
      NameError: name 'y' is not defined
      ✗ 예상치 못한 오류 (lesson.md:23:1)
        출력이 다름 (- 기대값, + 실제값):
        - 2
        + 3
        예상치 못한 경고 (셀에 ```warning 블록이 없음):
        + UserWarning: w

      │ z
      – 건너뜀 (실행 안 함)

      ✗ 통과 1, 실패 1, 건너뜀 1  lesson.md

      """
    assertTextEqual(try render(), expected)
  }

  func testNoEscapesWithoutColourAndEscapesWithIt() throws {
    XCTAssertFalse(try render().contains("\u{1B}["))
    let coloured = try render(color: true)
    XCTAssertTrue(coloured.contains("\u{1B}[32m✓ 통과\u{1B}[0m"))
    XCTAssertTrue(coloured.contains("\u{1B}[31m- 2\u{1B}[0m"))
  }

  func testTimingsAppearOnlyWhenAsked() throws {
    XCTAssertFalse(try render().contains("0.013s"))
    let timed = try render(timings: true)
    XCTAssertTrue(timed.contains("✓ 통과 0.013s"))
    XCTAssertTrue(
      timed.contains("통과 1, 실패 1, 건너뜀 1 (0.250s 소요)"), "the file name does not fit, the time does")
  }

  func testColourDecisionHonoursNoColorTerminalAndChoice() {
    XCTAssertTrue(TerminalPalette.shouldColor(choice: .auto, isTerminal: true, environment: [:]))
    XCTAssertFalse(
      TerminalPalette.shouldColor(choice: .auto, isTerminal: true, environment: ["NO_COLOR": "1"]))
    XCTAssertTrue(
      TerminalPalette.shouldColor(choice: .auto, isTerminal: true, environment: ["NO_COLOR": ""]),
      "empty NO_COLOR is unset")
    XCTAssertFalse(TerminalPalette.shouldColor(choice: .auto, isTerminal: false, environment: [:]))
    XCTAssertTrue(
      TerminalPalette.shouldColor(choice: .always, isTerminal: false, environment: ["NO_COLOR": "1"]))
    XCTAssertFalse(TerminalPalette.shouldColor(choice: .never, isTerminal: true, environment: [:]))
    XCTAssertEqual(TerminalPalette(isEnabled: false).paint("x", .red), "x")
  }

  func testWidthComesFromColumns() {
    XCTAssertEqual(TerminalOptions.width(from: ["COLUMNS": "120"]), 120)
    XCTAssertEqual(TerminalOptions.width(from: ["COLUMNS": "abc"]), 80)
    XCTAssertEqual(TerminalOptions.width(from: [:]), 80)
    XCTAssertEqual(TerminalOptions.width(from: ["COLUMNS": "99999999999999999999999"]), 80)
    XCTAssertEqual(TerminalOptions.width(from: [:], terminalColumns: 60), 60, "the terminal's own width")
    XCTAssertEqual(TerminalOptions.width(from: ["COLUMNS": "100"], terminalColumns: 60), 100, "COLUMNS wins")
    XCTAssertEqual(TerminalOptions.width(from: [:], terminalColumns: 3), 80, "a nonsense width is ignored")
    XCTAssertEqual(TerminalOptions(width: 200).proseWidth, TerminalOptions.maximumProseWidth)
    XCTAssertEqual(TerminalOptions(width: 60).proseWidth, 60)
  }

  func testLineDiffMarksRemovedAndAddedLines() {
    XCTAssertEqual(
      LineDiff.diff(expected: "a\nb\nc\n", actual: "a\nc\nd  \n"),
      [.same("a"), .removed("b"), .same("c"), .added("d")])
  }
}
