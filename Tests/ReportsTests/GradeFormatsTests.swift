import Foundation
import PythonRuntime
import TestSupport
import Workbook
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import Reports

/// Every `grade` format read back by a real parser: JSON against the checked-in schema, CSV through an RFC 4180
/// reader, JUnit through XMLParser, Gradescope's visibilities.
final class GradeFormatsTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-formats-\(UUID().uuidString)")

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  private let source = """
    # Source

    ```python exercise id=double points=2
    d = ...
    ```

    ```python solution
    d = 6
    ```

    ```python check
    assert d is not ..., "set d"
    assert d == 6, "d should be 6, \\"six\\" <6> & so on"
    assert d == 6, "d should be 6, \\"six\\" <6> & so on"
    ```

    ```python check hidden
    assert d % 2 == 0, "d should be even"
    ```

    """

  /// Grades three submissions whose names need quoting in CSV: solved, wrong, and unreadable.
  private func report() throws -> GradeReport {
    let src = try write("src/lesson.md", source)
    let solved = try write(
      "a, \"quoted\"/lesson.md", source.replacingOccurrences(of: "d = ...\n", with: "d = 6\n"))
    let wrong = try write("b\nline/lesson.md", source.replacingOccurrences(of: "d = ...\n", with: "d = 7\n"))
    _ = src
    return Grader(makeRunner: { Session(limits: Limits(), modules: .lesson()) }).grade(
      sourcePaths: [folder.appendingPathComponent("src").path],
      submissions: [
        URL(fileURLWithPath: solved).deletingLastPathComponent().path,
        URL(fileURLWithPath: wrong).deletingLastPathComponent().path,
        folder.appendingPathComponent("none").path,
      ])
  }

  func testJSONValidatesAgainstTheCheckedInSchema() throws {
    let schema = try Data(
      contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/docs/grade-report.schema.json"))
    let checker = try XCTUnwrap(JSONSchemaCheck(schema: schema))
    let json = GradeJSONReport(try report(), version: "test").encoded()
    XCTAssertEqual(checker.violations(of: Data(json.utf8)), [])
    let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let submissions = try XCTUnwrap(object["submissions"] as? [[String: Any]])
    XCTAssertEqual(submissions.map { $0["status"] as? String }, ["pass", "fail", "error"])
    XCTAssertEqual(submissions.map { $0["score"] as? Double }, [2, 0.333333, 0])
  }

  func testTheSchemaCheckCatchesWhatIsWrong() throws {
    let schema = try Data(
      contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/docs/grade-report.schema.json"))
    let checker = try XCTUnwrap(JSONSchemaCheck(schema: schema))
    let wrong = """
      {"schemaVersion": 2, "tool": {"name": "g", "version": "1"}, "source": ["s"], "sourceErrors": [],
       "submissions": [{"name": "n", "score": "3", "maxScore": 3, "status": "great", "exercises": [], "notes": [],
       "errors": [], "extra": 1}]}
      """
    XCTAssertEqual(
      checker.violations(of: Data(wrong.utf8)),
      [
        "$.schemaVersion: expected 1, got 2",
        "$.submissions[0]: unexpected key \"extra\"",
        "$.submissions[0].score: expected number, got string",
        "$.submissions[0].status: great is not one of [\"pass\", \"fail\", \"error\"]",
      ], "the checker must be able to fail")
  }

  func testCSVRoundTripsThroughAnRFC4180Reader() throws {
    let report = try report()
    let csv = GradeCSVReport.render(report)
    XCTAssertTrue(csv.hasSuffix("\r\n"))
    let rows = try Self.parseCSV(csv)
    XCTAssertEqual(rows.first, ["submission", "double", "score", "max_score", "percent"])
    XCTAssertEqual(rows.dropFirst().map(\.first), report.submissions.map(\.name))
    XCTAssertEqual(rows[1], [report.submissions[0].name, "2", "2", "2", "100"])
    XCTAssertEqual(rows[2], [report.submissions[1].name, "0.333333", "0.333333", "2", "16.67"])
    XCTAssertEqual(rows[3].dropFirst(), ["0", "0", "2", "0"])
  }

  func testJUnitParsesWithUniqueNamesAndPlaces() throws {
    let xml = JUnitReport.render(try report())
    let reader = JUnitReader()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = reader
    XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError))\n\(xml)")
    let keys = reader.testcases.map { ($0["classname"] ?? "") + "/" + ($0["name"] ?? "") }
    XCTAssertEqual(Set(keys).count, keys.count, "testcase names are unique: \(keys)")
    XCTAssertTrue(reader.testcases.allSatisfy { $0["file"] != nil && Int($0["line"] ?? "") != nil })
    XCTAssertTrue(keys.contains { $0.hasSuffix("double: hidden check (line 18)") }, "\(keys)")
    XCTAssertTrue(keys.contains { $0.hasSuffix(" #2") }, "a repeated assert gets a number: \(keys)")
    XCTAssertEqual(
      reader.suites, 4, "one per lesson per submission, and one saying why a submission was unreadable")
    XCTAssertTrue(
      reader.failureMessages.contains("d should be 6, \"six\" <6> & so on"), "\(reader.failureMessages)")
  }

  func testTextIsATableWithTotalsThenWhyPointsWereLost() throws {
    let report = try report()
    let text = GradeTextReport.render(report).replacingOccurrences(of: folder.path + "/", with: "")
    XCTAssertTrue(text.hasPrefix("submission"), text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(lines[0].split(separator: " "), ["submission", "1", "score", "%"])
    XCTAssertEqual(lines[1].split(separator: " "), ["a,", "\"quoted\"", "2", "2/2", "100"])
    XCTAssertEqual(lines[2].split(separator: " "), ["b\\nline", "0.33", "0.33/2", "16.67"])
    XCTAssertEqual(lines[3].split(separator: " "), ["none", "!", "0", "0/2", "0"])
    XCTAssertTrue(lines[4].allSatisfy { $0 == "─" })
    XCTAssertEqual(lines[5].split(separator: " "), ["max", "2", "2", "100"])
    XCTAssertEqual(lines[6].split(separator: " "), ["mean", "0.78", "0.78", "38.89"])
    XCTAssertTrue(text.contains("\n1 double (src/lesson.md:3, 2 pt)\n"), text)
    XCTAssertTrue(
      text.contains("\nb\\nline: fail\n  double 0.33/2: ✗ d should be 6, \"six\" <6> & so on (+2 more)\n"),
      text)
    XCTAssertTrue(
      text.contains(
        "\nnone: error\n  error: none: error: no such file or folder\n  missing (0 points): double\n"), text)
  }

  func testCheckJUnitHasATestcasePerCellAndPerCaseOfAChecks() throws {
    let path = try write("check/lesson.md", source)
    var out = ""
    let code = CommandDriver(write: { out += $0 }, writeError: { _ in }).check(
      paths: [path], format: .junit, options: TerminalOptions(), update: false)
    XCTAssertEqual(code, 0)
    let reader = JUnitReader()
    let parser = XMLParser(data: Data(out.utf8))
    parser.delegate = reader
    XCTAssertTrue(parser.parse(), out)
    XCTAssertEqual(
      reader.testcases.map { $0["name"] ?? "" },
      [
        "line 3 (double) exercise", "line 7 solution", "line 11: assert d is not ...", "line 11: assert d == 6",
        "line 11: assert d == 6 #2", "line 17: hidden check (line 18)",
      ])
    XCTAssertEqual(reader.testcases.compactMap { $0["line"] }, ["3", "7", "12", "13", "14", "18"])
    XCTAssertEqual(reader.suites, 1)
  }

  func testGradescopeShowsHiddenCasesOnlyAfterPublishing() throws {
    let report = try report()
    let results = GradescopeReport(report.submissions[1], sourceErrors: [])
    XCTAssertEqual(results.score, 0.333333)
    XCTAssertEqual(results.tests.map(\.visibility), ["visible", "visible", "visible", "after_published"])
    XCTAssertEqual(results.tests.map(\.status), ["passed", "failed", "failed", "failed"])
    XCTAssertEqual(results.tests.map(\.max_score), [0.333333, 0.333333, 0.333333, 1])
    XCTAssertTrue(results.output.hasPrefix("Public checks: 1/3 passed.\nHidden checks: 1,"), results.output)
    XCTAssertFalse(results.output.contains("all tests passed"))
    let object = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(results.encoded().utf8)) as? [String: Any])
    XCTAssertEqual(object.keys.sorted(), ["output", "score", "stdout_visibility", "tests"])
  }

  // MARK: Readers

  /// An RFC 4180 reader: fields separated by commas, records by CRLF, quoted fields with doubled quotes.
  static func parseCSV(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append("\"")
            scalars = scalars.dropFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty: quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r":
        guard scalars.popFirst() == "\n" else { throw CSVError.bareCarriageReturn }
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      case "\n": throw CSVError.bareLineFeed
      default: field.unicodeScalars.append(scalar)
      }
    }
    guard field.isEmpty, row.isEmpty, !quoted else { throw CSVError.unterminatedRecord }
    return rows
  }

  enum CSVError: Error { case bareCarriageReturn, bareLineFeed, unterminatedRecord }
}

/// Collects testcases, suites and failure messages from JUnit XML.
private final class JUnitReader: NSObject, XMLParserDelegate {
  var testcases: [[String: String]] = []
  var suites = 0
  var failureMessages: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch elementName {
    case "testcase": testcases.append(attributes)
    case "testsuite": suites += 1
    case "failure", "error": failureMessages.append(attributes["message"] ?? "")
    default: break
    }
  }
}
