import XCTest

@testable import Autograd

/// A step count that is not one element (a loaded state dict may hold any tensor there) gives PyTorch
/// 2.15's error where PyTorch reads it with `item()` (Adam, Adagrad) and is incremented as `+=` does where
/// it does not (RMSprop), never a crash. Messages and values from PyTorch 2.15 (`step = torch.tensor([])`
/// after one step, then `opt.step()` again).
final class OptimizerStepCountTests: EngineTestCase {
  private let message = "a Tensor with 0 elements cannot be converted to Scalar"

  private func operands() -> (parameter: Tensor, grad: Tensor) {
    (
      Tensor(shape: [2], dtype: .float32, floats: [0, 0]),
      Tensor(shape: [2], dtype: .float32, floats: [1, 1])
    )
  }

  func testAdamRejectsAnEmptyStepCount() throws {
    let (parameter, grad) = operands()
    let state = try Adam.ParameterState(for: parameter, amsgrad: false)
    let loaded = Adam.ParameterState(
      step: Tensor(shape: [0], dtype: .float32, floats: []), expAvg: state.expAvg, expAvgSq: state.expAvgSq,
      maxExpAvgSq: nil)
    assertAutogradError(.runtimeError, message) {
      try Adam.step(parameter: parameter, grad: grad, state: loaded, hyperparameters: .init(lr: 0.1))
    }
  }

  func testAdagradRejectsAnEmptyStepCount() throws {
    let (parameter, grad) = operands()
    assertAutogradError(.runtimeError, message) {
      try Adagrad.step(
        parameter: parameter, grad: grad, step: Tensor(shape: [0], dtype: .float32, floats: []),
        sum: try Tensor.zerosLike(parameter), hyperparameters: .init(lr: 0.1))
    }
  }

  func testRMSpropStepsWithAnEmptyStepCount() throws {
    let (parameter, grad) = operands()
    let state = try RMSprop.ParameterState(for: parameter, momentum: false, centered: false)
    let step = Tensor(shape: [0], dtype: .float32, floats: [])
    let loaded = RMSprop.ParameterState(
      step: step, squareAvg: state.squareAvg, momentumBuffer: nil, gradAvg: nil)
    try RMSprop.step(parameter: parameter, grad: grad, state: loaded, hyperparameters: .init(lr: 0.1))
    XCTAssertEqual(step.shape, [0])
    // PyTorch 2.15 (the state set by hand, then one step from zeros with gradient ones).
    XCTAssertEqual(try parameter.floatValues(), [-0.9999999403953552, -0.9999999403953552])
  }
}
