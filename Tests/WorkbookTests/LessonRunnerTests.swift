import Foundation
import PythonRuntime
import TestSupport
import WorkbookTestSupport
import XCTest

@testable import Workbook

final class LessonRunnerTests: XCTestCase {
  private let warning = "UserWarning: careful"

  private func run(_ text: String, _ script: [String: CellResult]) throws -> (LessonReport, ScriptedRunner) {
    let runner = ScriptedRunner(script)
    let report = LessonRunner(makeRunner: { runner }).run(try TestLessons.parse(text))
    return (report, runner)
  }

  func testStatusesFollowTheFences() throws {
    let text = """
      # T

      ```python
      ok
      ```

      ```output
      1
      ```

      ```python
      wrong
      ```

      ```output
      1
      ```

      ```python
      silent
      ```

      ```python skip
      skipped
      ```

      ```python
      boom
      ```

      ```python
      expected_boom
      ```

      ```error
      RuntimeError: ...
      ```

      """
    let error = CellError(typeName: "RuntimeError", message: "bad", line: 1, column: 1)
    let (report, runner) = try run(
      text,
      [
        "ok\n": CellResult(output: "1\n"), "wrong\n": CellResult(output: "2\n"), "silent\n": CellResult(),
        "boom\n": CellResult(error: error), "expected_boom\n": CellResult(error: error),
      ])
    XCTAssertEqual(report.cells.map(\.status), [.passed, .failed, .unchecked, .skipped, .error, .passed])
    XCTAssertEqual(runner.calls.map(\.code), ["ok\n", "wrong\n", "silent\n", "boom\n", "expected_boom\n"])
    XCTAssertEqual(runner.calls.map(\.startLine), [4, 12, 20, 28, 32])
    XCTAssertEqual(
      report.cells[1].mismatches,
      [ExpectationMismatch(kind: .output, expected: "1\n", actual: "2\n", hasFence: true)])
    XCTAssertEqual(
      report.cells[4].mismatches,
      [ExpectationMismatch(kind: .error, expected: "", actual: "RuntimeError: bad\n", hasFence: false)])
    XCTAssertEqual(report.totals.succeeded, 3)
    XCTAssertEqual(report.totals.failures, 2)
    XCTAssertEqual(report.totals.skipped, 1)
    XCTAssertNil(report.cells[3].result)
  }

  func testUnexpectedWarningsFailOnlyCellsWithFences() throws {
    let text =
      "# T\n\n```python\na\n```\n\n```python\nb\n```\n\n```output\n1\n```\n\n```python\nc\n```\n\n```warning\nUserWarning: ...\n```\n"
    let (report, _) = try run(
      text,
      [
        "a\n": CellResult(warnings: [warning]), "b\n": CellResult(output: "1\n", warnings: [warning]),
        "c\n": CellResult(warnings: [warning]),
      ])
    XCTAssertEqual(report.cells.map(\.status), [.unchecked, .failed, .passed])
    XCTAssertEqual(report.cells[1].mismatches.map(\.kind), [.warning])
    XCTAssertEqual(report.cells[1].mismatches.first?.hasFence, false)
  }

  func testOutputOnlyCellFailsWhenItUnexpectedlyRaises() throws {
    let text = "# T\n\n```python\na\n```\n\n```output\n1\n```\n"
    let error = CellError(typeName: "NameError", message: "name 'a' is not defined", line: 4, column: 1)
    let (report, _) = try run(text, ["a\n": CellResult(output: "1\n", error: error)])
    XCTAssertEqual(report.cells.map(\.status), [.error])
    XCTAssertEqual(report.cells[0].mismatches.map(\.actual), ["NameError: name 'a' is not defined\n"])
  }

  func testExercisesRunTheSolutionAndChecksNotTheStarterCode() throws {
    let text = """
      # T

      ```python exercise id=e points=2
      starter
      ```

      ```python solution
      solution
      ```

      ```output
      42
      ```

      ```python check
      check
      ```

      """
    let failedAssertion = CellError(typeName: "AssertionError", message: "", line: 16, column: 1)
    let (report, runner) = try run(
      text, ["solution\n": CellResult(output: "42\n"), "check\n": CellResult(error: failedAssertion)])
    XCTAssertEqual(runner.calls.map(\.code), ["solution\n", "check\n"])
    XCTAssertEqual(report.cells.map(\.status), [.skipped, .passed, .failed])
  }

  func testEachLessonGetsAFreshRunnerAndBrokenLessonsDoNotStopOthers() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# A\n\n```python\na\n```\n".utf8).write(to: folder.appendingPathComponent("1.md"))
    try Data("# B\n\n```output\nx\n```\n".utf8).write(to: folder.appendingPathComponent("2.md"))
    try Data("# C\n\n```python\nc\n```\n".utf8).write(to: folder.appendingPathComponent("3.md"))
    var made: [ScriptedRunner] = []
    let report = Workbook(makeRunner: {
      let runner = ScriptedRunner()
      made.append(runner)
      return runner
    }).run(paths: [folder.path])
    XCTAssertEqual(made.count, 2)
    XCTAssertEqual(made.map { $0.calls.map(\.code) }, [["a\n"], ["c\n"]])
    XCTAssertEqual(report.outcomes.count, 3)
    XCTAssertEqual(report.rejected.map(\.location?.line), [3])
    XCTAssertEqual(report.exitCode, 2)
  }

  func testExitCodes() throws {
    let passing = try TestLessons.parse("# T\n\n```python\na\n```\n\n```output\n1\n```\n")
    let runner = ScriptedRunner(["a\n": CellResult(output: "1\n")])
    let good = LessonRunner(makeRunner: { runner }).run(passing)
    XCTAssertEqual(WorkbookReport(outcomes: [.ran(good)], duration: 0).exitCode, 0)
    runner.script["a\n"] = CellResult(output: "2\n")
    let bad = LessonRunner(makeRunner: { runner }).run(passing)
    XCTAssertEqual(WorkbookReport(outcomes: [.ran(bad)], duration: 0).exitCode, 1)
  }

  /// Runs the seed notebook through the real interpreter and the workbook's own session modules.
  func testSeedNotebookRunsThroughTheRealSession() throws {
    let path = try RepositoryPaths.fixture("conformance/01_seed_notebook.md")
    let report = Workbook().run(paths: [path])
    XCTAssertEqual(report.rejected, [])
    for lesson in report.lessonReports {
      for cell in lesson.cells where cell.status.isFailure {
        let details = cell.mismatches.map {
          "\($0.kind.rawValue): expected \($0.expected.debugDescription), got \($0.actual.debugDescription)"
        }
        XCTFail(
          "\(lesson.lesson.file):\(cell.cell.location.line): cell failed\n" + details.joined(separator: "\n"))
      }
    }
    XCTAssertEqual(report.totals.total, 29)
  }
}
