import Foundation
import XCTest

@testable import Autograd

/// float32 matrix products bit-identical to PyTorch's for lesson-sized shapes (`Data/matmul_cases.json`).
final class MatmulExactnessTests: EngineTestCase {
  struct Case: Decodable {
    let n: Int
    let k: Int
    let m: Int
    let a: [Double]
    let b: [Double]
    let result: [Double]
  }
  struct CaseFile: Decodable { let cases: [Case] }

  func testProductsAreBitIdenticalToPyTorch() throws {
    guard
      let url = Bundle.module.url(forResource: "matmul_cases", withExtension: "json", subdirectory: "Data")
    else { return XCTFail("matmul_cases.json missing") }
    let cases = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).cases
    XCTAssertGreaterThan(cases.count, 10)
    for item in cases {
      let a = try floats(item.a, [item.n, item.k])
      let b = try floats(item.b, [item.k, item.m])
      let product = try a.matmul(b)
      let values = try product.contiguousDoubles()
      let same = zip(values, item.result).filter { $0 == $1 }.count
      XCTAssertEqual(
        same, item.result.count,
        "\(item.n)×\(item.k) @ \(item.k)×\(item.m): \(same) of \(item.result.count) equal")
    }
  }
}
