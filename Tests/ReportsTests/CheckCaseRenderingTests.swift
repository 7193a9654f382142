import PythonRuntime
import TestSupport
import Workbook
import XCTest

@testable import Reports

/// How check cases show in `check`, `run`, HTML and JSON: each case with ✓/✗ and why, hidden code never.
final class CheckCaseRenderingTests: XCTestCase {
  private let lesson = """
    # C

    ```python exercise id=e points=2
    x = 1
    ```

    ```python check
    assert x > 0
    assert x == 2, "x should be 2: add one"
    assert x % 2 == 0
    ```

    ```python check hidden
    secret_marker_7781 = x * 3
    assert secret_marker_7781 == 6, "three times x should be 6"
    assert secret_marker_7781 > 100
    ```

    """

  private func report() throws -> LessonReport {
    let failed = { (message: String, line: Int) in
      CellResult(error: CellError(typeName: "AssertionError", message: message, line: line, column: 1))
    }
    return try ReportFixtures.report(
      lesson,
      [
        "assert x == 2, \"x should be 2: add one\"\n": failed("x should be 2: add one", 9),
        "assert x % 2 == 0\n": failed("", 10),
        "assert secret_marker_7781 == 6, \"three times x should be 6\"\n": failed(
          "three times x should be 6", 15),
        "assert secret_marker_7781 > 100\n": failed("", 16),
      ])
  }

  func testCheckListsEachFailedCaseWithItsMessage() throws {
    let rendered = CheckRenderer(options: TerminalOptions()).render(try report())
    let expected = """
      lesson.md:7:1: check failed (2 of 3 cases)
        ✗ line 9: assert x == 2 (failed)
          x should be 2: add one
        ✗ line 10: assert x % 2 == 0 (failed)
          assertion failed: assert x % 2 == 0
      lesson.md:13:1: check failed (2 of 2 cases)
        ✗ line 15: hidden check (line 15) (failed)
          three times x should be 6
        ✗ line 16: hidden check (line 16) (failed)
          assertion failed (the hidden check gives no message)

      """
    assertTextEqual(rendered, expected)
  }

  func testRunShowsEveryCaseAndTheLearnersOutput() throws {
    let rendered = TerminalRenderer(options: TerminalOptions(width: 80)).render(try report())
    XCTAssertTrue(
      rendered.contains(
        """
        (checks hidden)
        ✓ assert x > 0
        ✗ assert x == 2
          x should be 2: add one
        ✗ assert x % 2 == 0
          assertion failed: assert x % 2 == 0
        ✗ failed
        """), rendered)
    XCTAssertTrue(rendered.contains("✗ hidden check (line 16)\n"), rendered)
  }

  func testHiddenCheckCodeNeverShows() throws {
    let report = try report()
    let outputs = [
      CheckRenderer(options: TerminalOptions()).render(report),
      TerminalRenderer(options: TerminalOptions()).render(report),
      HTMLReport(audience: .feedback).render(WorkbookReport(outcomes: [.ran(report)], duration: 0)),
      HTMLReport(audience: .learner).render(WorkbookReport(outcomes: [.ran(report)], duration: 0)),
      JSONReport(WorkbookReport(outcomes: [.ran(report)], duration: 0), command: "check", version: "t")
        .encoded(),
    ]
    for output in outputs {
      XCTAssertFalse(output.contains("secret_marker_7781"), output)
    }
    XCTAssertTrue(
      outputs[2].contains(
        "<li class=\"case failed\"><span class=\"mark\">✗</span> <code>hidden check (line 15)</code>"),
      "feedback names a hidden check's cases: \(outputs[2])")
    XCTAssertFalse(outputs[3].contains("hidden check"), "a learner's page has no hidden check at all")
  }
}
