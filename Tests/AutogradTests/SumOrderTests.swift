import Foundation
import XCTest

@testable import Autograd

/// Sums and means are bit-identical to PyTorch's CPU results (`Data/sum_order_cases.json`).
final class SumOrderTests: EngineTestCase {
  struct Case: Decodable {
    let shape: [Int]
    let dtype: String
    let op: String
    let dims: DimsValue?
    let keepdim: Bool
    let transpose: Bool
    let data: [Double]
    let result_shape: [Int]
    let result: [Double]
  }

  /// `dims` is an int or a list of ints in the JSON.
  enum DimsValue: Decodable {
    case one(Int)
    case many([Int])
    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Int.self) {
        self = .one(value)
      } else {
        self = .many(try container.decode([Int].self))
      }
    }
    var list: [Int] {
      switch self {
      case .one(let d): return [d]
      case .many(let ds): return ds
      }
    }
  }

  struct CaseFile: Decodable { let cases: [Case] }

  func testSumsAreBitIdenticalToPyTorch() throws {
    guard
      let url = Bundle.module.url(forResource: "sum_order_cases", withExtension: "json", subdirectory: "Data")
    else { return XCTFail("sum_order_cases.json missing") }
    let cases = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).cases
    XCTAssertGreaterThan(cases.count, 100)
    var mismatches = 0
    for item in cases {
      let dtype = DType(rawValue: item.dtype) ?? .float32
      var t = try Tensor.tensor(.list(item.data.map { .float($0) }), dtype: dtype).reshape(item.shape)
      if item.transpose { t = try t.t() }
      let result: Tensor
      switch (item.op, item.dims) {
      case ("sum", nil): result = try t.sum()
      case ("mean", nil): result = try t.mean()
      case ("sum", let dims?): result = try t.sum(dims: dims.list, keepdim: item.keepdim)
      case (_, let dims?): result = try t.mean(dims: dims.list, keepdim: item.keepdim)
      default: result = try t.mean()
      }
      XCTAssertEqual(result.shape, item.result_shape)
      if try result.contiguousDoubles() != item.result {
        mismatches += 1
        XCTFail(
          "\(item.op) \(item.shape) \(item.dtype) dims \(item.dims?.list ?? []) transpose \(item.transpose)")
      }
    }
    XCTAssertEqual(mismatches, 0)
  }
}
