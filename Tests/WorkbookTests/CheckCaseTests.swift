import PythonRuntime
import XCTest

@testable import Workbook

/// Check cells graded one top-level assert at a time, in the real interpreter.
final class CheckCaseTests: XCTestCase {
  /// Runs `text` with the interpreter and a small step budget, so runaway code stops quickly.
  private func run(_ text: String) throws -> LessonReport {
    var limits = Limits()
    limits.steps = 100_000
    let lesson = try TestLessons.parse(text)
    return LessonRunner(makeRunner: { Session(limits: limits, modules: .lesson()) }).run(lesson)
  }

  private func exercise(solution: String, check: String, checkAttributes: String = "") -> String {
    """
    # T

    ```python exercise id=e points=3
    x = ...
    ```

    ```python solution
    \(solution)
    ```

    ```python check\(checkAttributes)
    \(check)
    ```

    """
  }

  func testEachTopLevelAssertIsACaseWithItsOwnMessage() throws {
    let report = try run(
      exercise(
        solution: "x = 2",
        check: """
          assert x > 0, "x must be positive"
          assert x == 3, f"x is {x}, not 3"
          assert x % 2 == 1
          assert x < 10
          """))
    let check = try XCTUnwrap(report.cells.last)
    XCTAssertEqual(check.status, .failed)
    XCTAssertEqual(check.cases.map(\.status), [.pass, .fail, .fail, .pass])
    XCTAssertEqual(check.cases.map(\.line), [12, 13, 14, 15])
    XCTAssertEqual(check.cases[1].message, "x is 2, not 3")
    XCTAssertNil(check.cases[2].message)
    XCTAssertEqual(check.cases[2].explanation(hidden: false), "assertion failed: assert x % 2 == 1")
    XCTAssertEqual(
      check.cases[2].explanation(hidden: true), "assertion failed (the hidden check gives no message)")
    XCTAssertNil(check.cases[3].explanation(hidden: false))
  }

  func testAStatementBeforeAnAssertThatRaisesMakesTheRemainingCasesErrors() throws {
    let report = try run(
      exercise(
        solution: "x = 2",
        check: """
          assert x == 2
          y = x / 0
          assert y == 1, "never reached"
          assert x == 2
          """))
    let cases = try XCTUnwrap(report.cells.last?.cases)
    XCTAssertEqual(cases.map(\.status), [.pass, .error, .error])
    XCTAssertEqual(cases[1].message, "line 13 raised ZeroDivisionError: division by zero")
    XCTAssertEqual(cases[2].message, "not run: line 13 raised ZeroDivisionError: division by zero")
  }

  func testARunawayCaseIsAnErrorNamingTheLimitAndTheNextCaseStillRuns() throws {
    let report = try run(
      exercise(
        solution: "def spin():\n    while True:\n        pass\nx = 2",
        check: """
          assert spin() is None, "spin must return"
          assert x == 2, "x must be 2"
          """))
    let cases = try XCTUnwrap(report.cells.last?.cases)
    XCTAssertEqual(cases.map(\.status), [.error, .pass])
    let message = try XCTUnwrap(cases[0].message)
    XCTAssertTrue(message.hasPrefix("TimeoutError: cell stopped after 100000 evaluation steps"), message)
  }

  func testAnAssertThatRaisesSomethingElseIsAnError() throws {
    let report = try run(exercise(solution: "x = 2", check: "assert undefined_name == 1, 'm'\nassert x == 2"))
    let cases = try XCTUnwrap(report.cells.last?.cases)
    XCTAssertEqual(cases.map(\.status), [.error, .pass])
    XCTAssertEqual(cases[0].message, "NameError: name 'undefined_name' is not defined")
  }

  func testACheckWithoutTopLevelAssertsIsOneCase() throws {
    let passing = try run(exercise(solution: "x = 2", check: "for v in [1, 2]:\n    assert v <= x"))
    XCTAssertEqual(passing.cells.last?.cases.map(\.status), [.pass])
    XCTAssertEqual(passing.cells.last?.status, .passed)
    let failing = try run(exercise(solution: "x = 1", check: "for v in [1, 2]:\n    assert v <= x"))
    XCTAssertEqual(failing.cells.last?.cases.map(\.status), [.fail])
    XCTAssertEqual(failing.cells.last?.cases.first?.message, "assertion failed at line 13")
  }

  func testACheckWithFencesIsOneCaseJudgedByItsFences() throws {
    let text = exercise(solution: "x = 2", check: "assert x == 2\nprint(x)") + "```output\n3\n```\n"
    let report = try run(text)
    let check = try XCTUnwrap(report.cells.last)
    XCTAssertEqual(check.cases.map(\.status), [.fail])
    XCTAssertEqual(check.cases.first?.message, "its output differs from the fence")
    XCTAssertEqual(check.status, .failed)
  }

  func testAnExerciseWhoseCodeRaisesDoesNotRunItsChecks() throws {
    let report = try run(exercise(solution: "x = 1 / 0", check: "assert x == 2, 'a'\nassert x, 'b'"))
    let check = try XCTUnwrap(report.cells.last)
    XCTAssertEqual(check.status, .failed)
    XCTAssertNil(check.result, "the check did not run")
    XCTAssertEqual(check.cases.map(\.status), [.error, .error])
    XCTAssertEqual(
      check.cases.first?.message,
      "not run: the exercise's code raised ZeroDivisionError: division by zero (line 8)")
  }

  func testAnExerciseWithoutASolutionRunsItsOwnCodeAgainstItsTargetAndChecks() throws {
    let text = """
      # T

      ```python exercise id=e
      x = 2
      print(x)
      ```

      ```output
      2
      ```

      ```python check
      assert x == 2, "x must be 2"
      ```

      """
    let report = try run(text)
    XCTAssertEqual(report.cells.map(\.status), [.passed, .passed])
    XCTAssertEqual(report.cells[0].result?.output, "2\n")
  }
}
