import Foundation
import TestSupport
import Workbook
import XCTest

/// `gradbook study` in a real pseudo-terminal, on the English course.
final class StudyTerminalTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-studytty-\(UUID().uuidString)"
  ).path

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Replaces the body of exercise `name`'s fence in the learner's lesson (of `edition`) with `code`.
  private func write(_ code: String, into name: String, of relative: String, edition: String = "en") throws {
    let path = folder + "/study/" + edition + "/" + relative
    let lesson = try LessonParser().parse(
      [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: path))), file: path)
    let index = try XCTUnwrap(lesson.exerciseIndices.first { lesson.exerciseName(at: $0) == name })
    let body = try XCTUnwrap(lesson.cells[index].fence?.bodyByteRange)
    var bytes = lesson.source.bytes
    bytes.replaceSubrange(body, with: Array(code.utf8))
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// How many exercises `lessons/EDITION` holds and what they are worth, counted from the source lessons.
  private func courseSize(_ edition: String) throws -> (exercises: Int, points: Int) {
    let (sources, errors) = SourceLesson.load([RepositoryPaths.root + "/lessons/" + edition])
    XCTAssertEqual(errors, [])
    let points = sources.flatMap { source in
      source.lesson.exerciseIndices.map { source.lesson.cells[$0].points ?? 1 }
    }
    XCTAssertGreaterThan(points.count, 1, "the course has exercises")
    return (points.count, points.reduce(0, +))
  }

  func testTheLoopOpensChecksEachSaveMovesOnAndRestoresTheTerminal() throws {
    let size = try courseSize("en")
    let terminal = try TerminalSession(
      "stty -a > before.txt; NO_COLOR=1 \(TerminalSession.gradbook) study \(RepositoryPaths.root)/lessons/en;"
        + " echo \"status $?\"; stty -a > after.txt; echo ENDED",
      folder: folder, columns: 80, rows: 30)
    try terminal.waitFor("Make your own copy without them in study/en and study that? [Y/n]")
    try terminal.send("Enter")

    // It opens at the first exercise, with its public checks failing on the starter code.
    let opened = try terminal.waitFor("✎ Exercise 1: start a graph", seconds: 120)
    XCTAssertTrue(opened.contains("· not started: change the exercise's code and save"), opened)
    XCTAssertTrue(opened.contains("public checks 0/6 passed"), opened)
    XCTAssertTrue(opened.contains("n next · h hint 0/2 · l list · r reset · q quit"), opened)

    // A wrong answer: each check says what is wrong.
    try write("w = torch.full((3,), 0.5)\nv = w * 4 - 1\nv\n", into: "start-graph", of: "01-requires-grad.md")
    let wrong = try terminal.waitFor("the failing checks") { $0.contains("public checks 4/6 passed") }
    XCTAssertTrue(wrong.contains("w must be created with requires_grad=True"), wrong)

    // The correct answer turns the screen to ✓ within two seconds of the save.
    let saved = Date()
    try write(
      "w = torch.full((3,), 0.5, requires_grad=True)\nv = w * 4 - 1\nv\n", into: "start-graph",
      of: "01-requires-grad.md")
    let passed = try terminal.waitFor("✓ passed", seconds: 2)
    // A figure for the report, not a limit: polling every 250 ms, a lesson re-run, and tmux read every 100 ms.
    print("study: save to ✓ on screen in \(Int(Date().timeIntervalSince(saved) * 1000)) ms")
    XCTAssertTrue(passed.contains("✓ Passed! Press n for the next exercise."), passed)
    XCTAssertTrue(passed.contains("exercises ░░░░░░░░░░░░ 1/\(size.exercises)"), passed)

    // n moves on.
    try terminal.send("n")
    try terminal.waitFor("✎ Exercise 2: who is being tracked?")

    // A runaway loop ends at the step budget, and the loop goes on.
    try write("while True:\n    pass\n", into: "who-is-tracked", of: "01-requires-grad.md")
    try terminal.waitFor("TimeoutError: cell stopped after 10000000 evaluation steps", seconds: 60)
    try terminal.send("h")
    try terminal.waitFor("Hint 1: ")

    // A flood of output ends at the cell's output budget; the screen says so and keeps to its rows.
    try write("for i in range(300000):\n    print(i)\n", into: "who-is-tracked", of: "01-requires-grad.md")
    let flooded = try terminal.waitFor("the output budget") { $0.contains("cell output exceeded 1000000") }
    XCTAssertTrue(flooded.contains("more lines cut"), flooded)
    XCTAssertTrue(flooded.contains("n next · h hint 1/2 · l list · r reset · q quit"), flooded)

    // q leaves the loop; the terminal is as it was, and the totals stay on screen.
    try terminal.send("q")
    let end = try terminal.waitFor("ENDED")
    XCTAssertTrue(end.contains("1 of \(size.exercises) exercises passed · 1 of \(size.points) points."), end)
    XCTAssertTrue(end.contains("status 0"), end)
    let before = try String(contentsOfFile: folder + "/before.txt", encoding: .utf8)
    let after = try String(contentsOfFile: folder + "/after.txt", encoding: .utf8)
    XCTAssertEqual(after, before)
  }

  /// The Korean edition in colour at 80 columns; Ctrl-C leaves and puts the terminal back.
  func testTheKoreanCourseInColourAndCtrlCRestoresTheTerminal() throws {
    let size = try courseSize("ko")
    let terminal = try TerminalSession(
      "stty -a > before.txt; env -u NO_COLOR TERM=xterm-256color \(TerminalSession.gradbook) study"
        + " \(RepositoryPaths.root)/lessons/ko; echo \"status $?\"; stty -a > after.txt; echo ENDED",
      folder: folder, columns: 80, rows: 24)
    try terminal.waitFor("[Y/n]")
    try terminal.send("Enter")
    let opened = try terminal.waitFor("공개 검사 0/6 통과", seconds: 120)
    XCTAssertTrue(opened.contains("✎ 연습 1: 그래프 시작하기"), opened)
    XCTAssertTrue(opened.contains("n 다음 · h 힌트 0/2 · l 목록 · r 되돌리기 · q 끝"), opened)
    let painted = try terminal.screen(escapes: true)
    XCTAssertTrue(painted.contains("\u{1B}["), "without NO_COLOR the screen is in colour:\n\(painted)")

    try write(
      "w = torch.full((3,), 0.5, requires_grad=True)\nv = w * 4 - 1\nv\n", into: "start-graph",
      of: "01-requires-grad.md", edition: "ko")
    try terminal.waitFor("✓ 통과! n을 누르면 다음 연습 문제로 갑니다.", seconds: 2)

    try terminal.send("C-c")
    let end = try terminal.waitFor("ENDED")
    XCTAssertTrue(end.contains("status 0"), end)
    XCTAssertTrue(end.contains("연습 문제 \(size.exercises)개 중 1개 통과"), end)
    let before = try String(contentsOfFile: folder + "/before.txt", encoding: .utf8)
    let after = try String(contentsOfFile: folder + "/after.txt", encoding: .utf8)
    XCTAssertEqual(after, before)
  }

  /// Stopped from outside (SIGTERM, then SIGINT from `kill`), study dies of the signal and the terminal is put back:
  /// out of raw mode, off the alternate screen.
  func testASignalFromOutsideRestoresTheTerminal() throws {
    let study = "env NO_COLOR=1 \(TerminalSession.gradbook) study \(RepositoryPaths.root)/lessons/en"
    let terminal = try TerminalSession(
      "stty -a > before.txt;"
        + " sh -c 'echo $$ > pid-term.txt; exec \(study)'; s=$?; stty -a > after-term.txt; echo \"term status $s\";"
        + " sh -c 'echo $$ > pid-int.txt; exec \(study)'; s=$?; stty -a > after-int.txt; echo \"int status $s\";"
        + " echo ENDED",
      folder: folder, columns: 80, rows: 30)
    try terminal.waitFor("[Y/n]")
    try terminal.send("Enter")
    for (name, signalNumber, status) in [("term", SIGTERM, 128 + 15), ("int", SIGINT, 128 + 2)] {
      try terminal.waitFor("✎ Exercise 1: start a graph", seconds: 120)
      let pidText = try String(contentsOfFile: folder + "/pid-\(name).txt", encoding: .utf8)
      let pid = try XCTUnwrap(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
      XCTAssertEqual(kill(pid, signalNumber), 0)
      let shell = try terminal.waitFor("\(name) status \(status)")
      // The shell's screen, with the first run's question still on it, and not the study screen.
      XCTAssertTrue(shell.contains("study that? [Y/n]"), "back on the shell's screen:\n\(shell)")
      XCTAssertFalse(shell.contains("✎ Exercise"), shell)
      let before = try String(contentsOfFile: folder + "/before.txt", encoding: .utf8)
      let after = try String(contentsOfFile: folder + "/after-\(name).txt", encoding: .utf8)
      XCTAssertEqual(after, before, name)
    }
    try terminal.waitFor("ENDED")
  }

  /// With --manual a save is re-run on Enter only: a key in between redraws the screen with the old verdict.
  func testManualModeReRunsOnEnter() throws {
    let terminal = try TerminalSession(
      "NO_COLOR=1 \(TerminalSession.gradbook) study \(RepositoryPaths.root)/lessons/en --manual; echo ENDED",
      folder: folder, columns: 80, rows: 30)
    try terminal.waitFor("[Y/n]")
    try terminal.send("Enter")
    let opened = try terminal.waitFor("Enter re-runs", seconds: 120)
    XCTAssertTrue(opened.contains("✎ Exercise 1: start a graph"), opened)
    try write(
      "w = torch.full((3,), 0.5, requires_grad=True)\nv = w * 4 - 1\nv\n", into: "start-graph",
      of: "01-requires-grad.md")
    try terminal.send("h")
    let hinted = try terminal.waitFor("Hint 1: ")
    XCTAssertTrue(hinted.contains("· not started: change the exercise's code and save"), hinted)
    try terminal.send("Enter")
    try terminal.waitFor("✓ Passed! Press n for the next exercise.")
    try terminal.send("q")
    try terminal.waitFor("ENDED")
  }
}
