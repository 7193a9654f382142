import Foundation
import XCTest

@testable import Autograd

/// Which of several equal values `topk`, `sort`, `median(dim)`, `kthvalue` and `mode` report, against PyTorch
/// (`Data/ordering_cases.json`): the indices decide where gradients go at ties.
final class OrderingTests: EngineTestCase {
  struct Case: Decodable {
    let op: String
    let row: [Double?]
    let k: Int?
    let largest: Bool?
    let sorted: Bool?
    let descending: Bool?
    let stable: Bool?
    let indices: [Int64]
  }
  struct CaseFile: Decodable { let cases: [Case] }

  func testIndicesOfTiesMatchPyTorch() throws {
    guard
      let url = Bundle.module.url(forResource: "ordering_cases", withExtension: "json", subdirectory: "Data")
    else { return XCTFail("ordering_cases.json missing") }
    let cases = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).cases
    XCTAssertGreaterThan(cases.count, 500)
    var mismatches = 0
    for item in cases {
      let row = try Tensor.tensor(.list(item.row.map { .float($0 ?? .nan) }))
      let indices: [Int64]
      switch item.op {
      case "topk":
        indices = try row.topk(
          item.k ?? 1, largest: item.largest ?? true, sorted: item.sorted ?? true
        ).indices.contiguousIntegers()
      case "sort":
        indices = try row.sort(descending: item.descending ?? false, stable: item.stable).indices
          .contiguousIntegers()
      case "kthvalue":
        indices = try row.kthvalue(item.k ?? 1).indices.contiguousIntegers()
      case "mode":
        indices = try row.mode().indices.contiguousIntegers()
      default:
        indices = try row.median(dim: 0).indices.contiguousIntegers()
      }
      if indices != item.indices {
        mismatches += 1
        if mismatches <= 10 {
          XCTFail(
            "\(item.op) k=\(item.k ?? -1) largest=\(item.largest ?? true) sorted=\(item.sorted ?? true) \(item.row.count): \(indices) vs \(item.indices)"
          )
        }
      }
    }
    XCTAssertEqual(mismatches, 0)
  }
}
