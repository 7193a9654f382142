import Foundation
import XCTest

@testable import Autograd

/// Seeded 200-step training loops against PyTorch (`Data/nn_cases.json`, section `training`): linear
/// regression with MSE and a small ReLU network with cross entropy, trained with SGD (momentum,
/// Nesterov, dampening, weight decay, maximize) and Adam/AdamW (amsgrad, L2 and decoupled decay), with
/// StepLR and ExponentialLR. Every step's loss and parameters are compared.
final class NNTrainingTests: EngineTestCase {
  /// One parameter's optimizer state.
  private enum OptimizerState {
    case sgd(Tensor?)
    case adam(Adam.ParameterState)
  }

  private struct Loop {
    let item: NNCaseFile.TrainingCase
    let parameters: [Tensor]
    let x: Tensor
    let y: Tensor
    var states: [OptimizerState]
    var lr: Double

    init(_ item: NNCaseFile.TrainingCase) throws {
      self.item = item
      parameters = try item.initial.enumerated().map { index, values in
        let shape: [Int]
        if item.model == "linear" {
          shape = index == 0 ? [1, 3] : [1]
        } else {
          shape = [[8, 4], [8], [3, 8], [3]][index]
        }
        let tensor = Tensor(shape: shape, dtype: .float32, floats: values)
        tensor.isParameter = true
        return try tensor.requiresGrad_()
      }
      x = Tensor(shape: item.x_shape, dtype: .float32, floats: item.x)
      y =
        item.loss == "ce"
        ? Tensor(shape: item.y_shape, dtype: .int64, integers: item.y.map { Int64($0) })
        : Tensor(shape: item.y_shape, dtype: .float32, floats: item.y)
      states = try parameters.map { p in
        item.optimizer == "SGD"
          ? .sgd(nil) : .adam(try Adam.ParameterState(for: p, amsgrad: item.kwargs["amsgrad"]?.flag ?? false))
      }
      lr = item.kwargs["lr"]?.number ?? 0.001
    }

    func loss() throws -> Tensor {
      let p = parameters
      let prediction: Tensor
      if item.model == "linear" {
        prediction = try Tensor.linear(x, weight: p[0], bias: p[1])
      } else {
        let hidden = try Tensor.linear(x, weight: p[0], bias: p[1]).relu()
        prediction = try Tensor.linear(hidden, weight: p[2], bias: p[3])
      }
      switch item.loss {
      case "mse": return try Tensor.mseLoss(prediction, y)
      case "neg_mse": return try Tensor.mseLoss(prediction, y).neg()
      default: return try Tensor.crossEntropy(prediction, y)
      }
    }

    mutating func step(_ index: Int) throws {
      let k = item.kwargs
      for (i, parameter) in parameters.enumerated() {
        guard let grad = parameter.gradIfPresent else { continue }
        switch states[i] {
        case .sgd(var buffer):
          let h = SGD.Hyperparameters(
            lr: lr, momentum: k["momentum"]?.number ?? 0, dampening: k["dampening"]?.number ?? 0,
            weightDecay: k["weight_decay"]?.number ?? 0, nesterov: k["nesterov"]?.flag ?? false,
            maximize: k["maximize"]?.flag ?? false)
          try SGD.step(parameter: parameter, grad: grad, momentumBuffer: &buffer, hyperparameters: h)
          states[i] = .sgd(buffer)
        case .adam(let state):
          let betas = k["betas"]?.list ?? [0.9, 0.999]
          let decoupled = item.optimizer == "AdamW"
          let h = Adam.Hyperparameters(
            lr: lr, beta1: betas[0], beta2: betas[1], eps: 1e-8,
            weightDecay: k["weight_decay"]?.number ?? (decoupled ? 0.01 : 0),
            amsgrad: k["amsgrad"]?.flag ?? false,
            maximize: k["maximize"]?.flag ?? false, decoupledWeightDecay: decoupled)
          try Adam.step(parameter: parameter, grad: grad, state: state, hyperparameters: h)
        }
      }
      switch item.scheduler {
      case "StepLR":
        lr = LearningRateSchedule.stepLR(
          currentLR: lr, lastEpoch: index + 1, stepSize: Int(item.scheduler_kwargs["step_size"] ?? 1),
          gamma: item.scheduler_kwargs["gamma"] ?? 0.1)
      case "ExponentialLR":
        lr = LearningRateSchedule.exponentialLR(
          currentLR: lr, isInitialStep: false, gamma: item.scheduler_kwargs["gamma"] ?? 0.1)
      default: break
      }
    }
  }

