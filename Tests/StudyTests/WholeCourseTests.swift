import Foundation
import Reports
import TestSupport
import Workbook
import XCTest

@testable import Study

/// A learner works through the real course: each solution pasted into its exercise, in order, until nothing is left.
final class WholeCourseTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-whole-\(UUID().uuidString)"
  ).path

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Copies `lessons/NAME` as `gradbook study` does; returns the copy's root and the source lessons.
  private func copy(_ edition: String) throws -> (root: String, sources: [SourceLesson]) {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let source = RepositoryPaths.root + "/lessons/" + edition
    var said = ""
    let launcher = StudyLauncher(
      folder: folder, ask: { _ in "" }, write: { said += $0 }, writeError: { said += $0 })
    let location = try XCTUnwrap(launcher.locate(source), said)
    let (sources, errors) = SourceLesson.load([source])
    XCTAssertEqual(errors, [])
    return (location.root, sources)
  }

  /// Pastes the solution of exercise `name` of `source` into the learner's lesson in place of its starter code.
  private func paste(_ name: String, from source: Lesson, into path: String) throws {
    let learner = try LessonParser().parse(
      [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: path))), file: path)
    let exercise = try XCTUnwrap(source.exerciseIndices.first { source.exerciseName(at: $0) == name })
    let solution = try XCTUnwrap(source.cells.first { $0.kind == .solution && $0.exerciseIndex == exercise })
    let solutionBody = try XCTUnwrap(solution.fence?.bodyByteRange)
    let target = try XCTUnwrap(learner.exerciseIndices.first { learner.exerciseName(at: $0) == name })
    let body = try XCTUnwrap(learner.cells[target].fence?.bodyByteRange)
    var bytes = learner.source.bytes
    bytes.replaceSubrange(body, with: source.source.bytes[solutionBody])
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  func testEverySolutionPastedInTurnFinishesTheEnglishCourseWithFullPoints() throws {
    let (root, sources) = try copy("en")
    let workspace = CourseWorkspace(root: root, shownRoot: root)
    let session = StudySession(workspace: workspace)
    let keys = session.status.exercises.map(\.key)
    let count = sources.map { $0.lesson.exerciseIndices.count }.reduce(0, +)
    XCTAssertGreaterThan(count, 1, "the course has exercises")
    XCTAssertEqual(keys.count, count, "every exercise of the source lessons is in the study session")
    XCTAssertTrue(
      session.status.exercises.allSatisfy { $0.state == .notStarted }, "released starters do not pass")
    XCTAssertEqual(session.status.score, 0)
    var visited: [String] = []
    while let current = session.current {
      visited.append(current.key)
      let relative = Progress.lessonPath(of: current.key)
      let source = try XCTUnwrap(sources.first { $0.relativePath == relative }).lesson
      let name = String(current.key.split(separator: "#").last ?? "")
      try paste(name, from: source, into: root + "/" + relative)
      session.refresh()
      XCTAssertEqual(session.current?.state, .passed, "\(current.key): \(session.current?.checks ?? [])")
      _ = session.handle(.next)
    }
    XCTAssertEqual(visited, keys, "the loop visits every exercise once, in order")
    let expected = sources.flatMap { source in
      source.lesson.exerciseIndices.map { Double(source.lesson.cells[$0].points ?? 1) }
    }.reduce(0, +)
    var output = ""
    let driver = StudyDriver(
      options: TerminalOptions(width: 80), folder: root, confirm: { _ in false }, write: { output += $0 },
      writeError: { output += $0 })
    XCTAssertEqual(driver.list(course: nil, format: .text), 0)
    XCTAssertTrue(
      output.hasSuffix(
        "\(count) of \(count) exercises passed · \(Points.text(expected)) of \(Points.text(expected)) points\n"),
      output)
    XCTAssertFalse(output.contains("✗"), output)
    XCTAssertEqual(driver.next(course: nil, format: .text), 1)

    // The binary, from inside the copy, says the same as JSON.
    let listed = try GradbookProcess.run(["list", "--format", "json"], folder: root)
    XCTAssertEqual(listed.status, 0, listed.error)
    let json = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any], listed.output)
    XCTAssertEqual(json["passed"] as? Int, count)
    XCTAssertEqual(json["total"] as? Int, count)
    XCTAssertEqual(json["score"] as? Double, expected)
    XCTAssertEqual(json["maxScore"] as? Double, expected)
    let statuses = (json["lessons"] as? [[String: Any]] ?? []).flatMap {
      ($0["exercises"] as? [[String: Any]] ?? []).map { $0["status"] as? String ?? "" }
    }
    XCTAssertEqual(statuses, Array(repeating: "passed", count: count))
  }

  func testTheKoreanCourseSolvedSpeaksKorean() throws {
    let (root, sources) = try copy("ko")
    for source in sources {
      for index in source.lesson.exerciseIndices {
        try paste(
          source.lesson.exerciseName(at: index), from: source.lesson, into: root + "/" + source.relativePath)
      }
    }
    var output = ""
    let driver = StudyDriver(
      options: TerminalOptions(width: 80), folder: root, confirm: { _ in false }, write: { output += $0 },
      writeError: { output += $0 })
    XCTAssertEqual(driver.list(course: nil, format: .text), 0)
    let count = sources.map { $0.lesson.exerciseIndices.count }.reduce(0, +)
    XCTAssertGreaterThan(count, 1, "the course has exercises")
    XCTAssertTrue(output.contains("연습 문제 \(count)개 중 \(count)개 통과"), output)
  }
}
