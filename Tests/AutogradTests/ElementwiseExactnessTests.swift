import Foundation
import XCTest

@testable import Autograd

/// float32 arithmetic that PyTorch does in exact IEEE single precision is bit-identical here too
/// (`Data/elementwise_cases.json`, 2000 random values per op).
final class ElementwiseExactnessTests: EngineTestCase {
  struct CaseFile: Decodable {
    let x: [Double]
    let y: [Double]
    let results: [String: [Double]]
  }

  func testFloat32ArithmeticIsBitIdentical() throws {
    guard let url = Bundle.module.url(forResource: "elementwise_cases", withExtension: "json", subdirectory: "Data")
    else { return XCTFail("elementwise_cases.json missing") }
    let file = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url))
    let x = try floats(file.x)
    let y = try floats(file.y)
    let ops: [String: () throws -> Tensor] = [
      "pow2": { try x.pow(.int(2)) },
      "pow3": { try x.pow(.int(3)) },
      "pow_neg1": { try x.pow(.int(-1)) },
      "pow_neg2": { try x.pow(.int(-2)) },
      "div3": { try x.div(.int(3)) },
      "mul_point1": { try x.mul(.float(0.1)) },
      "add_point1": { try x.add(.float(0.1)) },
      "rsub2": { try Tensor.sub(.int(2), .tensor(x)) },
      "rdiv2": { try Tensor.div(.int(2), .tensor(x)) },
      "add": { try x + y },
      "sub": { try x - y },
      "mul": { try x * y },
      "div": { try x / y },
      "neg": { try x.neg() },
      "abs": { try x.abs() },
      "relu": { try x.relu() },
      "clamp": { try x.clamp(min: .int(-1), max: .int(1)) },
      "floordiv": { try x.floorDivide(.tensor(y)) },
      "mod": { try x.remainder(.tensor(y)) },
      "mean_pair": { try (x + y).div(.int(2)) },
    ]
    XCTAssertEqual(Set(ops.keys), Set(file.results.keys))
    for (name, expected) in file.results {
      guard let op = ops[name] else { continue }
      let actual = try op().contiguousDoubles()
      let same = zip(actual, expected).filter { $0 == $1 || ($0.isNaN && $1.isNaN) }.count
      XCTAssertEqual(same, expected.count, "\(name): \(same) of \(expected.count) bit-identical")
    }
  }
}
