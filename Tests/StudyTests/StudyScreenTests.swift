import Foundation
import PythonRuntime
import Reports
import TestSupport
import Workbook
import WorkbookTestSupport
import XCTest

@testable import Study

/// The study screen's layout: fits its rows and columns, says what it cut, speaks the lessons' language.
final class StudyScreenTests: XCTestCase {
  private var course: StudyCourseFixture!

  override func setUpWithError() throws {
    course = try StudyCourseFixture()
  }

  override func tearDownWithError() throws {
    course.remove()
  }

  /// A session over the fixture course whose cells answer from `script` (keyed by code).
  private func session(_ script: [String: CellResult], start: String? = nil) -> StudySession {
    let runner = ScriptedRunner(script)
    let workspace = CourseWorkspace(
      root: course.root, shownRoot: ".", makeRunner: { runner },
      now: { Date(timeIntervalSince1970: 1_800_000_000) })
    return StudySession(workspace: workspace, start: start)
  }

  private let failingLeaf: [String: CellResult] = [
    "assert x.requires_grad, \"x should require grad\"\n": CellResult(
      error: CellError(typeName: "AssertionError", message: "x should require grad", line: 19, column: 1))
  ]

  func testTheScreenOpensAtTheFirstExerciseThatDoesNotPassWithoutColour() {
    let screen = StudyScreen(columns: 80, rows: 20, palette: TerminalPalette(isEnabled: false))
    let lines = screen.render(session(failingLeaf))
    XCTAssertEqual(lines.count, 20)
    assertTextEqual(
      lines.joined(separator: "\n"),
      """
      gradbook study              exercises ████████░░░░ 2/3   points ██████░░░░░░ 2/4
      ────────────────────────────────────────────────────────────────────────────────
      01-first.md · First steps
      ✎ Exercise 1: a leaf · leaf · 0/2 points · 2 hints
      Edit the ```python exercise fence at 01-first.md:9 and save.

      · not started: change the exercise's code and save
      public checks 0/1 passed
        ✗ assert x.requires_grad
            x should require grad








      ────────────────────────────────────────────────────────────────────────────────
      n next · h hint 0/2 · l list · r reset · q quit                  re-runs on save
      """)
    for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, line) }
  }

  func testASmallScreenCutsTheLongestPartAndSaysSo() throws {
    var script = failingLeaf
    script["x = torch.ones(2, requires_grad=True)\n"] = CellResult(
      output: (1...30).map { "line \($0)\n" }.joined())
    let studying = session(script)
    try course.write(
      "01-first.md", StudyCourseFixture.first.replacingOccurrences(of: "x = ...  # TODO", with: "x = 1"))
    studying.refresh()
    let screen = StudyScreen(columns: 60, rows: 16, palette: TerminalPalette(isEnabled: false))
    let lines = screen.render(studying)
    XCTAssertEqual(lines.count, 16)
    XCTAssertTrue(
      lines.contains("… 28 more lines cut (gradbook check shows all)"), lines.joined(separator: "\n"))
    for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 60, line) }
  }

  func testAKoreanLessonGetsKoreanWords() {
    let script: [String: CellResult] = [
      "assert y == 3\n": CellResult(
        error: CellError(typeName: "AssertionError", message: "", line: 14, column: 1))
    ]
    let lines = StudyScreen(columns: 80, rows: 18, palette: TerminalPalette(isEnabled: false)).render(
      session(script))
    let text = lines.joined(separator: "\n")
    XCTAssertTrue(text.contains("02-second.md · 두 번째"), text)
    XCTAssertTrue(text.contains("✎ 두 번째 · 1 · 0/1점"), text)
    XCTAssertTrue(text.contains("연습 문제입니다."), text)
    XCTAssertTrue(text.contains("공개 검사 0/1 통과"), text)
    XCTAssertTrue(text.contains("n 다음 · h 힌트 · l 목록 · r 되돌리기 · q 끝"), text)
    for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, line) }
  }

  func testColourIsOnlyInEscapesAndTheWidthIgnoresThem() {
    let lines = StudyScreen(columns: 80, rows: 20, palette: TerminalPalette(isEnabled: true)).render(
      session(failingLeaf))
    XCTAssertTrue(lines[0].contains("\u{1B}[32m████████\u{1B}[0m"), lines[0])
    for line in lines {
      let plain = line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
      XCTAssertLessThanOrEqual(DisplayWidth.of(plain), 80, plain)
    }
  }

  func testKeysMapToCommands() {
    XCTAssertEqual(StudyLoop.command(for: .text("n")), .next)
    XCTAssertEqual(StudyLoop.command(for: .text("H")), .hint)
    XCTAssertEqual(StudyLoop.command(for: .text("l")), .list)
    XCTAssertEqual(StudyLoop.command(for: .text("r")), .reset)
    XCTAssertEqual(StudyLoop.command(for: .text("q")), .quit)
    XCTAssertEqual(StudyLoop.command(for: .text("y")), .yes)
    XCTAssertEqual(StudyLoop.command(for: .interrupt), .quit)
    XCTAssertEqual(StudyLoop.command(for: .enter), .rerun)
    XCTAssertEqual(StudyLoop.command(for: .text("z")), .other("z"))
    XCTAssertNil(StudyLoop.command(for: .left))
  }
}

/// A lesson that stops parsing while it is studied (a fence left open mid-edit).
final class BrokenLessonTests: XCTestCase {
  func testTheScreenStaysOnTheExerciseShowsTheErrorAndRCanPutTheLessonBack() throws {
    let course = try StudyCourseFixture()
    defer { course.remove() }
    let runner = ScriptedRunner([
      "assert x.requires_grad, \"x should require grad\"\n": CellResult(
        error: CellError(typeName: "AssertionError", message: "x should require grad", line: 19, column: 1))
    ])
    let workspace = CourseWorkspace(
      root: course.root, shownRoot: ".", makeRunner: { runner },
      now: { Date(timeIntervalSince1970: 1_800_000_000) })
    let session = StudySession(workspace: workspace)
    XCTAssertEqual(session.currentKey, "01-first.md#leaf")
    let broken = StudyCourseFixture.first.replacingOccurrences(
      of: "# First steps\n", with: "# First steps\n\n```output\n1\n```\n")
    try course.write("01-first.md", broken)
    session.refresh()
    XCTAssertEqual(session.currentKey, "01-first.md#leaf")
    let text = StudyScreen(columns: 80, rows: 20, palette: TerminalPalette(isEnabled: false)).render(session)
      .joined(separator: "\n")
    XCTAssertTrue(
      text.contains("01-first.md:3:1: error: `output` fence with no python cell right before it"), text)
    XCTAssertTrue(text.contains("r to put the whole lesson back as it was handed out"), text)
    XCTAssertEqual(session.status.retired, [], "a lesson that does not parse for now retires nothing")
    XCTAssertEqual(session.handle(.reset), .redraw)
    XCTAssertEqual(session.mode, .confirmingReset)
    XCTAssertEqual(session.handle(.yes), .redraw)
    XCTAssertEqual(try course.read("01-first.md"), StudyCourseFixture.first)
    XCTAssertEqual(try course.read(".gradbook/backups/20270115T080000Z/01-first.md"), broken)
    XCTAssertNil(session.brokenLesson)
    XCTAssertEqual(session.message?.text, "your code before: .gradbook/backups/20270115T080000Z/01-first.md")
  }
}
