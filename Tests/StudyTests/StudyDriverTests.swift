import Foundation
import Reports
import TestSupport
import Workbook
import XCTest

@testable import Study

/// `gradbook list`, `next`, `hint` and `reset` on a course on disk: text, JSON, exit codes, progress kept.
final class StudyDriverTests: XCTestCase {
  private var course: StudyCourseFixture!
  private var output = ""
  private var errors = ""
  private var answers: [Bool] = []
  private var questions: [String] = []

  override func setUpWithError() throws {
    course = try StudyCourseFixture()
  }

  override func tearDownWithError() throws {
    course.remove()
  }

  private func driver(folder: String? = nil) -> StudyDriver {
    output = ""
    errors = ""
    return StudyDriver(
      options: TerminalOptions(width: 80), folder: folder ?? course.root,
      now: { Date(timeIntervalSince1970: 1_800_000_000) },
      confirm: { question in
        self.questions.append(question)
        return self.answers.isEmpty ? false : self.answers.removeFirst()
      },
      write: { self.output += $0 }, writeError: { self.errors += $0 })
  }

  func testListShowsEachLessonsExercisesPointsAndTotals() {
    XCTAssertEqual(driver().list(course: nil, format: .text), 0)
    assertTextEqual(
      output,
      """
      01-first.md · First steps
        ✓ leaf   2/2 points
        ✓ total  1/1 point
      02-second.md · 두 번째
        ✓ 1      1/1 point
      3 of 3 exercises passed · 4 of 4 points

      """)
    XCTAssertEqual(errors, "")
  }

  func testCommandsFindTheCourseFromAFolderInsideItAndFailOutsideOne() throws {
    try FileManager.default.createDirectory(atPath: course.root + "/notes", withIntermediateDirectories: true)
    XCTAssertEqual(driver(folder: course.root + "/notes").list(course: nil, format: .text), 0)
    // From inside, lessons are named by paths the learner can open from where they are.
    XCTAssertTrue(
      output.hasPrefix(URL(fileURLWithPath: course.root).standardizedFileURL.path + "/01-first.md · "), output
    )
    let outside = FileManager.default.temporaryDirectory.path
    XCTAssertEqual(driver(folder: outside).list(course: nil, format: .text), 2)
    XCTAssertEqual(
      errors,
      "error: not inside a course: no .gradbook folder here or above; `gradbook study LESSONS` makes your copy of a "
        + "course and sets it up\n")
    XCTAssertEqual(driver(folder: outside).list(course: course.root, format: .json), 0)
    XCTAssertEqual(driver(folder: outside).list(course: outside, format: .text), 2)
    XCTAssertTrue(errors.contains("not a course (it has no .gradbook folder)"), errors)
  }

  func testHintsComeOneMoreEachTimeAndAreRemembered() throws {
    XCTAssertEqual(driver().hint("leaf", course: nil, format: .text), 0)
    XCTAssertEqual(output, "leaf · hint 1 of 2\nHint 1: requires_grad=True\n")
    XCTAssertEqual(driver().hint("01-first#leaf", course: nil, format: .text), 0)
    XCTAssertEqual(
      output,
      "leaf · hint 2 of 2\nHint 1: requires_grad=True\nHint 2: torch.ones(2, requires_grad=True)\n(that is every hint)\n"
    )
    XCTAssertEqual(driver().hint("leaf", course: nil, format: .json), 0)
    XCTAssertTrue(output.contains("\"shown\" : 2"), output)
    XCTAssertEqual(ProgressStore(root: course.root).load().progress.history("01-first.md#leaf").hintsShown, 2)
    XCTAssertEqual(driver().hint("total", course: nil, format: .text), 1)
    XCTAssertEqual(output, "total has no hints.\n")
    XCTAssertEqual(driver().hint("02-second.md#1", course: nil, format: .text), 1)
    XCTAssertEqual(output, "1에는 힌트가 없습니다.\n")
    XCTAssertEqual(driver().hint("nope", course: nil, format: .text), 2)
    XCTAssertEqual(errors, "error: no exercise `nope` in this course; `gradbook list` shows them all\n")
  }

