import Interpreter
import TestSupport
import Workbook
import XCTest

@testable import Reports

final class TerminalExerciseRenderingTests: XCTestCase {
  func testExercisesShowStarterCodeAndHintsButNeverTheSolutionOrItsExpectedOutput() throws {
    let text = """
      # E

      ```python exercise id=step points=2
      w = ...
      ```

      ```hint
      Subtract the gradient.
      ```

      ```python solution
      w = 41
      print(w)
      ```

      ```output
      SECRET-42
      ```

      """
    let report = try ReportFixtures.report(text, ["w = 41\nprint(w)\n": CellResult(output: "41\n")])
    let rendered = TerminalRenderer(options: TerminalOptions(width: 60)).render(report)
    let expected = """
      lesson.md

      E
      ═

      ✎ Exercise step (2 points)
      │ w = ...

      Hint 1: Subtract the gradient.

      (solution hidden)
      ✗ failed
        the lesson's reference answer fails here; `gradbook check` shows why

      ✗ 0 passed, 1 failed, 1 skipped  lesson.md

      """
    assertTextEqual(rendered, expected)
    XCTAssertFalse(rendered.contains("SECRET"))
    XCTAssertFalse(rendered.contains("w = 41"))
  }
}
