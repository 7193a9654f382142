import Foundation
import PythonRuntime
import XCTest

@testable import Workbook

/// Grading submissions against a source: matching by id, partial credit, notes that never change a grade.
final class GradingTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-grading-\(UUID().uuidString)")

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  @discardableResult
  private func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Two exercises: `double` (2 points over one public check of two cases and one hidden check) and `name` (worth 1).
  private let source = """
    # Source

    ```python
    base = 3
    ```

    ```python exercise id=double points=2
    d = ...
    ```

    ```python solution
    d = base * 2
    ```

    ```python check
    assert d is not ..., "set d"
    assert d == 6, "d should be twice base"
    ```

    ```python check hidden
    assert d % 2 == 0, "d should be even"
    ```

    ```python exercise id=name
    greeting = ...
    ```

    ```python solution
    greeting = "hi"
    ```

    ```python check
    assert greeting == "hi", "say hi"
    ```

    """

  private func sourcePath() throws -> String { try write("src/lesson.md", source) }

  /// The learner's copy of the source with `double` and `name` bodies replaced.
  private func copy(double: String, name: String, sourceFolder: String) throws -> String {
    let lesson = try LessonCatalog.load(sourceFolder + "/lesson.md").get()
    var text = String(
      decoding: LessonRelease.bytes(of: lesson, source: "lesson.md", keepTargets: true), as: UTF8.self)
    text = text.replacingOccurrences(of: "d = ...\n", with: double + "\n")
    text = text.replacingOccurrences(of: "greeting = ...\n", with: name + "\n")
    return text
  }

  private func grade(_ submissions: [String], jobs: Int = 1) throws -> GradeReport {
    var limits = Limits()
    limits.steps = 200_000
    return Grader(makeRunner: { Session(limits: limits, modules: .lesson()) }, jobs: jobs).grade(
      sourcePaths: [folder.appendingPathComponent("src").path], submissions: submissions)
  }

  func testSolvedHalfSolvedAndStarterSubmissions() throws {
    let src = folder.appendingPathComponent("src").path
    _ = try sourcePath()
    let solved = try write(
      "a/lesson.md", try copy(double: "d = base * 2", name: "greeting = 'hi'", sourceFolder: src))
    let half = try write("b/lesson.md", try copy(double: "d = 7", name: "greeting = 'hi'", sourceFolder: src))
    let starter = try write(
      "c/lesson.md", try copy(double: "d = ...", name: "greeting = ...", sourceFolder: src))
    let report = try grade([solved, half, starter])
    XCTAssertEqual(report.exitCode, 1)
    XCTAssertEqual(report.exercises.map(\.id), ["double", "name"])
    XCTAssertEqual(report.exercises.map(\.maxScore), [2, 1])
    XCTAssertEqual(report.submissions.map(\.score), [3, 1.5, 0])
    XCTAssertEqual(report.submissions.map(\.status), [.pass, .fail, .fail])
    let double = try XCTUnwrap(report.submissions[1].exercises.first)
    XCTAssertEqual(double.tests.map(\.status), [.pass, .fail, .fail])
    XCTAssertEqual(double.tests.map(\.maxScore), [0.5, 0.5, 1])
    XCTAssertEqual(double.tests.map(\.isHidden), [false, false, true])
    XCTAssertEqual(double.tests[2].name, "hidden check (line 21)")
    XCTAssertEqual(double.tests[2].message, "d should be even")
    XCTAssertEqual(report.submissions[0].notes, [])
  }

  func testEditedRemovedAndAddedCellsAreNotesAndChangeNothing() throws {
    let src = folder.appendingPathComponent("src").path
    _ = try sourcePath()
    var text = try copy(double: "d = 7", name: "greeting = 'hi'", sourceFolder: src)
    text = text.replacingOccurrences(of: "assert d == 6, \"d should be twice base\"\n", with: "assert True\n")
    text = text.replacingOccurrences(
      of: "```python check\nassert greeting == \"hi\", \"say hi\"\n```\n", with: "")
    text += "\n```python\nassert True\n```\n\n```python exercise id=double\nd = 6\n```\n"
    let cheat = try write("cheat/lesson.md", text)
    let honest = try write(
      "honest/lesson.md", try copy(double: "d = 7", name: "greeting = 'hi'", sourceFolder: src))
    let report = try grade([cheat, honest])
    XCTAssertEqual(report.submissions[0].errors, [])
    XCTAssertEqual(report.submissions[0].score, report.submissions[1].score)
    XCTAssertEqual(report.submissions[0].exercises, report.submissions[1].exercises)
    XCTAssertEqual(
      report.submissions[0].notes,
      [
        "\(cheat):26: exercise `double` appears again (first at 8); only the first is graded",
        "\(cheat):12: the check differs from the source (\(src)/lesson.md:15); the source's is used",
        "\(cheat): the check at \(src)/lesson.md:32 is missing; it runs from the source anyway",
        "\(cheat):22: a cell that is not in the source; ignored",
      ])
  }

  func testMissingExerciseMissingLessonAndAnotherVersionAreNoted() throws {
    let src = folder.appendingPathComponent("src").path
    _ = try sourcePath()
    _ = try write(
      "src/other.md",
      "# Other\n\n```python exercise id=third\nt = 0\n```\n\n```python solution\nt = 1\n```\n\n```python check\nassert t == 1\n```\n"
    )
    var text = try copy(double: "d = 6", name: "greeting = 'hi'", sourceFolder: src)
    text = text.replacingOccurrences(of: "```python exercise id=name\ngreeting = 'hi'\n```\n", with: "")
    let stamped = text.replacingOccurrences(
      of: SHA256.hex(Array(source.utf8)), with: String(repeating: "0", count: 64))
    let path = try write("s/lesson.md", stamped)
    let report = try grade([folder.appendingPathComponent("s").path])
    let grade = try XCTUnwrap(report.submissions.first)
    XCTAssertEqual(grade.score, 2)
    XCTAssertEqual(grade.maxScore, 4)
    let name = try XCTUnwrap(grade.exercises.first { $0.id == "name" })
    XCTAssertEqual(name.problem, "exercise `name` is missing from the submission")
    XCTAssertTrue(name.isMissing)
    XCTAssertEqual(name.tests.first?.message, "not run: exercise `name` is missing from the submission")
    XCTAssertTrue(
      grade.notes.contains("no copy of other.md in the submission: its exercises score 0"), "\(grade.notes)")
    XCTAssertTrue(
      grade.notes.contains {
        $0.hasPrefix("\(path): released from another version of \(src)/lesson.md (sha256 000000000000…")
      },
      "\(grade.notes)")
  }

  func testAMalformedSubmissionFileIsThatSubmissionsErrorAndOthersAreGraded() throws {
    let src = folder.appendingPathComponent("src").path
    _ = try sourcePath()
    let broken = try write("broken/lesson.md", "# B\n\n```python exercise id=double\nd = 6\n")
    let good = try write(
      "good/lesson.md", try copy(double: "d = 6", name: "greeting = 'hi'", sourceFolder: src))
    let report = try grade([broken, folder.appendingPathComponent("nowhere").path, good])
    XCTAssertEqual(report.submissions.map(\.status), [.error, .error, .pass])
    XCTAssertEqual(report.submissions.map(\.score), [0, 0, 3])
    XCTAssertEqual(
      report.submissions[0].errors,
      [
        "\(broken):3:1: error: unterminated code fence: no closing ``` before the end of its block or the document"
      ])
    XCTAssertEqual(report.submissions[1].notes, [], "nothing could be read, so no lesson-by-lesson notes")
  }

  func testARunawaySubmissionIsReportedAsALimitAndGradingGoesOn() throws {
    let src = folder.appendingPathComponent("src").path
    _ = try sourcePath()
    let spinning = try write(
      "spin/lesson.md", try copy(double: "while True:\n    pass", name: "greeting = 'hi'", sourceFolder: src))
    let report = try grade([spinning])
    let grade = try XCTUnwrap(report.submissions.first)
    XCTAssertEqual(grade.score, 1)
    let double = try XCTUnwrap(grade.exercises.first)
    let problem = try XCTUnwrap(double.problem)
    XCTAssertTrue(
      problem.hasPrefix(
        "the exercise's code raised TimeoutError: cell stopped after 200000 evaluation steps"), problem)
    XCTAssertEqual(double.tests.map(\.status), [.error, .error, .error])
  }

  func testSourceWithoutIdsOrWithRepeatedIdsIsRefused() throws {
    _ = try write(
      "src/a.md", "# A\n\n```python exercise points=2\nx = 0\n```\n\n```python check\nassert x\n```\n")
    let report = try grade([])
    XCTAssertEqual(report.exitCode, 2)
    XCTAssertEqual(report.sourceErrors.count, 1)
    XCTAssertTrue(
      report.sourceErrors[0].description.hasSuffix(
        "a.md:3:1: error: this exercise has points or checks but no `id=`; grading matches a learner's exercises by id (```python exercise id=NAME)"
      ))
  }
}