  func testHintOutsideACourseReadsTheLessonAndRecordsNothing() throws {
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-plain-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    try Data(StudyCourseFixture.first.utf8).write(to: outside.appendingPathComponent("l.md"))
    XCTAssertEqual(driver(folder: outside.path).hint("l.md#leaf", course: nil, format: .text), 0)
    XCTAssertTrue(output.hasPrefix("leaf · hint 2 of 2\n"), output)
    XCTAssertEqual(driver(folder: outside.path).hint("leaf", course: nil, format: .text), 2)
    XCTAssertTrue(errors.contains("name it as FILE#ID"), errors)
    XCTAssertFalse(FileManager.default.fileExists(atPath: outside.path + "/.gradbook"))
  }

  func testNextSaysTheCourseIsFinishedWithExitOne() {
    XCTAssertEqual(driver().next(course: nil, format: .text), 1)
    XCTAssertEqual(output, "All 3 exercises pass (4 points). Well done!\n")
    XCTAssertEqual(driver().next(course: nil, format: .json), 1)
    XCTAssertTrue(output.contains("\"finished\" : true"), output)
  }

  func testResetAsksBacksUpAndPutsOnlyTheExerciseFenceBack() throws {
    XCTAssertEqual(driver().list(course: nil, format: .text), 0)  // gives the lessons their starter copies
    let edited = StudyCourseFixture.first.replacingOccurrences(
      of: "x = ...  # TODO", with: "x = torch.zeros(2)\nx += 1"
    )
    .replacingOccurrences(of: "First steps", with: "First steps (my notes)")
    try course.write("01-first.md", edited)
    answers = [false]
    XCTAssertEqual(driver().reset(.exercise("leaf"), course: nil, format: .text, confirmed: false), 1)
    XCTAssertEqual(errors, "Nothing was changed.\n")
    XCTAssertEqual(try course.read("01-first.md"), edited)
    XCTAssertEqual(
      questions,
      ["Reset 01-first.md#leaf to the starter code? Your code is saved in .gradbook/backups first. [y/N] "])
    answers = [true]
    XCTAssertEqual(driver().reset(.exercise("leaf"), course: nil, format: .text, confirmed: false), 0)
    XCTAssertEqual(
      output,
      "↺ 01-first.md#leaf: starter code restored\nyour code before: .gradbook/backups/20270115T080000Z/01-first.md\n"
    )
    // Only the fence changed: the learner's own note in the title stays.
    XCTAssertEqual(
      try course.read("01-first.md"),
      StudyCourseFixture.first.replacingOccurrences(of: "First steps", with: "First steps (my notes)"))
    XCTAssertEqual(try course.read(".gradbook/backups/20270115T080000Z/01-first.md"), edited)
    // Again: nothing to do, and a second backup folder is not made.
    XCTAssertEqual(driver().reset(.exercise("leaf"), course: nil, format: .json, confirmed: true), 0)
    XCTAssertTrue(output.contains("\"unchanged\" : [\n    \"01-first.md#leaf\"\n  ]"), output)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: course.root + "/.gradbook/backups"),
      ["20270115T080000Z"])
  }

  func testResetOfAWholeLessonThatNoLongerParses() throws {
    XCTAssertEqual(driver().list(course: nil, format: .text), 0)
    let broken = StudyCourseFixture.second.replacingOccurrences(
      of: "연습 문제입니다.", with: "연습 문제입니다.\n\n```output\n1\n```")
    try course.write("02-second.md", broken)
    XCTAssertEqual(driver().list(course: nil, format: .text), 2)
    XCTAssertTrue(errors.contains("02-second.md:"), errors)
    XCTAssertEqual(driver().reset(.exercise("02-second#1"), course: nil, format: .text, confirmed: true), 2)
    XCTAssertEqual(driver().reset(.lesson("02-second.md"), course: nil, format: .text, confirmed: true), 0)
    XCTAssertEqual(try course.read("02-second.md"), StudyCourseFixture.second)
    XCTAssertEqual(try course.read(".gradbook/backups/20270115T080000Z/02-second.md"), broken)
  }

  /// `gradbook reset --all` itself: the question is answered from a pipe (no: exit 1, nothing changed); with --yes
  /// every changed exercise gets its starter code back, both lessons saved first in one backup folder.
  func testResetAllThroughTheBinaryAsksOnceAndBacksUpEveryLesson() throws {
    XCTAssertEqual(driver().list(course: nil, format: .text), 0)
    let first = StudyCourseFixture.first.replacingOccurrences(of: "x = ...  # TODO", with: "x = 1")
    let second = StudyCourseFixture.second.replacingOccurrences(of: "y = ...", with: "y = 2")
    try course.write("01-first.md", first)
    try course.write("02-second.md", second)

    let declined = try GradbookProcess.run(["reset", "--all"], input: "n\n", folder: course.root)
    XCTAssertEqual(declined.status, 1)
    XCTAssertTrue(declined.error.contains("[y/N] "), declined.error)
    XCTAssertEqual(try course.read("01-first.md"), first)
    XCTAssertEqual(try course.read("02-second.md"), second)

    let done = try GradbookProcess.run(["reset", "--all", "--yes", "--format", "json"], folder: course.root)
    XCTAssertEqual(done.status, 0, done.error)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(done.output.utf8)) as? [String: Any])
    XCTAssertEqual(json["reset"] as? [String], ["01-first.md#leaf", "02-second.md#1"])
    XCTAssertEqual(json["unchanged"] as? [String], ["01-first.md#total"])
    let backups = try XCTUnwrap(json["backups"] as? [String])
    XCTAssertEqual(backups.count, 2, "\(backups)")
    XCTAssertEqual(try course.read("01-first.md"), StudyCourseFixture.first)
    XCTAssertEqual(try course.read("02-second.md"), StudyCourseFixture.second)
    for (backup, text) in zip(backups.sorted(), [first, second]) {
      XCTAssertEqual(try course.read(backup), text)
    }
    XCTAssertEqual(Set(backups.map { ($0 as NSString).deletingLastPathComponent }).count, 1, "\(backups)")
  }

  /// study is the terminal's loop; from a pipe it says which commands do the same in a script.
  func testStudyWithoutATerminalPointsToTheScriptableCommands() throws {
    let outcome = try GradbookProcess.run(["study"], folder: course.root)
    XCTAssertEqual(outcome.status, 2)
    XCTAssertEqual(outcome.output, "")
    XCTAssertEqual(
      outcome.error,
      "gradbook study needs a terminal; in scripts, `gradbook list`, `gradbook next` and `gradbook hint` say the "
        + "same things\n")
  }

  func testListAsJSON() throws {
    XCTAssertEqual(driver().hint("leaf", course: nil, format: .text), 0)
    XCTAssertEqual(driver().list(course: nil, format: .json), 0)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    XCTAssertEqual(json["passed"] as? Int, 3)
    XCTAssertEqual(json["maxScore"] as? Double, 4)
    let lessons = try XCTUnwrap(json["lessons"] as? [[String: Any]])
    XCTAssertEqual(lessons.map { $0["file"] as? String }, ["01-first.md", "02-second.md"])
    let leaf = try XCTUnwrap((lessons[0]["exercises"] as? [[String: Any]])?.first)
    XCTAssertEqual(leaf["key"] as? String, "01-first.md#leaf")
    XCTAssertEqual(leaf["heading"] as? String, "Exercise 1: a leaf")
    XCTAssertEqual(leaf["status"] as? String, "passed")
    XCTAssertEqual(leaf["hintsShown"] as? Int, 1)
    XCTAssertEqual(leaf["firstPassed"] as? String, "2027-01-15T08:00:00Z")
  }
}
