import Foundation
import PythonRuntime
import Workbook
import WorkbookTestSupport
import XCTest

@testable import Reports

/// Diffs and whole-lesson renderings take time linear in what they show, and `run` shows each cell as it finishes.
final class LinearRenderingTests: XCTestCase {
  /// The case: 2000 lines of text with combining characters (262 s when every line pair was compared
  /// after Unicode normalisation). Every third line is written precomposed on one side, which is a different line:
  /// lines are compared by scalars, as the interpreter's `==` compares strings.
  func testADiffOfTwoThousandLinesWithCombiningCharacters() {
    let decomposed = String(repeating: "e\u{301}a\u{308}", count: 30)
    let precomposed = String(repeating: "\u{E9}\u{E4}", count: 30)
    var expected: [String] = []
    var actual: [String] = []
    var wanted: [DiffLine] = []
    for index in 0..<2000 {
      let line = "\(index) " + decomposed
      expected.append(line)
      if index % 3 == 0 {
        actual.append("\(index) " + precomposed)
        wanted += [.removed(line), .added("\(index) " + precomposed)]
      } else {
        actual.append(line)
        wanted.append(.same(line))
      }
    }
    let diff = LineDiff.diff(
      expected: expected.joined(separator: "\n"), actual: actual.joined(separator: "\n"))
    XCTAssertEqual(diff.count, wanted.count)
    XCTAssertTrue(
      zip(diff, wanted).allSatisfy { Self.scalars($0) == Self.scalars($1) },
      "the diff pairs each changed line")
  }

  func testADiffComparesLinesByScalars() {
    let diff = LineDiff.diff(expected: "caf\u{E9}\n", actual: "cafe\u{301}\n")
    XCTAssertEqual(
      diff.map(Self.scalars), [Self.scalars(.removed("caf\u{E9}")), Self.scalars(.added("cafe\u{301}"))])
  }

  func testADiffSplitsCRLFLikeMatchingDoes() {
    XCTAssertEqual(
      LineDiff.diff(expected: "a\r\nb\r\n", actual: "a\nc\n").map(Self.scalars),
      [.same("a"), .removed("b"), .added("c")].map(Self.scalars))
  }

  private static func scalars(_ line: DiffLine) -> String {
    switch line {
    case .same(let text):
      return "  " + text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    case .removed(let text):
      return "- " + text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    case .added(let text):
      return "+ " + text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    }
  }

  /// 20,000 cells: `run` in text and HTML, and `check`, with a scripted runner (64 s when each cell's report was
  /// looked up by scanning the whole lesson).
  func testTwentyThousandCells() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-many-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("many.md").path
    var text = "# Many\n\n"
    for index in 0..<20_000 { text += "```python\nx\(index)\n```\n\n```output\n\(index)\n```\n\n" }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    var script: [String: CellResult] = [:]
    for index in 0..<20_000 {
      script["x\(index)\n"] = CellResult(output: index == 7 ? "seven\n" : "\(index)\n")
    }
    let runner = ScriptedRunner(script)
    let driver = { (out: @escaping (String) -> Void) in
      CommandDriver(makeRunner: { runner }, write: out, writeError: { _ in })
    }
    var terminal = ""
    XCTAssertEqual(driver { terminal += $0 }.run(paths: [path], format: .text, options: TerminalOptions()), 1)
    XCTAssertTrue(
      terminal.hasSuffix("\n\n✗ 19999 passed, 1 failed\n\n"), String(terminal.suffix(300)).debugDescription)
    XCTAssertTrue(terminal.contains("  - 7\n  + seven\n"))
    var html = ""
    _ = driver { html += $0 }.run(paths: [path], format: .html, options: TerminalOptions())
    XCTAssertEqual(html.components(separatedBy: "<div class=\"cell ").count - 1, 20_000)
    var check = ""
    XCTAssertEqual(
      driver { check += $0 }.check(paths: [path], format: .text, options: TerminalOptions(), update: false), 1
    )
    XCTAssertTrue(check.hasSuffix("19999 passed, 1 failed\n"))
  }

  /// 5,000 sections, each with an exercise and its check: the HTML report's contents and exercise boxes, for every
  /// audience (a release build took 39 s for 3,000 when each exercise and section scanned the whole lesson).
  func testFiveThousandSectionsWithExercises() throws {
    var text = "# Many\n\n"
    var script: [String: CellResult] = [:]
    for index in 0..<5_000 {
      text +=
        "## Part \(index)\n\n### Exercise \(index)\n\n```python exercise id=e\(index) points=1\ny\(index) = 0\n```\n\n"
      text += "```python check\nassert y\(index) == 0\n```\n\n"
      script["y\(index) = 0\n"] = CellResult()
      script["assert y\(index) == 0\n"] = CellResult()
    }
    let report = try ReportFixtures.report(text, script)
    for audience in ReportAudience.allCases {
      let html = HTMLReport(audience: audience).render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
      XCTAssertEqual(
        html.components(separatedBy: "<section class=\"exercise ").count - 1, 5_000, "\(audience)")
      XCTAssertTrue(html.contains("<a href=\"#lesson--exercise-e4999\">"), "\(audience)")
      XCTAssertTrue(html.contains("<a href=\"#lesson--part-4999\">"), "\(audience)")
    }
  }
}
