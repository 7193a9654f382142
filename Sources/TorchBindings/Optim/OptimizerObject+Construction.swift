import Autograd
import PythonRuntime

/// The optimizer classes' constructors: settings validated with PyTorch's messages, parameters grouped.
extension OptimizerObject {
  /// The constructor parameters after `params`, in PyTorch 2.15's order, and which keys a group gets.
  static func settings(_ kind: Kind) -> [Signature.Parameter] {
    switch kind {
    case .sgd:
      return [
        .init("lr", default: .float(0.001)), .init("momentum", default: .int(0)),
        .init("dampening", default: .int(0)), .init("weight_decay", default: .int(0)),
        .init("nesterov", default: .bool(false)), .init("maximize", default: .bool(false), keywordOnly: true),
        .init("foreach", default: .none, keywordOnly: true),
        .init("differentiable", default: .bool(false), keywordOnly: true),
        .init("fused", default: .none, keywordOnly: true),
      ]
    case .adam, .adamW:
      return [
        .init("lr", default: .float(0.001)), .init("betas", default: .tuple([.float(0.9), .float(0.999)])),
        .init("eps", default: .float(1e-8)),
        .init("weight_decay", default: kind == .adam ? .int(0) : .float(0.01)),
        .init("amsgrad", default: .bool(false)), .init("maximize", default: .bool(false), keywordOnly: true),
        .init("foreach", default: .none, keywordOnly: true),
        .init("capturable", default: .bool(false), keywordOnly: true),
        .init("differentiable", default: .bool(false), keywordOnly: true),
        .init("fused", default: .none, keywordOnly: true),
      ]
    case .rmsprop:
      return [
        .init("lr", default: .float(0.01)), .init("alpha", default: .float(0.99)),
        .init("eps", default: .float(1e-8)), .init("weight_decay", default: .int(0)),
        .init("momentum", default: .int(0)), .init("centered", default: .bool(false)),
        .init("capturable", default: .bool(false)), .init("foreach", default: .none),
        .init("maximize", default: .bool(false)), .init("differentiable", default: .bool(false)),
      ]
    case .adagrad:
      return [
        .init("lr", default: .float(0.01)), .init("lr_decay", default: .int(0)),
        .init("weight_decay", default: .int(0)), .init("initial_accumulator_value", default: .int(0)),
        .init("eps", default: .float(1e-10)), .init("foreach", default: .none),
        .init("maximize", default: .bool(false), keywordOnly: true),
        .init("differentiable", default: .bool(false), keywordOnly: true),
        .init("fused", default: .none, keywordOnly: true),
      ]
    }
  }

  /// The order of a group's keys after `params` (PyTorch's `defaults` dict order).
  static func defaultKeys(_ kind: Kind) -> [String] {
    switch kind {
    case .sgd:
      return [
        "lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable",
        "fused",
      ]
    case .adam, .adamW:
      return [
        "lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable",
        "differentiable",
        "fused", "decoupled_weight_decay",
      ]
    case .rmsprop:
      return [
        "lr", "momentum", "alpha", "eps", "centered", "weight_decay", "capturable", "foreach", "maximize",
        "differentiable",
      ]
    case .adagrad:
      return [
        "lr", "lr_decay", "eps", "weight_decay", "initial_accumulator_value", "foreach", "maximize",
        "differentiable", "fused",
      ]
    }
  }

  /// `torch.optim.SGD`, `Adam`, `AdamW`, each with the optimizer methods as members.
  static let types: [TypeObject] = Kind.allCases.map { kind in
    TypeObject(
      name: kind.rawValue, qualifiedName: "\(kind.moduleName).\(kind.rawValue)",
      members: MemberTable([OptimizerObject.methods.members])
    ) { _, arguments, context in try make(kind, arguments, context) }
  }

