import Foundation
import TestSupport
import XCTest

@testable import Autograd

/// Forward values, grad_fn names, next_functions and gradients of every op against real PyTorch
/// (`Data/ops_cases.json`, `Data/tensor_api_cases.json` and `Data/tensor_api_more_cases.json`, produced by
/// the scripts beside them), plus finite-difference checks in float64 wherever the op is smooth at the case's
/// inputs.
final class OpCaseTests: EngineTestCase {
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
    /// False on ties and kinks (PyTorch's subgradient is the reference; finite differences are skipped).
    let smooth: Bool?
  }
  struct CaseFile: Decodable {
    let cases: [OpCase]
  }

  /// The case files and the Swift twins of their ops.
  static let suites: [(file: String, ops: [String: OpTable.Op])] = [
    ("ops_cases", OpTable.ops), ("tensor_api_cases", TensorAPIOpTable.ops),
    ("tensor_api_more_cases", TensorAPIMoreOpTable.ops),
  ]

  static func loadCases(_ file: String) throws -> [OpCase] {
    guard let url = Bundle.module.url(forResource: file, withExtension: "json", subdirectory: "Data")
    else {
      throw AutogradError(.runtimeError, "\(file).json missing from the test bundle")
    }
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return try decoder.decode(CaseFile.self, from: Data(contentsOf: url)).cases
  }

  /// Every case with its Swift op (a case without one is a failure).
  static func loadAll() throws -> [(item: OpCase, op: OpTable.Op)] {
    var result: [(item: OpCase, op: OpTable.Op)] = []
    for suite in suites {
      let cases = try loadCases(suite.file)
      for item in cases {
        guard let op = suite.ops[item.op] else {
          XCTFail("no Swift op for \(item.op) in \(suite.file)")
          continue
        }
        result.append((item, op))
      }
    }
    return result
  }

  static func makeInput(_ spec: InputSpec, dtype override: DType? = nil) throws -> Tensor {
    let dtype = override ?? (DType(rawValue: spec.dtype) ?? .float32)
    let flat = try Tensor.tensor(.list(spec.data.map { TensorData.float($0) }), dtype: dtype)
    return try flat.reshape(spec.shape).detach().requiresGrad_(spec.requires_grad)
  }

  /// The dtype an input takes in the float64 checks: floating inputs become float64, index tensors stay.
  static func float64(_ spec: InputSpec) -> DType {
    spec.dtype.hasPrefix("float") ? .float64 : (DType(rawValue: spec.dtype) ?? .float64)
  }

  /// Relative closeness with a float32-sized tolerance.
  static func close(_ a: [Double], _ b: [Double], tolerance: Double) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
      if x == y || (x.isNaN && y.isNaN) { continue }
      if !x.isFinite || !y.isFinite { return false }
      if Swift.abs(x - y) > tolerance * Swift.max(1, Swift.abs(y)) { return false }
    }
    return true
  }

  func testForwardBackwardMatchPyTorch() throws {
    let cases = try OpCaseTests.loadAll()
    XCTAssertGreaterThan(try OpCaseTests.loadCases("ops_cases").count, 90)
    var exactForward = 0
    for (item, op) in cases {
      let inputs = try item.inputs.map { try OpCaseTests.makeInput($0) }
      let result = try op(inputs)
      XCTAssertEqual(result.shape, item.output.shape, item.op)
      XCTAssertEqual(result.dtype.rawValue, item.output.dtype, item.op)
      let tolerance = result.dtype == .float32 ? 2e-6 : 1e-12
      let forward = try result.contiguousDoubles()
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
        let gradValues = try grad.contiguousDoubles()
        XCTAssertTrue(
          OpCaseTests.close(gradValues, expected, tolerance: gradTolerance),
          "\(item.op) grad \(index): \(gradValues) vs \(expected)")
      }
    }
    // Elementwise float32 arithmetic is done in Float, so most forward values are bit-identical.
    XCTAssertGreaterThan(exactForward, cases.count * 3 / 4, "bit-exact forward results")
  }

  func testReprsMatchPyTorch() throws {
    for (item, op) in try OpCaseTests.loadAll() {
      let inputs = try item.inputs.map { try OpCaseTests.makeInput($0) }
      assertTextEqual(try op(inputs).description, item.output.repr, item.op)
    }
  }

  /// Analytic gradients against central differences, every op in float64.
  func testGradientsMatchFiniteDifferences() throws {
    let skip: Set<String> = ["index_list"]  // covered above; duplicate indices are fine but slow to perturb
    for (item, op) in try OpCaseTests.loadAll() where !skip.contains(item.op) && item.smooth != false {
      let inputs = try item.inputs.map { try OpCaseTests.makeInput($0, dtype: OpCaseTests.float64($0)) }
      let result = try op(inputs)
      guard result.dtype == .float64 else { continue }
      let seed = try Tensor.tensor(.list(item.seed.map { TensorData.float($0) }), dtype: .float64).reshape(
        result.shape)
      try result.backward(gradient: seed)
      for (index, input) in inputs.enumerated() where input.requiresGrad {
        guard let analytic = try input.gradIfPresent?.contiguousDoubles() else {
          XCTFail("\(item.op): no gradient for input \(index)")
          continue
        }
        var numeric: [Double] = []
        let h = 1e-6
        for element in 0..<input.count {
          func objective(_ delta: Double) throws -> Double {
            let perturbed = try inputs.enumerated().map { (j, t) -> Tensor in
              guard j == index else { return t.detach() }
              var values = try t.contiguousDoubles()
              values[element] += delta
              return try Tensor.tensor(.list(values.map { TensorData.float($0) }), dtype: .float64).reshape(
                t.shape)
            }
            let output = try AutogradContext.current.withMode(.noGrad) { try op(perturbed) }
            return zip(try output.contiguousDoubles(), try seed.contiguousDoubles()).reduce(0) {
              $0 + $1.0 * $1.1
            }
          }
          numeric.append((try objective(h) - objective(-h)) / (2 * h))
        }
        XCTAssertTrue(
          OpCaseTests.close(analytic, numeric, tolerance: 1e-5),
          "\(item.op) input \(index): analytic \(analytic) vs numeric \(numeric)")
      }
    }
  }

  /// Second derivatives: Hessian-vector products through create_graph against finite differences of the
  /// first derivative, every op in float64.
  func testHessianVectorProductsMatchFiniteDifferences() throws {
    var checkedOps = Set<String>()
    for (item, op) in try OpCaseTests.loadAll() where item.op != "index_list" && item.smooth != false {
      let base = try item.inputs.map { try OpCaseTests.makeInput($0, dtype: OpCaseTests.float64($0)) }
      let differentiableInputs = base.filter { $0.requiresGrad }
      guard !differentiableInputs.isEmpty, differentiableInputs.allSatisfy({ $0.dtype == .float64 }) else {
        continue
      }
      let seed = try Tensor.tensor(.list(item.seed.map { TensorData.float($0) }), dtype: .float64)
      let direction = base.map { t in (0..<t.count).map { Double(($0 % 3) + 1) * 0.1 } }

      /// The gradient of sum(op(inputs) * seed) w.r.t. every input requiring grad, flattened.
      func gradient(_ shift: Double, createGraph: Bool) throws -> (inputs: [Tensor], grads: [Tensor?]) {
        let inputs = try base.enumerated().map { (j, t) -> Tensor in
          guard t.requiresGrad else { return t }
          let values = zip(try t.contiguousDoubles(), direction[j]).map { $0 + shift * $1 }
          let shifted = try Tensor.tensor(.list(values.map { TensorData.float($0) }), dtype: .float64)
            .reshape(t.shape)
          return try shifted.detach().requiresGrad_(t.requiresGrad)
        }
        let output = try op(inputs)
        let objective = try output.mul(.tensor(seed.reshape(output.shape))).sum()
        let differentiable = inputs.filter { $0.requiresGrad }
        let grads = try Tensor.grad(
          outputs: [objective], inputs: differentiable, createGraph: createGraph, allowUnused: true)
        return (differentiable, grads)
      }

      let (inputs, grads) = try gradient(0, createGraph: true)
      // g · v, differentiated again.
      var dotProduct = try Tensor.scalar(.float(0), dtype: .float64)
      let usedDirections = zip(base, direction).filter { $0.0.requiresGrad }.map { $0.1 }
      for (grad, v) in zip(grads, usedDirections) {
        guard let grad = grad else { continue }
        let vTensor = try Tensor.tensor(.list(v.map { TensorData.float($0) }), dtype: .float64).reshape(
          grad.shape)
        dotProduct = try dotProduct + grad.mul(.tensor(vTensor)).sum()
      }
      guard dotProduct.requiresGrad else { continue }  // linear ops: the Hessian is zero
      let hvp = try Tensor.grad(
        outputs: [dotProduct], inputs: inputs, allowUnused: true, materializeGrads: true)
      let h = 1e-5
      let plus = try gradient(h, createGraph: false).grads
      let minus = try gradient(-h, createGraph: false).grads
      for index in 0..<inputs.count {
        guard let p = try plus[index]?.contiguousDoubles(), let m = try minus[index]?.contiguousDoubles(),
          let analytic = try hvp[index]?.contiguousDoubles()
        else { continue }
        let numeric = zip(p, m).map { ($0 - $1) / (2 * h) }
        checkedOps.insert(item.op)
        XCTAssertTrue(
          OpCaseTests.close(analytic, numeric, tolerance: 1e-4),
          "\(item.op) input \(index): H·v \(analytic) vs numeric \(numeric)")
      }
    }
    // Every nonlinear op has a second derivative to check (linear ones have none).
    XCTAssertGreaterThan(checkedOps.count, 30, "ops with a checked Hessian: \(checkedOps.sorted())")
  }
}
