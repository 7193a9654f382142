import PythonRuntime
import TestSupport
import Workbook
import XCTest

@testable import Reports

final class TerminalExerciseRenderingTests: XCTestCase {
  func testExercisesShowStarterCodeAndFoldedHintsButNeverTheSolutionOrItsExpectedOutput() throws {
    let report = try ReportFixtures.report(ReportFixtures.exerciseLesson(), ReportFixtures.exerciseScript)
    let rendered = TerminalRenderer(options: TerminalOptions(width: 60)).render(report)
    let expected = """
      lesson.md

      E
      ═

      ✎ Exercise step (2 points)
      │ w = ...

      1 hint: gradbook hint lesson.md#step

      (solution hidden)
      ✗ failed
        the lesson's reference answer fails here; `gradbook check` shows why

      ✗ 0 passed, 1 failed, 1 skipped  lesson.md

      """
    assertTextEqual(rendered, expected)
    XCTAssertFalse(rendered.contains("SECRET"))
    XCTAssertFalse(rendered.contains("w = 41"))
    XCTAssertFalse(rendered.contains("Subtract the gradient"), "hints stay folded until asked for")
  }

  func testHintsAreCountedOnceWhereTheFirstStandsAndNamedByPositionWithoutAnId() throws {
    let lesson = """
      # H

      ```python exercise
      a = ...
      ```

      ```hint
      First.
      ```

      ```hint
      Second.
      ```

      ```python exercise id=b
      b = ...
      ```

      ```hint
      Only.
      ```

      """
    let report = try ReportFixtures.report(lesson, [:])
    let rendered = TerminalRenderer(options: TerminalOptions(width: 60)).render(report)
    XCTAssertTrue(
      rendered.contains("│ a = ...\n\n2 hints: gradbook hint lesson.md#1\n\n✎ Exercise b"), rendered)
    XCTAssertTrue(rendered.contains("│ b = ...\n\n1 hint: gradbook hint lesson.md#b\n"), rendered)
    for hint in ["First.", "Second.", "Only."] { XCTAssertFalse(rendered.contains(hint)) }
  }
}
