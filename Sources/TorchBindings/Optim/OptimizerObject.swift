import Autograd
import PythonRuntime

/// `torch.optim.SGD`, `Adam`, `AdamW`, `RMSprop` and `Adagrad`: parameter groups as Python dicts (so `param_groups[0]['lr']`
/// can be read and changed between steps), per-parameter `state`, `step`, `zero_grad`, `state_dict`
/// and PyTorch's repr.
final class OptimizerObject: NativeAttributeOwner {
  enum Kind: String, CaseIterable, Sendable {
    case sgd = "SGD", adam = "Adam", adamW = "AdamW", rmsprop = "RMSprop", adagrad = "Adagrad"

    /// The module PyTorch defines the class in (`torch.optim.rmsprop`).
    var moduleName: String { "torch.optim." + rawValue.lowercased() }
  }

  let kind: Kind
  /// `param_groups`: a list of dicts, each with `params` first and then the defaults.
  let paramGroups: ListObject
  /// `state`: parameter → dict of its buffers (a defaultdict in PyTorch).
  let state: DictObject
  /// `defaults`: the constructor's settings.
  let defaults: DictObject
  /// How many times `step()` ran (the schedulers warn when they step first).
  var stepCount = 0

  init(kind: Kind, defaults: DictObject) {
    self.kind = kind
    self.defaults = defaults
    paramGroups = ListObject()
    state = DictObject()
    state.displayStyle = .defaultDict(factory: "dict")
  }

  var pythonType: TypeObject {
    OptimizerObject.types[Kind.allCases.firstIndex(of: kind) ?? 0]
  }

  /// The dicts of `param_groups`.
  func groups() throws -> [DictObject] {
    try paramGroups.elements.map { element in
      guard case .dict(let group) = element else { throw NNError.type("param_groups must hold dicts") }
      return group
    }
  }

  /// A group's parameters.
  static func parameters(of group: DictObject) throws -> [TensorObject] {
    guard case .list(let list)? = try group.get(.string("params")) else { return [] }
    return list.elements.compactMap { element in
      if case .native(let tensor as TensorObject) = element { return tensor }
      return nil
    }
  }

  /// `Name (\nParameter Group 0\n    key: value\n...)`, keys sorted, `params` left out.
  func repr() -> String {
    var text = kind.rawValue + " ("
    let groupList = (try? groups()) ?? []
    for (offset, group) in groupList.enumerated() {
      text += offset == 0 ? "\n" : "\n\n"
      text += "Parameter Group \(offset)"
      let entries = group.entries.compactMap { entry -> (String, Value)? in
        guard case .string(let key) = entry.key, key != "params" else { return nil }
        return (key, entry.value)
      }
      for (key, value) in entries.sorted(by: { $0.0 < $1.0 }) {
        text += "\n    \(key): \(ValueFormatter.str(value))"
      }
    }
    return text + "\n)"
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "param_groups": return .list(paramGroups)
    case "state": return .dict(state)
    case "defaults": return .dict(defaults)
    default: return nil
    }
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool { false }
}
