import Foundation
import TestSupport
import Reports
import Workbook
import XCTest

@testable import Study

/// The learner's loop as a state machine, on a learner's copy of a small course run by the real interpreter.
final class StudySessionTests: XCTestCase {
  private var course: InstructorCourseFixture!
  private var clock = Date(timeIntervalSince1970: 1_800_000_000)

  override func setUpWithError() throws {
    course = try InstructorCourseFixture()
  }

  override func tearDownWithError() throws {
    course.remove()
  }

  private func open() throws -> StudySession {
    let location = try course.makeCopy()
    let workspace = CourseWorkspace(root: location.root, shownRoot: location.shownRoot, now: { self.clock })
    workspace.updateFromSource()
    return StudySession(workspace: workspace)
  }

  func testTheFirstRunMakesACopyWithoutSolutionsOrHiddenChecks() throws {
    _ = try course.makeCopy()
    let copy = try course.readCopy("01-leaf.md")
    XCTAssertFalse(copy.contains("python solution"))
    XCTAssertFalse(copy.contains("is_leaf"), "hidden checks stay with the instructor")
    XCTAssertTrue(copy.contains("```python exercise id=leaf points=2\nimport torch\nx = ...  # TODO\n```"))
    XCTAssertTrue(
      copy.contains("tensor(2., grad_fn=<SumBackward0>)"), "the solution's output stays as the target")
    XCTAssertEqual(
      CourseSource.load(root: course.copy)?.source,
      URL(fileURLWithPath: course.source).standardizedFileURL.path)
    // A second study of the instructor's course opens the copy instead of making another.
    let again = try course.makeCopy()
    XCTAssertEqual(again.root, URL(fileURLWithPath: course.copy).standardizedFileURL.path)
  }

  func testEditPassNext() throws {
    let session = try open()
    XCTAssertEqual(session.currentKey, "01-leaf.md#leaf")
    XCTAssertEqual(session.current?.state, .notStarted)
    XCTAssertEqual(session.current?.checks.map(\.status), [.fail, .error])
    XCTAssertEqual(session.handle(.next), .redraw)
    XCTAssertEqual(session.currentKey, "01-leaf.md#leaf", "n waits for a pass")
    XCTAssertEqual(session.message?.text, "n moves on once this exercise passes (h shows a hint).")

    try course.answer("01-leaf.md", replacing: "x = ...  # TODO", with: "x = torch.ones(2)")
    session.refresh()
    XCTAssertEqual(session.current?.state, .failed)
    XCTAssertEqual(session.current?.checks.map(\.status), [.pass, .fail])
    XCTAssertEqual(session.current?.checks.last?.message, "x should require grad")
    XCTAssertEqual(session.current?.score, 1)

    try course.answer(
      "01-leaf.md", replacing: "x = torch.ones(2)", with: "x = torch.ones(2, requires_grad=True)")
    session.refresh()
    XCTAssertEqual(session.current?.state, .passed)
    XCTAssertEqual(session.current?.score, 2)
    XCTAssertEqual(session.message?.text, "✓ Passed! Press n for the next exercise.")
    XCTAssertEqual(session.handle(.next), .redraw)
    XCTAssertEqual(session.currentKey, "01-leaf.md#total")

    let history = session.workspace.currentProgress().history("01-leaf.md#leaf")
    XCTAssertEqual(history.attempts, 2)
    XCTAssertEqual(history.firstPassed, "2027-01-15T08:00:00Z")
    XCTAssertEqual(session.handle(.quit), .quit)
  }

  /// "Done" is never stored: an exercise that passed and is broken later shows as failing; its first pass is kept.
  func testAPassedExerciseBrokenLaterFailsAgain() throws {
    let session = try open()
    try course.answer(
      "01-leaf.md", replacing: "x = ...  # TODO", with: "x = torch.ones(2, requires_grad=True)")
    session.refresh()
    XCTAssertEqual(session.current?.state, .passed)
    _ = session.handle(.next)
    try course.answer(
      "01-leaf.md", replacing: "x = torch.ones(2, requires_grad=True)", with: "x = torch.ones(2)")
    session.refresh()
    XCTAssertEqual(session.status.exercises.first { $0.key == "01-leaf.md#leaf" }?.state, .failed)
    XCTAssertEqual(session.status.score, 1)
    XCTAssertEqual(
      session.workspace.currentProgress().history("01-leaf.md#leaf").firstPassed, "2027-01-15T08:00:00Z")
  }

