import Foundation
import TestSupport
import Workbook
import XCTest

@testable import Reports

/// `gradbook report` end to end on the real course: the same bytes every time, feedback from a grade file, and grade
/// files that cannot be used refused with a reason.
final class ReportCommandTests: XCTestCase {
  private func report(
    _ paths: [String], audience: ReportAudience = .learner, grades: String? = nil, submission: String? = nil,
    sources: [String] = [], graphviz: Graphviz? = nil
  ) -> (code: Int32, page: String, errors: String) {
    var page = ""
    var errors = ""
    let code = ReportDriver(write: { page += $0 }, writeError: { errors += $0 }).report(
      paths: paths, output: nil, audience: audience, gradesFile: grades, submission: submission,
      sources: sources,
      graphviz: graphviz)
    return (code, page, errors)
  }

  /// Node ids follow creation order and nothing depends on time or addresses: two reports of both editions, with
  /// and without Graphviz, are byte for byte the same.
  func testTheSameCourseGivesTheSameBytes() throws {
    let course = [RepositoryPaths.root + "/lessons/en", RepositoryPaths.root + "/lessons/ko"]
    let first = report(course, audience: .instructor)
    let second = report(course, audience: .instructor)
    XCTAssertEqual(first.code, 0, first.errors)
    XCTAssertTrue(first.page == second.page, "two reports without Graphviz differ")
    XCTAssertEqual(first.page.components(separatedBy: "<figure class=\"graph\">").count - 1, 12)
    XCTAssertTrue(
      first.page.contains(HTMLEscaping.escape(Phrasebook().graphvizMissing)), "says how to get pictures")
    guard let graphviz = Graphviz.fromPath() else { return }
    let drawn = report(course, audience: .instructor, graphviz: graphviz)
    let again = report(course, audience: .instructor, graphviz: graphviz)
    XCTAssertEqual(drawn.page.components(separatedBy: "<div class=\"graph-picture\"").count - 1, 12)
    XCTAssertTrue(drawn.page == again.page, "two reports with Graphviz differ")
  }

  /// A feedback page from `grade --format json`: each exercise's score and cases, hidden checks named by line,
  /// never their code, and the total in the header.
  func testFeedbackShowsTheGradeFilesScoresAndNamesHiddenChecksOnly() throws {
    let course = try CourseFixture()
    defer { course.remove() }
    let exercises = try course.exercises()
    let first = try XCTUnwrap(exercises.first)
    let copy = try course.submission("half", bodies: [first.id: first.solution])
    let gradesFile = course.folder.appendingPathComponent("grades.json").path
    var errors = ""
    _ = GradingDriver(write: { _ in }, writeError: { errors += $0 }).grade(
      sources: [course.source], submissions: [copy], format: .json, outputFile: gradesFile, jobs: 1)
    let grades = try JSONDecoder().decode(
      GradeJSONReport.self, from: Data(contentsOf: URL(fileURLWithPath: gradesFile)))
    let gradedCopy = try XCTUnwrap(grades.submissions.first)
    let result = report([copy], audience: .feedback, grades: gradesFile)
    XCTAssertEqual(result.code, 0, result.errors)
    let page = result.page
    let total = exercises.map(\.points).reduce(0, +)
    XCTAssertEqual(gradedCopy.score, first.points)
    XCTAssertTrue(
      page.contains(
        "<span class=\"badge score\">\(Phrasebook.number(first.points))/\(Phrasebook.number(total)) points</span>"
      ),
      "the submission's total")
    XCTAssertTrue(
      page.contains(
        "<span class=\"points\">✓ \(Phrasebook.number(first.points))/\(Phrasebook.number(first.points)) points</span>"
      ))
    let hiddenNames = gradedCopy.exercises.flatMap(\.tests).filter { $0.visibility == "hidden" }.map(\.name)
    XCTAssertGreaterThan(hiddenNames.count, 10)
    for name in hiddenNames {
      XCTAssertTrue(page.contains("<code>\(HTMLEscaping.escape(name))</code>"), name)
    }
    for lesson in try course.sourceLessons().values {
      for cell in lesson.cells where cell.kind == .check && cell.isHidden {
        for line in cell.code.split(separator: "\n") where line.count > 12 {
          XCTAssertFalse(page.contains(HTMLEscaping.escape(String(line))), "hidden check code: \(line)")
        }
      }
    }
    let graded = report([copy], audience: .feedback, sources: [course.source])
    XCTAssertEqual(graded.code, 0, graded.errors)
    XCTAssertTrue(graded.page == page, "grading against --source shows what the grade file says")
  }

  func testGradeFilesThatCannotBeUsedAreRefusedWithAReason() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-grades-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lesson = RepositoryPaths.root + "/lessons/en/01-requires-grad.md"
    let notJSON = folder.appendingPathComponent("notes.txt").path
    try Data("hello".utf8).write(to: URL(fileURLWithPath: notJSON))
    let two = folder.appendingPathComponent("two.json").path
    let entry = """
      {"name": "NAME", "score": 1, "maxScore": 2, "status": "fail", "exercises": [], "notes": [], "errors": []}
      """
    let document = """
      {"schemaVersion": 1, "tool": {"name": "gradbook", "version": "t"}, "source": [], "sourceErrors": [],
       "submissions": [\(entry.replacingOccurrences(of: "NAME", with: "ann")), \(entry.replacingOccurrences(of: "NAME", with: "bob"))]}
      """
    try Data(document.utf8).write(to: URL(fileURLWithPath: two))
    let cases: [(String, String?, String)] = [
      (notJSON, nil, "\(notJSON): error: not the JSON of `gradbook grade --format json` (unreadable JSON)\n"),
      (two, nil, "\(two): error: it holds 2 submissions (`ann`, `bob`); choose one with --submission NAME\n"),
      (two, "cy", "\(two): error: no submission `cy` (it holds `ann`, `bob`)\n"),
      (folder.path + "/missing.json", nil, "missing"),
    ]
    for (file, submission, message) in cases {
      let result = report([lesson], audience: .feedback, grades: file, submission: submission)
      XCTAssertEqual(result.code, 2)
      XCTAssertEqual(result.page, "", "no page")
      if message == "missing" {
        XCTAssertTrue(
          result.errors.hasPrefix(folder.path + "/missing.json: error: cannot read: "), result.errors)
      } else {
        XCTAssertEqual(result.errors, message)
      }
    }
    XCTAssertEqual(report([lesson], audience: .feedback, grades: two, submission: "bob").code, 0)
  }
}