  /// Linear regression (the lesson's loop): every step's loss to 4 decimals with every optimizer, and bit
  /// for bit with SGD. Adam's `sqrt(exp_avg_sq)` is PyTorch's MKL sqrt, which is not correctly rounded
  /// (1 ulp off for about 17% of inputs) and is not reproduced, so Adam's values drift by a few ulp.
  /// The ReLU network also multiplies matrices whose float32 `mm` does not follow MKL's summation order
  /// bit for bit, and its differences grow over 200 steps; its losses are held to 1e-3 and reported.
  func testTwoHundredStepLoopsMatchPyTorch() throws {
    var report: [String] = []
    for item in try NNCaseFile.load().training {
      var loop = try Loop(item)
      var worstLossULP = 0
      var worstParameterULP = 0
      var worstLossDifference = 0.0
      var exactSteps = 0
      var fourDecimalSteps = 0
      for (index, expected) in item.steps.enumerated() {
        for p in loop.parameters { try p.setGrad(nil) }
        let loss = try loop.loss()
        try loss.backward()
        try loop.step(index)
        let lossValue = try loss.contiguousDoubles()[0]
        let difference = Swift.abs(lossValue - expected.loss)
        worstLossDifference = max(worstLossDifference, difference)
        if String(format: "%.4f", lossValue) == String(format: "%.4f", expected.loss) {
          fourDecimalSteps += 1
        }
        XCTAssertLessThan(difference, item.model == "linear" ? 5e-5 : 1e-3, "\(item.name) step \(index) loss")
        XCTAssertEqual(loop.lr, expected.lr, "\(item.name) step \(index) lr")
        worstLossULP = max(worstLossULP, NNCaseFile.maxULP([lossValue], [expected.loss], dtype: .float32))
        var stepULP = 0
        for (p, values) in zip(loop.parameters, expected.params) {
          stepULP = max(stepULP, NNCaseFile.maxULP(try p.contiguousDoubles(), values, dtype: .float32))
        }
        worstParameterULP = max(worstParameterULP, stepULP)
        if stepULP == 0 && lossValue == expected.loss { exactSteps += 1 }
      }
      report.append(
        "\(item.name): \(exactSteps)/200 steps bit-exact, \(fourDecimalSteps)/200 losses equal at 4 decimals, "
          + "max ulp loss \(worstLossULP) params \(worstParameterULP), max |Δloss| \(worstLossDifference)")
      if item.model == "linear" && item.optimizer == "SGD" {
        XCTAssertEqual(exactSteps, 200, "\(item.name) bit for bit: \(report.last ?? "")")
      }
    }
    print("Training loops against PyTorch:\n" + report.joined(separator: "\n"))
  }

  func testGradientClippingMatchesPyTorch() throws {
    for item in try NNCaseFile.load().clipping {
      let grads = zip(item.shapes, item.grads).map { Tensor(shape: $0, dtype: .float32, floats: $1) }
      if let clip = item.clip_value {
        try GradClipping.clipGradValue_(grads, clipValue: clip)
      } else {
        let normType = item.norm_type?.number ?? .infinity
        let total = try GradClipping.clipGradNorm_(grads, maxNorm: item.max_norm ?? 1, normType: normType)
        XCTAssertEqual(
          try total.contiguousDoubles()[0], item.total ?? 0, "total norm \(item.shapes) p=\(normType)")
      }
      for (grad, expected) in zip(grads, item.clipped) {
        XCTAssertEqual(try grad.contiguousDoubles(), expected, "clipped gradient \(item.shapes)")
      }
    }
  }
}