  /// A new session goes on at the first exercise that does not pass, or at the one asked for (`--exercise`); an
  /// unknown name is said and the session opens where it would have.
  func testANewSessionResumesWhereTheLearnerStoppedOrAtTheChosenExercise() throws {
    _ = try open()
    try course.answer(
      "01-leaf.md", replacing: "x = ...  # TODO", with: "x = torch.ones(2, requires_grad=True)")
    XCTAssertEqual(try open().currentKey, "01-leaf.md#total")
    let workspace = CourseWorkspace(root: course.copy, shownRoot: ".", now: { self.clock })
    XCTAssertEqual(StudySession(workspace: workspace, start: "three").currentKey, "02-sum.md#three")
    XCTAssertEqual(StudySession(workspace: workspace, start: "01-leaf#leaf").currentKey, "01-leaf.md#leaf")
    let unknown = StudySession(workspace: workspace, start: "nope")
    XCTAssertEqual(unknown.currentKey, "01-leaf.md#total")
    XCTAssertTrue(unknown.message?.text.contains("nope") == true, "\(String(describing: unknown.message))")
  }

  func testTheTargetOutputIsJudgedAndShownAsADiff() throws {
    let session = try open()
    try course.answer(
      "01-leaf.md", replacing: "x = ...  # TODO", with: "x = torch.ones(2, requires_grad=True)")
    try course.answer("01-leaf.md", replacing: "s = ...  # TODO: the sum of x", with: "s = x.sum()")
    session.refresh()
    _ = session.handle(.next)
    let total = try XCTUnwrap(session.current)
    XCTAssertEqual(total.key, "01-leaf.md#total")
    XCTAssertEqual(
      total.state, .failed, "the checks pass, but the cell prints nothing where its target says what")
    XCTAssertEqual(total.checks.map(\.status), [.pass])
    XCTAssertEqual(total.code?.mismatches.first?.expected, "tensor(2., grad_fn=<SumBackward0>)\n")
  }

  func testHintsAreShownOneMoreEachTimeAndCounted() throws {
    let session = try open()
    XCTAssertEqual(session.shownHints, [])
    _ = session.handle(.hint)
    XCTAssertEqual(session.shownHints, ["torch.ones takes requires_grad=True.\n"])
    _ = session.handle(.hint)
    _ = session.handle(.hint)
    XCTAssertEqual(session.shownHints.count, 2)
    XCTAssertEqual(session.message?.text, "(that is every hint)")
    XCTAssertEqual(session.workspace.currentProgress().history("01-leaf.md#leaf").hintsShown, 2)
  }

  func testResetAsksThenRestoresTheStarterAfterABackup() throws {
    let session = try open()
    let before = try course.readCopy("01-leaf.md")
    _ = session.handle(.reset)
    XCTAssertEqual(session.mode, .exercise, "nothing to reset in an untouched exercise")
    try course.answer("01-leaf.md", replacing: "x = ...  # TODO", with: "x = 5")
    session.refresh()
    _ = session.handle(.reset)
    XCTAssertEqual(session.mode, .confirmingReset)
    _ = session.handle(.no)
    XCTAssertEqual(
      try course.readCopy("01-leaf.md"), before.replacingOccurrences(of: "x = ...  # TODO", with: "x = 5"))
    _ = session.handle(.reset)
    _ = session.handle(.yes)
    XCTAssertEqual(try course.readCopy("01-leaf.md"), before)
    XCTAssertEqual(session.current?.state, .notStarted)
    XCTAssertEqual(session.message?.text, "your code before: .gradbook/backups/20270115T080000Z/01-leaf.md")
    XCTAssertTrue(try course.readCopy(".gradbook/backups/20270115T080000Z/01-leaf.md").contains("x = 5\n"))
  }

