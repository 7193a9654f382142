import Autograd
import Foundation
import NumberFormat
import XCTest

/// Python's float formatting helpers against CPython (Data/printing_float_format.json, made by
/// Data/printing_cases.py): `%.4f`, `%.4e`, `%.0f`, `%g` and `repr` on ~10,000 doubles including exact ties.
final class PrintingFloatFormatTests: EngineTestCase {
  struct Row: Decodable {
    let bits: String
    let f4: String
    let e4: String
    let f0: String
    let repr: String
    let g6: String
  }

  struct RowFile: Decodable { let cases: [Row] }

  func testFormattingMatchesPython() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data/printing_float_format", withExtension: "json"))
    let rows = try JSONDecoder().decode(RowFile.self, from: Data(contentsOf: url)).cases
    XCTAssertGreaterThan(rows.count, 10_000)
    var failures: [String] = []
    for row in rows {
      let bits = try XCTUnwrap(UInt64(row.bits.dropFirst(2), radix: 16), row.bits)
      let value = Double(bitPattern: bits)
      let actual = [
        PythonFloatFormat.fixed(value, precision: 4), PythonFloatFormat.scientific(value, precision: 4),
        PythonFloatFormat.fixed(value, precision: 0), PythonFloatFormat.repr(value),
        PythonFloatFormat.general(value),
      ]
      let expected = [row.f4, row.e4, row.f0, row.repr, row.g6]
      if actual != expected { failures.append("\(row.bits): \(actual) != \(expected)") }
    }
    XCTAssertEqual(failures.count, 0, failures.prefix(10).joined(separator: "\n"))
  }

  /// `item()`/`tolist()` values print through the same `repr` (one implementation of Python's float repr).
  func testScalarsAndNestedDataUsePythonRepr() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data/printing_float_format", withExtension: "json"))
    let rows = try JSONDecoder().decode(RowFile.self, from: Data(contentsOf: url)).cases
    var failures: [String] = []
    for row in rows {
      let value = Double(bitPattern: try XCTUnwrap(UInt64(row.bits.dropFirst(2), radix: 16), row.bits))
      let actual = [Scalar.float(value).description, TensorData.list([.float(value)]).pythonRepr]
      if actual != [row.repr, "[\(row.repr)]"] { failures.append("\(row.bits): \(actual) vs \(row.repr)") }
    }
    XCTAssertEqual(failures.count, 0, failures.prefix(10).joined(separator: "\n"))
  }

  func testTiesRoundToEven() {
    XCTAssertEqual(PythonFloatFormat.fixed(1.03125, precision: 4), "1.0312")
    XCTAssertEqual(PythonFloatFormat.fixed(1.09375, precision: 4), "1.0938")
    XCTAssertEqual(PythonFloatFormat.fixed(2.5, precision: 0), "2")
    XCTAssertEqual(PythonFloatFormat.fixed(3.5, precision: 0), "4")
    XCTAssertEqual(PythonFloatFormat.scientific(1.03125, precision: 4), "1.0312e+00")
  }

  func testSpecialsAndRepr() {
    XCTAssertEqual(PythonFloatFormat.fixed(-.nan, precision: 4), "nan")
    XCTAssertEqual(PythonFloatFormat.scientific(-.infinity, precision: 4), "-inf")
    XCTAssertEqual(PythonFloatFormat.repr(-0.0), "-0.0")
    XCTAssertEqual(PythonFloatFormat.repr(9_007_199_254_740_994), "9007199254740994.0")
    XCTAssertEqual(PythonFloatFormat.repr(1e16), "1e+16")
    XCTAssertEqual(PythonFloatFormat.repr(Double(Float(0.1))), "0.10000000149011612")
    XCTAssertEqual(PythonFloatFormat.repr(1.5e-7), "1.5e-07")
    XCTAssertEqual(PythonFloatFormat.repr(0.0001), "0.0001")
  }
}
