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

  /// Replaces the body of exercise `name`'s fence in the learner's lesson with `code`.
  private func write(_ code: String, into name: String, of relative: String) throws {
    let path = folder + "/study/en/" + relative
    let lesson = try LessonParser().parse(
      [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: path))), file: path)
    let index = try XCTUnwrap(lesson.exerciseIndices.first { lesson.exerciseName(at: $0) == name })
    let body = try XCTUnwrap(lesson.cells[index].fence?.bodyByteRange)
    var bytes = lesson.source.bytes
    bytes.replaceSubrange(body, with: Array(code.utf8))
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  func testTheLoopOpensChecksEachSaveMovesOnAndRestoresTheTerminal() throws {
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
    try write(
      "w = torch.full((3,), 0.5, requires_grad=True)\nv = w * 4 - 1\nv\n", into: "start-graph",
      of: "01-requires-grad.md")
    let passed = try terminal.waitFor("✓ passed", seconds: 2)
    XCTAssertTrue(passed.contains("✓ Passed! Press n for the next exercise."), passed)
    XCTAssertTrue(passed.contains("exercises ░░░░░░░░░░░░ 1/17"), passed)

    // n moves on.
    try terminal.send("n")
    try terminal.waitFor("✎ Exercise 2: who is being tracked?")

    // A runaway loop ends at the step budget, and the loop goes on.
    try write("while True:\n    pass\n", into: "who-is-tracked", of: "01-requires-grad.md")
    try terminal.waitFor("TimeoutError: cell stopped after 10000000 evaluation steps", seconds: 60)
    try terminal.send("h")
    try terminal.waitFor("Hint 1: ")

    // q leaves the loop; the terminal is as it was, and the totals stay on screen.
    try terminal.send("q")
    let end = try terminal.waitFor("ENDED")
    XCTAssertTrue(end.contains("1 of 17 exercises passed · 1 of 29 points."), end)
    XCTAssertTrue(end.contains("status 0"), end)
    let before = try String(contentsOfFile: folder + "/before.txt", encoding: .utf8)
    let after = try String(contentsOfFile: folder + "/after.txt", encoding: .utf8)
    XCTAssertEqual(after, before)
  }
}
