import Foundation
import TestSupport
import XCTest

@testable import PythonRuntime

/// Float repr and the format-spec mini-language against CPython-generated data.
final class FloatFormattingTests: XCTestCase {
  private func dataLines(_ name: String) throws -> [[Substring]] {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent(name))
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
  }

  func testReprMatchesCPythonForThousandsOfDoubles() throws {
    let rows = try dataLines("float_repr.tsv")
    XCTAssertGreaterThan(rows.count, 5_000)
    var mismatches: [String] = []
    for row in rows {
      guard row.count == 2, let pattern = UInt64(row[0], radix: 16) else {
        XCTFail("bad row \(row)")
        continue
      }
      let value = Double(bitPattern: pattern)
      let actual = ValueFormatter.repr(.float(value))
      if actual != row[1] { mismatches.append("\(row[0]): expected \(row[1]), got \(actual)") }
    }
    XCTAssertEqual(mismatches.count, 0, mismatches.prefix(20).joined(separator: "\n"))
  }

  /// Rows of `kind, value, spec, expected`; expected `!Type: message` means CPython raises.
  private func formatMismatches(_ name: String) throws -> (rows: Int, mismatches: [String]) {
    let rows = try dataLines(name)
    var mismatches: [String] = []
    for row in rows {
      guard row.count == 4 else {
        XCTFail("bad row \(row)")
        continue
      }
      let value: Value
      if row[0] == "f", let pattern = UInt64(row[1], radix: 16) {
        value = .float(Double(bitPattern: pattern))
      } else if let number = Int(row[1]) {
        value = .int(number)
      } else {
        XCTFail("bad value \(row)")
        continue
      }
      let call = "format(\(ValueFormatter.repr(value)), '\(row[2])')"
      let actual: String
      do {
        actual = try FormatSpec.format(value, spec: String(row[2]))
      } catch let error as PythonError {
        actual = "!\(error.typeName): \(error.message)"
      } catch {
        actual = "!\(error)"
      }
      if actual != row[3] { mismatches.append("\(call): expected \(row[3]), got \(actual)") }
    }
    return (rows.count, mismatches)
  }

  func testFormatSpecsMatchCPython() throws {
    let (rows, mismatches) = try formatMismatches("format_specs.tsv")
    XCTAssertGreaterThan(rows, 4_000)
    XCTAssertEqual(mismatches.count, 0, mismatches.prefix(20).joined(separator: "\n"))
  }

  /// No-type `.N`, `#` with every float type, `z`, precisions above 100: CPython's exact text or error.
  func testFormatSpecEdgesMatchCPython() throws {
    let (rows, mismatches) = try formatMismatches("format_spec_edges.tsv")
    XCTAssertGreaterThan(rows, 1_000)
    XCTAssertEqual(mismatches.count, 0, mismatches.prefix(20).joined(separator: "\n"))
  }

  func testSpecialValues() {
    XCTAssertEqual(ValueFormatter.repr(.float(.infinity)), "inf")
    XCTAssertEqual(ValueFormatter.repr(.float(-.infinity)), "-inf")
    XCTAssertEqual(ValueFormatter.repr(.float(.nan)), "nan")
    XCTAssertEqual(ValueFormatter.repr(.float(-0.0)), "-0.0")
    XCTAssertEqual(ValueFormatter.repr(.float(Double(Float(0.3)))), "0.30000001192092896")
    XCTAssertEqual(try FormatSpec.format(.float(.nan), spec: ".2f"), "nan")
    XCTAssertEqual(try FormatSpec.format(.float(-.infinity), spec: "8.1f"), "    -inf")
    XCTAssertEqual(try FormatSpec.format(.float(.infinity), spec: "%"), "inf%")
  }
}
