import Foundation
import XCTest

@testable import PythonRuntime

/// Malformed displays and decorators: the SyntaxError text and position CPython reports.
final class SyntaxErrorTests: XCTestCase {
  func testSyntaxErrorsMatchCPython() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data", withExtension: nil)?
        .appendingPathComponent("syntax_errors.tsv"))
    let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    XCTAssertGreaterThan(rows.count, 50)
    var mismatches: [String] = []
    for row in rows {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 4 else {
        XCTFail("bad row \(row)")
        continue
      }
      let source = fields[0].replacingOccurrences(of: "\\n", with: "\n") + "\n"
      let expected = fields[1] == "ok" ? "ok" : "\(fields[1]) @\(fields[2]):\(fields[3])"
      let actual: String
      do {
        _ = try Parser.parse(source, startLine: 1)
        actual = "ok"
      } catch let error as PythonError {
        // Gradbook rejects some valid Python on purpose, with a message saying so.
        if expected == "ok" && error.message.hasSuffix("not supported in Gradbook cells") { continue }
        actual = "\(error.typeName): \(error.message) @\(error.line ?? 0):\(error.column ?? 0)"
      }
      if actual != expected { mismatches.append("\(fields[0]): expected \(expected), got \(actual)") }
    }
    XCTAssertEqual(mismatches.count, 0, mismatches.joined(separator: "\n"))
  }
}
