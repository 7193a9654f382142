import Autograd
import PythonRuntime

/// RMSprop's and Adagrad's steps: each parameter's state dict read (or created) and passed to the
/// engine's update.
extension OptimizerObject {
  /// A group's numeric setting as a double.
  static func number(_ group: DictObject, _ key: String) throws -> Double {
    try (try group.get(.string(key)) ?? .none).asDouble()
  }

  /// A group's flag; anything but `True` is false.
  static func flag(_ group: DictObject, _ key: String) throws -> Bool {
    guard case .bool(let value)? = try group.get(.string(key)) else { return false }
    return value
  }

  /// A tensor the state dict holds under `key`, if any.
  private static func stateTensor(_ entry: DictObject, _ key: String) throws -> Tensor? {
    TorchValues.tensor(try entry.get(.string(key)) ?? .none)
  }

  /// One RMSprop update of `parameter`; its state (`step`, `square_avg`, then `momentum_buffer` and
  /// `grad_avg` as the group asks) is created on the first step, as PyTorch's `_init_group` does.
  func rmspropStep(_ parameter: TensorObject, grad: Tensor, group: DictObject, entry: DictObject) throws {
    let settings = RMSprop.Hyperparameters(
      lr: try Self.number(group, "lr"), alpha: try Self.number(group, "alpha"),
      eps: try Self.number(group, "eps"), weightDecay: try Self.number(group, "weight_decay"),
      momentum: try Self.number(group, "momentum"), centered: try Self.flag(group, "centered"),
      maximize: try Self.flag(group, "maximize"))
    let parameterState: RMSprop.ParameterState
    if let step = try Self.stateTensor(entry, "step"), let squares = try Self.stateTensor(entry, "square_avg")
    {
      parameterState = RMSprop.ParameterState(
        step: step, squareAvg: squares, momentumBuffer: try Self.stateTensor(entry, "momentum_buffer"),
        gradAvg: try Self.stateTensor(entry, "grad_avg"))
    } else {
      parameterState = try RMSprop.ParameterState(
        for: parameter.tensor, momentum: settings.momentum > 0, centered: settings.centered)
      try entry.set(.string("step"), TensorObject.value(parameterState.step))
      try entry.set(.string("square_avg"), TensorObject.value(parameterState.squareAvg))
      if let buffer = parameterState.momentumBuffer {
        try entry.set(.string("momentum_buffer"), TensorObject.value(buffer))
      }
      if let average = parameterState.gradAvg {
        try entry.set(.string("grad_avg"), TensorObject.value(average))
      }
    }
    try RMSprop.step(
      parameter: parameter.tensor, grad: grad, state: parameterState, hyperparameters: settings)
  }

  /// Adagrad fills every parameter's state when it is built: `step` 0 (float32) and `sum` filled with
  /// `initial_accumulator_value`.
  func initializeAdagradState() throws {
    for group in try groups() {
      let initial = try Self.number(group, "initial_accumulator_value")
      for parameter in try OptimizerObject.parameters(of: group) {
        let entry = DictObject()
        try entry.set(.string("step"), TensorObject.value(try Tensor.zeros([], dtype: .float32)))
        let sum = try Tensor.full(parameter.tensor.shape, .float(initial), dtype: parameter.tensor.dtype)
        try entry.set(.string("sum"), TensorObject.value(sum))
        try state.set(.native(parameter), .dict(entry))
      }
    }
  }

  /// One Adagrad update of `parameter` from the state its constructor made (a parameter added later
  /// has none: PyTorch's `KeyError: 'sum'`).
  func adagradStep(_ parameter: TensorObject, grad: Tensor, group: DictObject, entry: DictObject) throws {
    guard let sum = try Self.stateTensor(entry, "sum") else { throw NNError.key("sum") }
    guard let step = try Self.stateTensor(entry, "step") else { throw NNError.key("step") }
    let settings = Adagrad.Hyperparameters(
      lr: try Self.number(group, "lr"), lrDecay: try Self.number(group, "lr_decay"),
      weightDecay: try Self.number(group, "weight_decay"), eps: try Self.number(group, "eps"),
      maximize: try Self.flag(group, "maximize"))
    try Adagrad.step(parameter: parameter.tensor, grad: grad, step: step, sum: sum, hyperparameters: settings)
  }
}
