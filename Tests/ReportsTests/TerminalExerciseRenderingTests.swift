import PythonRuntime
import TestSupport
import Workbook
import XCTest

@testable import Reports

final class TerminalExerciseRenderingTests: XCTestCase {
  func testExercisesShowStarterCodeAndHintsButNeverTheSolutionOrItsExpectedOutput() throws {
    let report = try ReportFixtures.report(ReportFixtures.exerciseLesson(), ReportFixtures.exerciseScript)
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
