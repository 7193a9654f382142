import Autograd
import PythonRuntime

/// `torch.optim.lr_scheduler.StepLR(optimizer, step_size, gamma=0.1)` and
/// `ExponentialLR(optimizer, gamma)`: each `step()` advances `last_epoch` and rewrites every group's
/// `lr` from its current value, as PyTorch's chained form does.
final class LRSchedulerObject: NativeAttributeOwner {
  enum Kind: String, CaseIterable, Sendable {
    case step = "StepLR", exponential = "ExponentialLR"
  }

  let kind: Kind
  let optimizer: OptimizerObject
  let stepSize: Int
  let gamma: Value
  var lastEpoch = -1
  var stepCount = 0
  /// The optimizer's step count when the scheduler was made (PyTorch warns when the schedule steps
  /// before the optimizer has stepped since then).
  var optimizerStepsAtStart = 0
  var baseLRs: [Value] = []
  var lastLRs: [Value] = []

  init(kind: Kind, optimizer: OptimizerObject, stepSize: Int, gamma: Value) {
    self.kind = kind
    self.optimizer = optimizer
    self.stepSize = stepSize
    self.gamma = gamma
  }

  var pythonType: TypeObject {
    LRSchedulerObject.types[Kind.allCases.firstIndex(of: kind) ?? 0]
  }

  func repr() -> String { "<torch.optim.lr_scheduler.\(kind.rawValue) object at 0x7f5e3c1d3b10>" }

  static let types: [TypeObject] = Kind.allCases.map { kind in
    TypeObject(
      name: kind.rawValue, qualifiedName: "torch.optim.lr_scheduler.\(kind.rawValue)",
      members: MemberTable([LRSchedulerObject.methods.members])
    ) { _, arguments, context in
      let parameters: [Signature.Parameter] =
        kind == .step
        ? [
          "optimizer", "step_size", .init("gamma", default: .float(0.1)),
          .init("last_epoch", default: .int(-1)),
        ]
        : ["optimizer", "gamma", .init("last_epoch", default: .int(-1))]
      let call = try TorchCall(
        python: arguments, method: true, Signature("\(kind.rawValue).__init__", parameters))
      guard case .native(let optimizer as OptimizerObject) = call["optimizer"] else {
        throw NNError.type("\(call["optimizer"].typeName) is not an Optimizer")
      }
      guard try call.int("last_epoch") == -1 else {
        throw NNError.value("Gradbook's schedulers start at last_epoch=-1")
      }
      let scheduler = LRSchedulerObject(
        kind: kind, optimizer: optimizer, stepSize: kind == .step ? try call.int("step_size") : 0,
        gamma: call["gamma"])
      _ = try call.scalar("gamma")
      try scheduler.start()
      return .native(scheduler)
    }
  }

  /// The constructor's work: `initial_lr` set on every group, the base rates recorded, one initial step.
  private func start() throws {
    optimizerStepsAtStart = optimizer.stepCount
    for group in try optimizer.groups() {
      if try group.get(.string("initial_lr")) == nil {
        try group.set(.string("initial_lr"), try group.get(.string("lr")) ?? .none)
      }
      baseLRs.append(try group.get(.string("initial_lr")) ?? .none)
    }
    try advance()
  }

  /// One `step()`: `last_epoch += 1` and each group's new `lr`.
  private func advance() throws {
    stepCount += 1
    lastEpoch += 1
    let factor = try gamma.asDouble()
    for group in try optimizer.groups() {
      let current = try group.get(.string("lr")) ?? .none
      let next: Double
      switch kind {
      case .step:
        if lastEpoch == 0 || stepSize == 0 || lastEpoch % stepSize != 0 { continue }
        next = LearningRateSchedule.stepLR(
          currentLR: try current.asDouble(), lastEpoch: lastEpoch, stepSize: stepSize, gamma: factor)
      case .exponential:
        if lastEpoch == 0 { continue }
        next = LearningRateSchedule.exponentialLR(
          currentLR: try current.asDouble(), isInitialStep: false, gamma: factor)
      }
      try group.set(.string("lr"), .float(next))
    }
    lastLRs = try optimizer.groups().map { try $0.get(.string("lr")) ?? .none }
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "last_epoch": return .int(lastEpoch)
    case "base_lrs": return .makeList(baseLRs)
    case "optimizer": return .native(optimizer)
    case "gamma": return gamma
    case "step_size": return kind == .step ? .int(stepSize) : nil
    default: return nil
    }
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool { false }

  /// PyTorch's warning when the schedule steps before the optimizer ever did.
  static let orderWarning =
    "Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate"

  static let methods = NativeMethodTable<LRSchedulerObject>(
    owner: "LRScheduler",
    [
      [
        NativeMethod("step", [.init("epoch", .pythonNone)]) { scheduler, call, context in
          guard call["epoch"].isNone else {
            throw NNError.value("Gradbook's schedulers step without an epoch")
          }
          if scheduler.stepCount == 1 && scheduler.optimizer.stepCount == scheduler.optimizerStepsAtStart {
            context.warn("UserWarning", orderWarning)
          }
          try scheduler.advance()
          return .none
        },
        NativeMethod("get_last_lr") { scheduler, _, _ in .makeList(scheduler.lastLRs) },
        NativeMethod("state_dict") { scheduler, _, _ in
          let dict = DictObject()
          if scheduler.kind == .step { try dict.set(.string("step_size"), .int(scheduler.stepSize)) }
          try dict.set(.string("gamma"), scheduler.gamma)
          try dict.set(.string("base_lrs"), .makeList(scheduler.baseLRs))
          try dict.set(.string("last_epoch"), .int(scheduler.lastEpoch))
          try dict.set(.string("_step_count"), .int(scheduler.stepCount))
          try dict.set(.string("_is_initial"), .bool(false))
          try dict.set(.string("_get_lr_called_within_step"), .bool(false))
          try dict.set(.string("_last_lr"), .makeList(scheduler.lastLRs))
          return .dict(dict)
        },
      ]
    ])
}
