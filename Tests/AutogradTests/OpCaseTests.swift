import Foundation
import TestSupport
import XCTest

@testable import Autograd

/// Forward values, grad_fn names, next_functions and gradients of every op against real PyTorch
/// (`Data/ops_cases.json`, produced by `Data/ops_cases.py`), plus finite-difference checks in float64.
final class OpCaseTests: XCTestCase {
  struct InputSpec: Decodable {
    let shape: [Int]
    let dtype: String
    let requires_grad: Bool
    let data: [Double]
  }
  struct Output: Decodable {
    let shape: [Int]
    let dtype: String
    let values: [Double]
    let repr: String
  }
  struct OpCase: Decodable {
    let op: String
    let inputs: [InputSpec]
    let output: Output
    let grad_fn: String?
    let next_functions: [String?]
    let seed: [Double]
    let grads: [[Double]?]
  }
  struct CaseFile: Decodable {
    let cases: [OpCase]
  }

  static func loadCases() throws -> [OpCase] {
    guard let url = Bundle.module.url(forResource: "ops_cases", withExtension: "json", subdirectory: "Data") else {
      throw AutogradError(.runtimeError, "ops_cases.json missing from the test bundle")
    }
    return try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).cases
  }

  override func setUp() {
    AutogradRuntime.shared.reset()
  }

  static func makeInput(_ spec: InputSpec, dtype override: DType? = nil) throws -> Tensor {
    let dtype = override ?? (DType(rawValue: spec.dtype) ?? .float32)
    let flat = try Tensor.tensor(.list(spec.data.map { TensorData.float($0) }), dtype: dtype)
    return try flat.reshape(spec.shape).detach().requiresGrad_(spec.requires_grad)
  }

  /// Relative closeness with a float32-sized tolerance.
  static func close(_ a: [Double], _ b: [Double], tolerance: Double) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
      if x.isNaN && y.isNaN { continue }
      if Swift.abs(x - y) > tolerance * Swift.max(1, Swift.abs(y)) { return false }
    }
    return true
  }

  func testForwardBackwardMatchPyTorch() throws {
    let cases = try OpCaseTests.loadCases()
    XCTAssertGreaterThan(cases.count, 90)
    var exactForward = 0
    for item in cases {
      guard let op = OpTable.ops[item.op] else {
        XCTFail("no Swift op for \(item.op)")
        continue
      }
      let inputs = try item.inputs.map { try OpCaseTests.makeInput($0) }
      let result = try op(inputs)
      XCTAssertEqual(result.shape, item.output.shape, item.op)
      XCTAssertEqual(result.dtype.rawValue, item.output.dtype, item.op)
      let tolerance = result.dtype == .float32 ? 2e-6 : 1e-12
      let forward = result.contiguousDoubles()
      XCTAssertTrue(
        OpCaseTests.close(forward, item.output.values, tolerance: tolerance),
        "\(item.op): forward \(forward) vs \(item.output.values)")
      if forward == item.output.values { exactForward += 1 }
      XCTAssertEqual(result.gradFn?.name, item.grad_fn, item.op)
      XCTAssertEqual(
        result.gradFn?.nextFunctions.map { $0.node?.name }, item.next_functions, "\(item.op) next_functions")
      let seed = try Tensor.tensor(.list(item.seed.map { TensorData.float($0) }), dtype: result.dtype)
        .reshape(result.shape)
      try result.backward(gradient: seed)
      for (index, expected) in item.grads.enumerated() {
        let actual = inputs[index].gradIfPresent
        guard let expected = expected else {
          XCTAssertNil(actual, "\(item.op) grad \(index) should be None")
          continue
        }
        guard let grad = actual else {
          XCTFail("\(item.op): missing grad \(index)")
          continue
        }
        XCTAssertEqual(grad.shape, inputs[index].shape, "\(item.op) grad shape")
        XCTAssertEqual(grad.dtype, inputs[index].dtype, "\(item.op) grad dtype")
        let gradTolerance = grad.dtype == .float32 ? 1e-5 : 1e-12
        XCTAssertTrue(
          OpCaseTests.close(grad.contiguousDoubles(), expected, tolerance: gradTolerance),
          "\(item.op) grad \(index): \(grad.contiguousDoubles()) vs \(expected)")
      }
    }
    // Elementwise float32 arithmetic is done in Float, so most forward values are bit-identical.
    XCTAssertGreaterThan(exactForward, cases.count * 3 / 4, "bit-exact forward results")
  }

  func testReprsMatchPyTorch() throws {
    for item in try OpCaseTests.loadCases() {
      guard let op = OpTable.ops[item.op] else { continue }
      let inputs = try item.inputs.map { try OpCaseTests.makeInput($0) }
      assertTextEqual(try op(inputs).description, item.output.repr, item.op)
    }
  }

  /// Analytic gradients against central differences, every op in float64.
  func testGradientsMatchFiniteDifferences() throws {
    let skip: Set<String> = ["index_list"]  // covered above; duplicate indices are fine but slow to perturb
    for item in try OpCaseTests.loadCases() where !skip.contains(item.op) {
      guard let op = OpTable.ops[item.op] else { continue }
      let inputs = try item.inputs.map { try OpCaseTests.makeInput($0, dtype: .float64) }
      let result = try op(inputs)
      guard result.dtype == .float64 else { continue }
      let seed = try Tensor.tensor(.list(item.seed.map { TensorData.float($0) }), dtype: .float64).reshape(result.shape)
      try result.backward(gradient: seed)
      for (index, input) in inputs.enumerated() where input.requiresGrad {
        guard let analytic = input.gradIfPresent?.contiguousDoubles() else {
          XCTFail("\(item.op): no gradient for input \(index)")
          continue
        }
        var numeric: [Double] = []
        let h = 1e-6
        for element in 0..<input.count {
          func objective(_ delta: Double) throws -> Double {
            let perturbed = try inputs.enumerated().map { (j, t) -> Tensor in
              var values = t.contiguousDoubles()
              if j == index { values[element] += delta }
              return try Tensor.tensor(.list(values.map { TensorData.float($0) }), dtype: .float64).reshape(t.shape)
            }
            let output = try AutogradRuntime.shared.withMode(.noGrad) { try op(perturbed) }
            return zip(output.contiguousDoubles(), seed.contiguousDoubles()).reduce(0) { $0 + $1.0 * $1.1 }
          }
          numeric.append((try objective(h) - objective(-h)) / (2 * h))
        }
        XCTAssertTrue(
          OpCaseTests.close(analytic, numeric, tolerance: 1e-5),
          "\(item.op) input \(index): analytic \(analytic) vs numeric \(numeric)")
      }
    }
  }
}
