import Foundation
import TestSupport
import Workbook
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import Reports

/// `gradbook grade` on the real English course: the end-to-end cases.
final class GradeCourseTests: XCTestCase {
  private var course: CourseFixture?

  override func setUpWithError() throws {
    course = try CourseFixture()
  }

  override func tearDown() {
    course?.remove()
  }

  private func fixture() throws -> CourseFixture { try XCTUnwrap(course) }

  func testStarterScoresZeroEverywhereAndPastedSolutionsScoreTheMaximum() throws {
    let course = try fixture()
    let exercises = try course.exercises()
    let maximum = exercises.reduce(0) { $0 + $1.points }
    let starter = try course.submission("starter")
    let solved = try course.submission(
      "solved", bodies: Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, $0.solution) }))
    let report = try course.gradeJSON([starter, solved])
    XCTAssertEqual(report.submissions.map(\.maxScore), [maximum, maximum])
    XCTAssertEqual(report.submissions[0].exercises.map(\.id), exercises.map(\.id))
    for exercise in report.submissions[0].exercises {
      XCTAssertEqual(exercise.score, 0, "the starter of \(exercise.id) earns nothing")
    }
    XCTAssertEqual(report.submissions[1].score, maximum)
    XCTAssertEqual(report.submissions[1].status, "pass")
    XCTAssertEqual(report.submissions[1].notes, [])
    XCTAssertTrue(
      report.submissions[1].exercises.allSatisfy { $0.tests.contains { $0.visibility == "hidden" } })
  }

  func testAHalfSolvedSubmissionGetsExactlyThePointsOfTheSolvedHalf() throws {
    let course = try fixture()
    let exercises = try course.exercises()
    let solvedHalf = exercises.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    let half = try course.submission(
      "half", bodies: Dictionary(uniqueKeysWithValues: solvedHalf.map { ($0.id, $0.solution) }))
    let report = try course.gradeJSON([half])
    XCTAssertEqual(report.submissions[0].score, solvedHalf.reduce(0) { $0 + $1.points })
    let solvedIDs = Set(solvedHalf.map(\.id))
    for exercise in report.submissions[0].exercises {
      XCTAssertEqual(exercise.score, solvedIDs.contains(exercise.id) ? exercise.maxScore : 0, exercise.id)
    }
  }

  func testDeletedChecksAnAddedAssertTrueCellAndARunawayLoopAreGradedAsTheSourceSays() throws {
    let course = try fixture()
    let exercises = try course.exercises()
    var bodies = Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, $0.solution) })
    let spinning = try XCTUnwrap(exercises.last)
    bodies[spinning.id] = "while True:\n    pass\n"
    let cheat = try course.submission("cheat", bodies: bodies) { _, text in
      // Every public check deleted, an `assert True` cell added after the first exercise.
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      var index = 0
      while index < lines.count {
        if lines[index] == "```python check", let end = lines[(index + 1)...].firstIndex(of: "```") {
          lines.removeSubrange(index...end)
        } else {
          index += 1
        }
      }
      return lines.joined(separator: "\n") + "\n```python\nassert True\n```\n"
    }
    let report = try course.gradeJSON([cheat])
    let grade = try XCTUnwrap(report.submissions.first)
    let maximum = exercises.reduce(0) { $0 + $1.points }
    XCTAssertEqual(grade.score, maximum - spinning.points, "deleted checks still run from the source")
    let runaway = try XCTUnwrap(grade.exercises.last)
    XCTAssertEqual(runaway.id, spinning.id)
    let problem = try XCTUnwrap(runaway.problem)
    XCTAssertTrue(problem.contains("TimeoutError: cell stopped after 10000000 evaluation steps"), problem)
    XCTAssertTrue(runaway.tests.allSatisfy { $0.status == "error" && ($0.message ?? "").contains("not run") })
    XCTAssertTrue(
      grade.notes.contains { $0.contains("is missing; it runs from the source anyway") }, "\(grade.notes)")
    XCTAssertTrue(
      grade.notes.contains { $0.contains("a cell that is not in the source; ignored") }, "\(grade.notes)")
  }

  func testAMalformedSubmissionIsItsOwnErrorAndTheOthersAreGraded() throws {
    let course = try fixture()
    let exercises = try course.exercises()
    let bodies = Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, $0.solution) })
    let broken = try course.submission("broken", bodies: bodies) { file, text in
      file.hasPrefix("01-") ? text + "\n```python\nunterminated = True\n" : text
    }
    let solved = try course.submission("solved", bodies: bodies)
    let result = course.grade([broken, course.folder.appendingPathComponent("missing").path, solved])
    XCTAssertEqual(result.code, 1)
    let report = try JSONDecoder().decode(GradeJSONReport.self, from: Data(result.out.utf8))
    XCTAssertEqual(report.submissions.map(\.status), ["error", "error", "pass"])
    let lessonOne = try XCTUnwrap(try course.sourceLessons()["01-requires-grad.md"])
    let lostIDs = Set(lessonOne.cells.compactMap { $0.kind == .exercise ? $0.id : nil })
    let lost = exercises.filter { lostIDs.contains($0.id) }.reduce(0) { $0 + $1.points }
    XCTAssertEqual(report.submissions[0].score, report.submissions[0].maxScore - lost)
    XCTAssertTrue(
      report.submissions[0].errors[0].contains("01-requires-grad.md:"), "\(report.submissions[0].errors)")
    XCTAssertTrue(report.submissions[0].errors[0].contains("error: unterminated code fence"))
    XCTAssertEqual(report.submissions[1].score, 0)
    XCTAssertEqual(report.submissions[2].score, report.submissions[2].maxScore)
  }

  func testEveryFormatOfTheCourseReadsBack() throws {
    let course = try fixture()
    let starter = try course.submission("a, \"starter\"")
    let json = course.grade([starter]).out
    let schema = try Data(
      contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/docs/grade-report.schema.json"))
    XCTAssertEqual(try XCTUnwrap(JSONSchemaCheck(schema: schema)).violations(of: Data(json.utf8)), [])
    let csv = try GradeFormatsTests.parseCSV(course.grade([starter], format: .csv).out)
    XCTAssertEqual(csv.count, 2)
    XCTAssertEqual(csv[1].first, starter)
    XCTAssertEqual(csv[0].count, try course.exercises().count + 4)
    let xml = course.grade([starter], format: .junit).out
    let parser = XMLParser(data: Data(xml.utf8))
    let names = TestcaseNames()
    parser.delegate = names
    XCTAssertTrue(parser.parse())
    XCTAssertEqual(Set(names.keys).count, names.keys.count, "unique testcase names")
    XCTAssertGreaterThan(names.keys.count, 50)
    let gradescope = course.grade([starter], format: .gradescope)
    let results = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(gradescope.out.utf8)) as? [String: Any])
    XCTAssertEqual(results["score"] as? Double, 0)
  }
}

/// Collects `classname/name` of every testcase.
private final class TestcaseNames: NSObject, XMLParserDelegate {
  var keys: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if elementName == "testcase" {
      keys.append((attributes["classname"] ?? "") + "/" + (attributes["name"] ?? ""))
    }
  }
}
