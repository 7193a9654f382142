import Foundation
import PythonRuntime
import Workbook
import XCTest

@testable import Reports

final class JSONReportTests: XCTestCase {
  private func json() throws -> String {
    let text =
      "# JSON\n\n```python id=a\nx\n```\n\n```output\n1\n```\n\n```warning\nUserWarning: w\n```\n\n```python skip\ny\n```\n\n```python\nz\n```\n"
    let error = CellError(typeName: "ValueError", message: "bad", line: 20, column: 3)
    let report = try ReportFixtures.report(
      text, ["x\n": CellResult(output: "2\n", warnings: ["UserWarning: w"]), "z\n": CellResult(error: error)])
    let workbook = WorkbookReport(
      outcomes: [
        .ran(report), .rejected(.malformed(SourceLocation(file: "bad.md", line: 3, column: 7), "oops")),
      ], duration: 1.5)
    return JSONReport(workbook, command: "check", version: "0.1.0").encoded()
  }

  func testReportDecodesWithEveryDocumentedField() throws {
    let decoded = try JSONDecoder().decode(JSONReport.self, from: Data(try json().utf8))
    XCTAssertEqual(decoded.schemaVersion, 1)
    XCTAssertEqual(decoded.tool, JSONReport.Tool(name: "gradbook", version: "0.1.0"))
    XCTAssertEqual(decoded.command, "check")
    XCTAssertEqual(decoded.lessons.map(\.status), ["ran", "rejected"])
    let lesson = decoded.lessons[0]
    XCTAssertEqual(lesson.title, "JSON")
    XCTAssertEqual(
      lesson.totals,
      try JSONDecoder().decode(
        JSONReport.Totals.self,
        from: Data(#"{"passed":0,"failed":1,"unchecked":0,"skipped":1,"error":1}"#.utf8)))
    XCTAssertEqual(lesson.duration, 0.25)
    let cells = lesson.cells
    XCTAssertEqual(cells.map(\.id), ["a", nil, nil])
    XCTAssertEqual(cells.map(\.line), [3, 15, 19])
    XCTAssertEqual(cells.map(\.status), ["failed", "skipped", "error"])
    XCTAssertEqual(cells.map(\.kind), ["code", "code", "code"])
    XCTAssertEqual(cells.map(\.lesson), ["JSON", "JSON", "JSON"])
    XCTAssertEqual(cells.map(\.file), ["lesson.md", "lesson.md", "lesson.md"])
    XCTAssertEqual(
      cells[0].expected, JSONReport.Channels(output: "1\n", warnings: ["UserWarning: w"], error: nil))
    XCTAssertEqual(
      cells[0].actual, JSONReport.Channels(output: "2\n", warnings: ["UserWarning: w"], error: nil))
    XCTAssertEqual(cells[0].warnings, ["UserWarning: w"])
    XCTAssertEqual(cells[0].duration, 0.0125)
    XCTAssertNil(cells[1].actual, "a skipped cell did not run")
    XCTAssertEqual(
      cells[2].error,
      JSONReport.ErrorEntry(type: "ValueError", message: "bad", line: 20, column: 3, text: "ValueError: bad"))
    let rejected = decoded.lessons[1]
    XCTAssertEqual(rejected.file, "bad.md")
    XCTAssertEqual(rejected.error?.text, "bad.md:3:7: error: oops")
    XCTAssertEqual(rejected.error?.line, 3)
    XCTAssertEqual(decoded.summary.exitCode, 2)
    XCTAssertEqual(decoded.summary.rejectedLessons, 1)
    XCTAssertEqual(decoded.summary.cells, 3)
    XCTAssertEqual(decoded.summary.duration, 1.5)
  }

  func testAbsentValuesAreNullAndKeysAreSorted() throws {
    let text = try json()
    let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    XCTAssertEqual(object.keys.sorted(), ["command", "lessons", "schemaVersion", "summary", "tool"])
    let lessons = try XCTUnwrap(object["lessons"] as? [[String: Any]])
    let cells = try XCTUnwrap(lessons[0]["cells"] as? [[String: Any]])
    XCTAssertEqual(
      cells[1].keys.sorted(),
      [
        "actual", "cases", "duration", "error", "expected", "file", "hidden", "id", "kind", "lesson", "line",
        "points", "status",
        "warnings",
      ])
    XCTAssertTrue(cells[1]["id"] is NSNull)
    XCTAssertTrue(cells[1]["actual"] is NSNull)
    XCTAssertTrue(cells[1]["error"] is NSNull)
    let expected = try XCTUnwrap(cells[1]["expected"] as? [String: Any])
    XCTAssertTrue(expected["output"] is NSNull)
    XCTAssertTrue(lessons[0]["error"] is NSNull)
    XCTAssertTrue(lessons[1]["title"] is NSNull)
    let schemaLine = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("schemaVersion") })
    XCTAssertEqual(schemaLine.trimmingCharacters(in: .whitespaces), "\"schemaVersion\" : 1,")
  }

  func testExplicitNullWritesNullAndReadsBothNullAndAMissingKey() throws {
    struct Probe: Codable, Equatable {
      @ExplicitNull var value: Int?
    }
    let encoder = JSONEncoder()
    XCTAssertEqual(String(decoding: try encoder.encode(Probe(value: nil)), as: UTF8.self), #"{"value":null}"#)
    XCTAssertEqual(String(decoding: try encoder.encode(Probe(value: 3)), as: UTF8.self), #"{"value":3}"#)
    let decoder = JSONDecoder()
    XCTAssertEqual(try decoder.decode(Probe.self, from: Data(#"{"value":null}"#.utf8)), Probe(value: nil))
    XCTAssertEqual(try decoder.decode(Probe.self, from: Data("{}".utf8)), Probe(value: nil))
    XCTAssertEqual(try decoder.decode(Probe.self, from: Data(#"{"value":4}"#.utf8)), Probe(value: 4))
  }
}
