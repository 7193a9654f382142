import XCTest

@testable import Autograd

/// The computations behind `../shared/conformance-nn` cells, done with the engine's kernels the way
/// `nn.Linear`, `nn.Dropout` and `nn.Sequential` will call them, against PyTorch's printed results
/// (`Data/nn_cases.json`, section `cells`).
final class NNConformanceCellTests: EngineTestCase {
  private var cells: NNCaseFile.Cells { get throws { try NNCaseFile.load().cells } }

  /// An `nn.Linear(inFeatures, outFeatures)` initialised as PyTorch does: weight, then bias.
  private func linearLayer(_ inFeatures: Int, _ outFeatures: Int) throws -> (weight: Tensor, bias: Tensor) {
    let weight = try Tensor.zeros([outFeatures, inFeatures])
    let bias = try Tensor.zeros([outFeatures])
    for parameter in [weight, bias] {
      parameter.isParameter = true
      try parameter.requiresGrad_()
    }
    try NNInit.resetLayerParameters(weight: weight, bias: bias)
    return (weight, bias)
  }

  private func floats(_ values: [Double], _ shape: [Int]) -> Tensor {
    Tensor(shape: shape, dtype: .float32, floats: values)
  }

  func testLinearCells() throws {
    Tensor.manualSeed(42)
    let (weight, bias) = try linearLayer(3, 2)
    let x = floats([1, 0, -1, 0.5, 2, 1], [2, 3])
    let y = try Tensor.linear(x, weight: weight, bias: bias)
    XCTAssertEqual(y.description, try cells.linear_forward)
    XCTAssertEqual(
      try Tensor.linear(floats([1, 2, 3], [3]), weight: weight, bias: bias).description,
      try cells.linear_single)
    try y.sum().backward()
    XCTAssertEqual(
      [weight.gradIfPresent?.description, bias.gradIfPresent?.description], try cells.linear_grads)
  }

  func testTrainEvalCells() throws {
    Tensor.manualSeed(0)
    let first = try linearLayer(3, 8)
    let second = try linearLayer(8, 1)
    let input = floats([1, -1, 0.5], [1, 3])
    func forward(training: Bool) throws -> Tensor {
      let hidden = try Tensor.linear(input, weight: first.weight, bias: first.bias).relu()
      let dropped = try hidden.dropout(p: 0.5, training: training)
      return try Tensor.linear(dropped, weight: second.weight, bias: second.bias)
    }
    Tensor.manualSeed(10)
    let outputs = [try forward(training: true), try forward(training: true), try forward(training: false)]
    XCTAssertEqual(outputs.map(\.description), try cells.train_eval)
    try first.weight.requiresGrad_(false)
    try first.bias.requiresGrad_(false)
    Tensor.manualSeed(4)
    try forward(training: true).sum().backward()
    XCTAssertNil(first.weight.gradIfPresent)
    XCTAssertEqual(second.weight.gradIfPresent?.description, try cells.frozen_grad)
  }

  func testDropoutAndStateDictCells() throws {
    Tensor.manualSeed(2)
    let grid = try Tensor.arange(start: .float(1), end: .float(13)).reshape([3, 4])
    XCTAssertEqual(try grid.dropout(p: 0.2, training: true).description, try cells.dropout_2d)
    Tensor.manualSeed(6)
    let first = try linearLayer(2, 2)
    let second = try linearLayer(2, 1)
    let state = [first.weight, first.bias, second.weight, second.bias].map { $0.detach().description }
    XCTAssertEqual(state, try cells.state_dict)
  }

  /// `nn.BatchNorm1d(3, momentum=None)`: a cumulative average of the batch statistics, then evaluation.
  func testCumulativeBatchNorm() throws {
    let item = try cells.batch_norm_cumulative
    let weight = try Tensor.ones([3]).requiresGrad_()
    let bias = try Tensor.zeros([3]).requiresGrad_()
    let runningMean = try Tensor.zeros([3])
    let runningVar = try Tensor.ones([3])
    for (index, values) in item.batches.enumerated() {
      let output = try Tensor.batchNorm(
        floats(values, [4, 3]), runningMean: runningMean, runningVar: runningVar, weight: weight, bias: bias,
        training: true, momentum: Tensor.cumulativeMomentum(batchesTracked: index + 1))
      XCTAssertEqual(
        [output.description, runningMean.description, runningVar.description], item.steps[index])
    }
    let evaluated = try Tensor.batchNorm(
      floats(item.batches[0], [4, 3]), runningMean: runningMean, runningVar: runningVar, weight: weight,
      bias: bias,
      training: false)
    XCTAssertEqual(evaluated.description, item.eval)
  }
}
