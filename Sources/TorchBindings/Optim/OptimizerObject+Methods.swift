import Autograd
import PythonRuntime

/// The optimizers' methods: `step`, `zero_grad`, `state_dict`, `load_state_dict`, `add_param_group`.
extension OptimizerObject {
  static let methods = NativeMethodTable<OptimizerObject>(
    owner: "Optimizer",
    [
      [
        NativeMethod("step", [.init("closure", .pythonNone)]) { optimizer, call, context in
          var loss = Value.none
          if !call["closure"].isNone {
            // PyTorch re-enables grad around the closure, which usually runs backward.
            try AutogradContext.current.withMode(GradMode(isEnabled: true)) {
              loss = try context.call(call["closure"], Arguments())
            }
          }
          try TorchBridge.run(context) { try optimizer.step() }
          return loss
        },
        NativeMethod("zero_grad", [.init("set_to_none", .bool(true))]) { optimizer, call, context in
          let setToNone = try call.bool("set_to_none")
          try TorchBridge.run(context) {
            for group in try optimizer.groups() {
              for parameter in try parameters(of: group) {
                try parameter.tensor.clearGrad(setToNone: setToNone)
              }
            }
          }
          return .none
        },
        NativeMethod("add_param_group", ["param_group"]) { optimizer, call, context in
          guard case .dict(let group) = call["param_group"] else {
            throw NNError.type("param_group must be a dict")
          }
          try optimizer.addGroup(group, context)
          return .none
        },
        NativeMethod("state_dict") { optimizer, _, _ in try optimizer.stateDict() },
        NativeMethod("load_state_dict", ["state_dict"]) { optimizer, call, context in
          try optimizer.loadStateDict(call["state_dict"], context)
          return .none
        },
      ]
    ])

  /// One update of every parameter that has a gradient, with each group's current settings.
  func step() throws {
    stepCount += 1
    for group in try groups() {
      func number(_ key: String) throws -> Double { try (try group.get(.string(key)) ?? .none).asDouble() }
      func flag(_ key: String) throws -> Bool {
        guard case .bool(let value)? = try group.get(.string(key)) else { return false }
        return value
      }
      for parameter in try OptimizerObject.parameters(of: group) {
        guard let grad = parameter.tensor.gradIfPresent else { continue }
        let key = Value.native(parameter)
        let entry: DictObject
        if case .dict(let existing)? = try state.get(key) {
          entry = existing
        } else {
          entry = DictObject()
        }
        switch kind {
        case .sgd:
          let settings = SGD.Hyperparameters(
            lr: try number("lr"), momentum: try number("momentum"), dampening: try number("dampening"),
            weightDecay: try number("weight_decay"), nesterov: try flag("nesterov"),
            maximize: try flag("maximize"))
          var buffer = TorchValues.tensor(try entry.get(.string("momentum_buffer")) ?? .none)
          try SGD.step(
            parameter: parameter.tensor, grad: grad, momentumBuffer: &buffer, hyperparameters: settings)
          if settings.momentum != 0, let buffer {
            try entry.set(.string("momentum_buffer"), TensorObject.value(buffer))
            try state.set(key, .dict(entry))
          }
        case .adam, .adamW:
          guard case .tuple(let betas)? = try group.get(.string("betas")), betas.count == 2 else {
            throw NNError.type("betas must be a tuple of two floats")
          }
          let amsgrad = try flag("amsgrad")
          let settings = Adam.Hyperparameters(
            lr: try number("lr"), beta1: try betas[0].asDouble(), beta2: try betas[1].asDouble(),
            eps: try number("eps"),
            weightDecay: try number("weight_decay"), amsgrad: amsgrad, maximize: try flag("maximize"),
            decoupledWeightDecay: try flag("decoupled_weight_decay"))
          let parameterState = try adamState(entry, for: parameter.tensor, amsgrad: amsgrad)
          try Adam.step(
            parameter: parameter.tensor, grad: grad, state: parameterState, hyperparameters: settings)
          try state.set(key, .dict(entry))
        case .rmsprop:
          try rmspropStep(parameter, grad: grad, group: group, entry: entry)
          try state.set(key, .dict(entry))
        case .adagrad:
          try adagradStep(parameter, grad: grad, group: group, entry: entry)
        }
      }
    }
  }

  /// A parameter's Adam state from its dict, created (zeros) on the first step.
  private func adamState(_ entry: DictObject, for parameter: Tensor, amsgrad: Bool) throws
    -> Adam.ParameterState
  {
    func tensor(_ key: String) throws -> Tensor? { TorchValues.tensor(try entry.get(.string(key)) ?? .none) }
    if let step = try tensor("step"), let average = try tensor("exp_avg"),
      let squares = try tensor("exp_avg_sq")
    {
      return Adam.ParameterState(
        step: step, expAvg: average, expAvgSq: squares, maxExpAvgSq: try tensor("max_exp_avg_sq"))
    }
    let fresh = try Adam.ParameterState(for: parameter, amsgrad: amsgrad)
    try entry.set(.string("step"), TensorObject.value(fresh.step))
    try entry.set(.string("exp_avg"), TensorObject.value(fresh.expAvg))
    try entry.set(.string("exp_avg_sq"), TensorObject.value(fresh.expAvgSq))
    if let maximum = fresh.maxExpAvgSq {
      try entry.set(.string("max_exp_avg_sq"), TensorObject.value(maximum))
    }
    return fresh
  }

  /// `{'state': {index: {...}}, 'param_groups': [{settings..., 'params': [indices]}]}`, parameters
  /// numbered across groups in order.
  func stateDict() throws -> Value {
    let packedState = DictObject()
    let packedGroups = ListObject()
    var index = 0
    for group in try groups() {
      let packed = DictObject()
      for (key, value) in group.entries {
        if case .string("params") = key { continue }
        try packed.set(key, value)
      }
      var indices: [Value] = []
      for parameter in try OptimizerObject.parameters(of: group) {
        if let entry = try state.get(.native(parameter)) { try packedState.set(.int(index), entry) }
        indices.append(.int(index))
        index += 1
      }
      try packed.set(.string("params"), .makeList(indices))
      packedGroups.elements.append(.dict(packed))
    }
    let result = DictObject()
    try result.set(.string("state"), .dict(packedState))
    try result.set(.string("param_groups"), .list(packedGroups))
    return .dict(result)
  }
}