  func testTheCourseUpdatedUnderTheLearnerKeepsTheirCodeAndSaysWhatChanged() throws {
    var session = try open()
    try course.answer("01-leaf.md", replacing: "x = ...  # TODO", with: "x = torch.ones(2)  # mine")
    try course.answer("02-sum.md", replacing: "t = ...  # TODO: 3", with: "t = 3")
    session.refresh()
    XCTAssertEqual(session.status.exercises.first { $0.key == "02-sum.md#three" }?.state, .passed)
    // The instructor changes the first exercise's starter, drops the second and adds a new lesson.
    var leaf = InstructorCourseFixture.leafLesson.replacingOccurrences(
      of: "x = ...  # TODO", with: "x = ...  # TODO: 2 ones")
    let start = try XCTUnwrap(leaf.range(of: "## Exercise 2: its sum"))
    leaf = String(leaf[..<start.lowerBound])
    try course.writeSource("01-leaf.md", leaf)
    try course.writeSource(
      "03-new.md",
      "# New\n\n```python exercise id=fresh\nf = ...\n```\n\n```python solution\nf = 1\n```\n\n```python check\nassert f == 1\n```\n"
    )
    clock = Date(timeIntervalSince1970: 1_800_000_100)
    session = StudySession(
      workspace: {
        let workspace = CourseWorkspace(root: session.workspace.root, shownRoot: ".", now: { self.clock })
        workspace.updateFromSource()
        return workspace
      }())
    let notice = try XCTUnwrap(session.message?.text)
    XCTAssertTrue(
      notice.contains(
        "01-leaf.md: updated by the course; your code is kept (your file before: .gradbook/backups/20270115T080140Z/01-leaf.md)"
      ), notice)
    XCTAssertTrue(notice.contains("03-new.md: new in the course"), notice)
    let updated = try course.readCopy("01-leaf.md")
    XCTAssertTrue(updated.contains("x = torch.ones(2)  # mine"), "the learner's code stays")
    XCTAssertFalse(updated.contains("its sum"))
    let leafOutcome = try XCTUnwrap(session.status.exercises.first { $0.key == "01-leaf.md#leaf" })
    XCTAssertTrue(leafOutcome.isUpdated, "a changed starter is shown as an updated exercise")
    XCTAssertEqual(
      session.status.retired, ["01-leaf.md#total"], "the dropped exercise's history is kept apart")
    XCTAssertEqual(
      session.status.exercises.map(\.key), ["01-leaf.md#leaf", "02-sum.md#three", "03-new.md#fresh"])
    XCTAssertEqual(session.status.exercises.first { $0.key == "02-sum.md#three" }?.state, .passed)
    // Passing (or resetting) the updated exercise takes the new starter as its own.
    try course.answer(
      "01-leaf.md", replacing: "x = torch.ones(2)  # mine", with: "x = torch.ones(2, requires_grad=True)")
    session.refresh()
    XCTAssertEqual(session.status.exercises.first?.isUpdated, false)
    XCTAssertEqual(
      session.workspace.currentProgress().history("01-leaf.md#leaf").starter,
      StarterFingerprint.of("import torch\nx = ...  # TODO: 2 ones\n"))
  }

  func testACorruptProgressFileIsSetAsideAndStudyGoesOn() throws {
    _ = try open()
    try Data("{\"version\": 1, \"exerc".utf8).write(
      to: URL(fileURLWithPath: course.copy + "/.gradbook/progress.json"))
    let session = try open()
    let message = try XCTUnwrap(session.message?.text)
    XCTAssertTrue(message.contains("progress.json is unusable (it is not valid JSON"), message)
    XCTAssertEqual(session.currentKey, "01-leaf.md#leaf")
    _ = session.handle(.hint)
    XCTAssertEqual(session.workspace.currentProgress().history("01-leaf.md#leaf").hintsShown, 1)
    let aside = try FileManager.default.contentsOfDirectory(atPath: course.copy + "/.gradbook").filter {
      $0.hasPrefix("progress.json.broken-")
    }
    XCTAssertEqual(aside.count, 1)
  }
}

/// The list (`l`) on a screen too short for the whole course.
final class StudyListWindowTests: XCTestCase {
  func testTheListShowsThePartAroundTheOpenExercise() throws {
    let course = try InstructorCourseFixture()
    defer { course.remove() }
    var more = "# More\n"
    for name in ["a", "b", "c"] {
      more +=
        "\n```python exercise id=\(name)\n\(name) = ...\n```\n\n```python solution\n\(name) = 1\n```\n\n"
        + "```python check\nassert \(name) == 1\n```\n"
    }
    try course.writeSource("03-more.md", more)
    let location = try course.makeCopy()
    let session = StudySession(
      workspace: CourseWorkspace(root: location.root, shownRoot: location.shownRoot), start: "02-sum#three")
    _ = session.handle(.list)
    XCTAssertEqual(session.mode, .list)
    let tall = StudyScreen(columns: 80, rows: 16, palette: TerminalPalette(isEnabled: false)).render(session)
    XCTAssertTrue(
      tall.joined(separator: "\n").contains("\n▸ · three  not started\n"), tall.joined(separator: "\n"))
    let short = StudyScreen(columns: 80, rows: 12, palette: TerminalPalette(isEnabled: false)).render(session)
    let text = short.joined(separator: "\n")
    XCTAssertTrue(text.contains("▸ · three  not started"), text)
    XCTAssertTrue(text.contains("more line"), text)
    XCTAssertEqual(short.count, 12)
    _ = session.handle(.other("x"))
    XCTAssertEqual(session.mode, .exercise, "any key leaves the list")
  }
}