  private static func make(_ kind: Kind, _ arguments: Arguments, _ context: NativeContext) throws -> Value {
    var parameters: [Signature.Parameter] = ["params"] + settings(kind)
    if kind == .adam {
      parameters.append(.init("decoupled_weight_decay", default: .bool(false), keywordOnly: true))
    }
    let call = try TorchCall(
      python: arguments, method: true, Signature("\(kind.rawValue).__init__", parameters))
    try validate(kind, call)
    let defaults = DictObject()
    for key in defaultKeys(kind) {
      if key == "decoupled_weight_decay" && kind == .adamW {
        try defaults.set(.string(key), .bool(true))
      } else {
        try defaults.set(.string(key), call[key])
      }
    }
    let optimizer = OptimizerObject(kind: kind, defaults: defaults)
    for group in try initialGroups(call["params"], context) { try optimizer.addGroup(group, context) }
    if kind == .adagrad { try optimizer.initializeAdagradState() }
    return .native(optimizer)
  }

  private static func validate(_ kind: Kind, _ call: TorchCall) throws {
    func number(_ name: String) throws -> Scalar { try call.scalar(name) }
    let message: String?
    switch kind {
    case .sgd:
      message = SGD.validationError(
        lr: try number("lr"), momentum: try number("momentum"), weightDecay: try number("weight_decay"),
        dampening: try number("dampening"), nesterov: try call.bool("nesterov"))
    case .adam, .adamW:
      guard case .tuple(let betas) = call["betas"], betas.count == 2,
        let beta1 = TorchValues.scalar(betas[0]), let beta2 = TorchValues.scalar(betas[1])
      else { throw NNError.type("betas must be a tuple of two floats") }
      message = Adam.validationError(
        lr: try number("lr"), eps: try number("eps"), beta1: beta1, beta2: beta2,
        weightDecay: try number("weight_decay"))
    case .rmsprop:
      message = RMSprop.validationError(
        lr: try number("lr"), eps: try number("eps"), momentum: try number("momentum"),
        weightDecay: try number("weight_decay"), alpha: try number("alpha"))
    case .adagrad:
      message = Adagrad.validationError(
        lr: try number("lr"), lrDecay: try number("lr_decay"), weightDecay: try number("weight_decay"),
        initialAccumulatorValue: try number("initial_accumulator_value"), eps: try number("eps"))
    }
    if let message { throw NNError.value(message) }
  }

  /// `params` as a list of group dicts: an iterable of tensors is one group, an iterable of dicts is
  /// one group each.
  private static func initialGroups(_ params: Value, _ context: NativeContext) throws -> [DictObject] {
    if let tensor = TorchValues.tensor(params) {
      throw NNError.type(
        "params argument given to the optimizer should be an iterable of Tensors or dicts, but got \(tensor.dtype.tensorTypeName)"
      )
    }
    let items = try context.iterate(params)
    guard !items.isEmpty else { throw NNError.value("optimizer got an empty parameter list") }
    if case .dict = items[0] {
      return try items.map { item in
        guard case .dict(let dict) = item else { throw NNError.type("param groups must be dicts") }
        return dict
      }
    }
    let group = DictObject()
    try group.set(.string("params"), .makeList(items))
    return [group]
  }

  /// `add_param_group`: checks the parameters and fills the group's missing settings from the defaults.
  func addGroup(_ source: DictObject, _ context: NativeContext) throws {
    guard let params = try source.get(.string("params")) else {
      throw NNError.key("params")
    }
    let items: [Value] = TorchValues.tensor(params) != nil ? [params] : try context.iterate(params)
    let existing = Set(
      try groups().flatMap { try OptimizerObject.parameters(of: $0) }.map(ObjectIdentifier.init))
    for item in items {
      guard case .native(let tensor as TensorObject) = item else {
        throw NNError.type("optimizer can only optimize Tensors, but one of the params is \(item.typeName)")
      }
      guard tensor.tensor.isLeaf else { throw NNError.value("can't optimize a non-leaf Tensor") }
      if existing.contains(ObjectIdentifier(tensor)) {
        throw NNError.value("some parameters appear in more than one parameter group")
      }
    }
    let group = DictObject()
    try group.set(.string("params"), .makeList(items))
    for (key, value) in source.entries {
      if case .string("params") = key { continue }
      try group.set(key, value)
    }
    for (key, value) in defaults.entries where try group.get(key) == nil { try group.set(key, value) }
    paramGroups.elements.append(.dict(group))
  }
}
