import Foundation
import XCTest

@testable import PythonRuntime

/// When the interactive prompt reads another line: CPython's console verdicts, kept as data.
final class InputCompletenessTests: XCTestCase {
  func testVerdictsMatchCPythonsConsole() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data", withExtension: nil)?
        .appendingPathComponent("input_completeness.tsv"))
    let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    XCTAssertGreaterThan(rows.count, 50)
    var mismatches: [String] = []
    for row in rows {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2 else {
        XCTFail("bad row \(row)")
        continue
      }
      let source = Self.unescape(String(fields[0]))
      let actual = InputCompleteness.of(source)
      // Gradbook rejects some valid Python on purpose (classes), with a message saying so.
      if actual == .invalid, Self.isUnsupported(source) { continue }
      if "\(actual)" != fields[1] { mismatches.append("\(fields[0]): expected \(fields[1]), got \(actual)") }
    }
    XCTAssertEqual(mismatches.count, 0, mismatches.joined(separator: "\n"))
  }

  func testANewUnindentedLineEndsAnOpenBlockUnlessItContinuesIt() {
    XCTAssertTrue(InputCompleteness.startsNewStatement("print(x)"))
    XCTAssertTrue(InputCompleteness.startsNewStatement("x = 1"))
    XCTAssertFalse(InputCompleteness.startsNewStatement("    x = 1"))
    XCTAssertFalse(InputCompleteness.startsNewStatement("\tx = 1"))
    XCTAssertFalse(InputCompleteness.startsNewStatement(""))
    XCTAssertFalse(InputCompleteness.startsNewStatement("else:"))
    XCTAssertFalse(InputCompleteness.startsNewStatement("elif x:"))
    XCTAssertFalse(InputCompleteness.startsNewStatement("except ValueError:"))
    XCTAssertFalse(InputCompleteness.startsNewStatement("finally:"))
    XCTAssertFalse(InputCompleteness.startsNewStatement("# a comment"))
    XCTAssertTrue(InputCompleteness.startsNewStatement("elsewhere = 1"))
  }

  private static func isUnsupported(_ source: String) -> Bool {
    do {
      _ = try Parser.parse(source + "\n", startLine: 1)
      return false
    } catch let error as PythonError {
      return error.message.hasSuffix("not supported in Gradbook cells")
    } catch {
      return false
    }
  }

  /// `\n` and `\\` as the generator writes them.
  private static func unescape(_ text: String) -> String {
    var result = ""
    var escaping = false
    for character in text {
      if escaping {
        result.append(character == "n" ? "\n" : character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}
