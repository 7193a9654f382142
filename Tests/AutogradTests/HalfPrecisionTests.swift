import Foundation
import XCTest

@testable import Autograd

/// float16 and bfloat16: rounding of stored values and elementwise results, bit for bit against PyTorch
/// (`Data/half_precision_cases.json`).
final class HalfPrecisionTests: EngineTestCase {
  struct Entry: Decodable {
    let stored: [String]
    let a_end: Int
    let b_end: Int
    let ops: [String: [String]]
  }
  struct CaseFile: Decodable {
    let source: [String]
    let cases: [String: Entry]
  }

  static func value(_ hex: String) -> Double {
    switch hex {
    case "nan": return .nan
    case "inf": return .infinity
    case "-inf": return -.infinity
    default: return Double(hex) ?? .nan
    }
  }

  static func same(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
  }

  static let ops: [String: @Sendable (Tensor, Tensor) throws -> Tensor] = [
    "add": { try $0 + $1 },
    "sub": { try $0 - $1 },
    "mul": { try $0 * $1 },
    "div": { try $0 / $1 },
    "exp": { a, _ in try a.exp() },
    "tanh": { a, _ in try a.tanh() },
    "sqrt": { a, _ in try a.abs().sqrt() },
    "sigmoid": { a, _ in try a.sigmoid() },
    "add_scalar": { a, _ in try a.add(.float(0.1)) },
    "mul_scalar": { a, _ in try a.mul(.int(3)) },
    "pow2": { a, _ in try a.pow(.int(2)) },
    "round": { a, _ in try a.round() },
  ]

  func testStoredValuesAndResultsMatchPyTorch() throws {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Data/half_precision_cases", withExtension: "json"))
    let file = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url))
    let source = try Tensor.tensor(.list(file.source.map { .float(Self.value($0)) }))
    for (name, entry) in file.cases {
      let dtype = try XCTUnwrap(DType(rawValue: name))
      let stored = try source.to(dtype)
      XCTAssertTrue(
        Self.same(try stored.contiguousDoubles(), entry.stored.map(Self.value)), "\(name): rounding on store")
      let a = try stored.slice(dim: 0, start: 0, stop: entry.a_end, step: 1)
      let b = try stored.slice(dim: 0, start: entry.a_end, stop: entry.b_end, step: 1)
      let small = try stored.slice(dim: 0, start: 0, stop: 12, step: 1).reshape([3, 4])
      var results: [String: Tensor] = [:]
      for (op, body) in Self.ops { results[op] = try body(a, b) }
      results["sum"] = try stored.slice(dim: 0, start: 0, stop: 100, step: 1).sum()
      results["mean"] = try stored.slice(dim: 0, start: 0, stop: 100, step: 1).mean()
      results["matmul"] = try small.matmul(small.t())
      results["cumsum"] = try stored.slice(dim: 0, start: 0, stop: 20, step: 1).cumsum(dim: 0)
      XCTAssertEqual(Set(results.keys), Set(entry.ops.keys))
      for (op, expected) in entry.ops {
        let result = try XCTUnwrap(results[op])
        XCTAssertEqual(result.dtype, dtype, "\(name) \(op) dtype")
        let actual = try result.contiguousDoubles()
        let wanted = expected.map(Self.value)
        let mismatches = zip(actual, wanted).enumerated().filter { !Self.same([$0.element.0], [$0.element.1]) }
        XCTAssertTrue(mismatches.isEmpty, "\(name) \(op): \(mismatches.count) differ, first \(mismatches.prefix(3))")
      }
    }
  }

  struct RandomCase: Decodable {
    let dtype: String
    let kind: String
    let count: Int
    let values: [String]
  }
  struct RandomFile: Decodable { let cases: [RandomCase] }

  func testSeededRandomValuesMatchPyTorch() throws {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Data/half_random_cases", withExtension: "json"))
    let file = try JSONDecoder().decode(RandomFile.self, from: Data(contentsOf: url))
    for item in file.cases {
      let dtype = try XCTUnwrap(DType(rawValue: item.dtype))
      Tensor.manualSeed(3)
      let tensor =
        item.kind == "randn" ? try Tensor.randn([item.count], dtype: dtype) : try Tensor.rand([item.count], dtype: dtype)
      XCTAssertTrue(
        Self.same(try tensor.contiguousDoubles(), item.values.map(Self.value)), "\(item.kind) \(item.dtype) \(item.count)")
    }
  }
}
