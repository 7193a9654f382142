import Foundation
import XCTest

@testable import Autograd

/// RMSprop's and Adagrad's engine updates against PyTorch 2.15 (`Data/optim_adaptive_cases.json`): a
/// float64 parameter stepped with fixed gradients; its values and every state buffer must match bit for
/// bit after each step.
final class AdaptiveOptimizerTests: EngineTestCase {
  private struct CaseFile: Decodable {
    let cases: [Case]
  }

  private struct Case: Decodable {
    let name: String
    let optimizer: String
    let kwargs: [String: Setting]
    let initial: [Double]
    let grads: [[Double]]
    let steps: [Step]
  }

  private struct Step: Decodable {
    let param: [Double]
    let state: [String: Setting]
  }

  /// A JSON number, flag or list of numbers.
  private enum Setting: Decodable {
    case number(Double)
    case flag(Bool)
    case list([Double])

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let flag = try? container.decode(Bool.self) {
        self = .flag(flag)
      } else if let number = try? container.decode(Double.self) {
        self = .number(number)
      } else {
        self = .list(try container.decode([Double].self))
      }
    }

    var number: Double? {
      if case .number(let value) = self { return value }
      return nil
    }
    var flag: Bool {
      if case .flag(let value) = self { return value }
      return false
    }
    var values: [Double] {
      switch self {
      case .list(let values): return values
      case .number(let value): return [value]
      case .flag: return []
      }
    }
  }

  private func loadCases() throws -> [Case] {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data/optim_adaptive_cases", withExtension: "json"))
    return try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).cases
  }

  func testUpdatesMatchPyTorchBitForBit() throws {
    let cases = try loadCases()
    XCTAssertEqual(cases.count, 8)
    for item in cases {
      let k = item.kwargs
      let parameter = Tensor(shape: [item.initial.count], dtype: .float64, floats: item.initial)
      var rmsState: RMSprop.ParameterState?
      let step = try Tensor.zeros([], dtype: .float32)
      let initialSum = k["initial_accumulator_value"]?.number ?? 0
      let sum = try Tensor.full([item.initial.count], .float(initialSum), dtype: .float64)
      for (index, (gradValues, expected)) in zip(item.grads, item.steps).enumerated() {
        let grad = Tensor(shape: [gradValues.count], dtype: .float64, floats: gradValues)
        let label = "\(item.name) step \(index + 1)"
        var buffers: [String: Tensor] = [:]
        if item.optimizer == "RMSprop" {
          let h = RMSprop.Hyperparameters(
            lr: k["lr"]?.number ?? 0.01, alpha: k["alpha"]?.number ?? 0.99, eps: k["eps"]?.number ?? 1e-8,
            weightDecay: k["weight_decay"]?.number ?? 0, momentum: k["momentum"]?.number ?? 0,
            centered: k["centered"]?.flag ?? false, maximize: k["maximize"]?.flag ?? false)
          let state =
            try rmsState
            ?? RMSprop.ParameterState(for: parameter, momentum: h.momentum > 0, centered: h.centered)
          rmsState = state
          try RMSprop.step(parameter: parameter, grad: grad, state: state, hyperparameters: h)
          buffers = ["step": state.step, "square_avg": state.squareAvg]
          if let buffer = state.momentumBuffer { buffers["momentum_buffer"] = buffer }
          if let average = state.gradAvg { buffers["grad_avg"] = average }
        } else {
          let h = Adagrad.Hyperparameters(
            lr: k["lr"]?.number ?? 0.01, lrDecay: k["lr_decay"]?.number ?? 0,
            weightDecay: k["weight_decay"]?.number ?? 0, eps: k["eps"]?.number ?? 1e-10,
            maximize: k["maximize"]?.flag ?? false)
          try Adagrad.step(parameter: parameter, grad: grad, step: step, sum: sum, hyperparameters: h)
          buffers = ["step": step, "sum": sum]
        }
        XCTAssertEqual(try parameter.floatValues(), expected.param, label)
        XCTAssertEqual(Set(buffers.keys), Set(expected.state.keys), label)
        for (key, tensor) in buffers {
          XCTAssertEqual(try tensor.floatValues(), expected.state[key]?.values, "\(label) \(key)")
        }
      }
    }
  }

  func testValidationMessagesFollowPyTorchsOrder() {
    XCTAssertEqual(
      RMSprop.validationError(
        lr: .float(-1), eps: .float(-1), momentum: .int(0), weightDecay: .int(0), alpha: .int(0)),
      "Invalid learning rate: -1.0")
    XCTAssertEqual(
      RMSprop.validationError(
        lr: .float(0.1), eps: .float(0), momentum: .int(0), weightDecay: .int(0), alpha: .float(-0.5)),
      "Invalid alpha value: -0.5")
    XCTAssertEqual(
      Adagrad.validationError(
        lr: .float(0.1), lrDecay: .int(0), weightDecay: .int(0), initialAccumulatorValue: .int(-1),
        eps: .int(-1)),
      "Invalid initial_accumulator_value value: -1")
    XCTAssertNil(
      Adagrad.validationError(
        lr: .float(0.1), lrDecay: .int(0), weightDecay: .int(0), initialAccumulatorValue: .int(0),
        eps: .float(1e-10)))
  }
}
