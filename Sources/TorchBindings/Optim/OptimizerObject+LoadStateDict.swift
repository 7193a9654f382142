import Autograd
import PythonRuntime

/// `optimizer.load_state_dict(state_dict)`, as PyTorch 2.15's `Optimizer.load_state_dict` does it.
extension OptimizerObject {
  /// Checks the saved groups against the optimizer's, maps the saved parameter indices onto the
  /// optimizer's parameters in order, and takes the saved state and group settings.
  ///
  /// As in PyTorch, the state's tensors are kept as they are (shared with the dict) unless a
  /// floating-point parameter needs another dtype (`step` is never cast); each group dict is a copy
  /// of the saved one, with the optimizer's own `params`.
  func loadStateDict(_ value: Value, _ context: NativeContext) throws {
    guard case .dict(let saved) = value else {
      throw NNError.attribute("'\(value.typeName)' object has no attribute 'copy'")
    }
    guard let savedGroupsValue = try saved.get(.string("param_groups")) else {
      throw NNError.key("param_groups")
    }
    let savedGroups = try context.iterate(savedGroupsValue).map { group -> DictObject in
      guard case .dict(let dict) = group else {
        throw NNError.type("param_groups must hold dicts, not \(group.typeName)")
      }
      return dict.copy()
    }
    let current = try groups()
    guard current.count == savedGroups.count else {
      throw NNError.value("loaded state dict has a different number of parameter groups")
    }
    let idMap = DictObject()
    for (group, savedGroup) in zip(current, savedGroups) {
      let parameters = try OptimizerObject.parameters(of: group)
      guard let savedParams = try savedGroup.get(.string("params")) else { throw NNError.key("params") }
      let savedIDs = try context.iterate(savedParams)
      guard savedIDs.count == parameters.count else {
        throw NNError.value(
          "loaded state dict contains a parameter group that doesn't match the size of optimizer's group")
      }
      for (id, parameter) in zip(savedIDs, parameters) { try idMap.set(id, .native(parameter)) }
    }
    guard case .dict(let savedState)? = try saved.get(.string("state")) else { throw NNError.key("state") }
    let newState = DictObject()
    newState.displayStyle = state.displayStyle
    for (key, entry) in savedState.entries {
      if case .native(let parameter as TensorObject)? = try idMap.get(key) {
        try newState.set(.native(parameter), try cast(entry, for: parameter.tensor, key: nil))
      } else {
        try newState.set(key, entry)
      }
    }
    for (group, savedGroup) in zip(current, savedGroups) {
      try savedGroup.set(.string("params"), try group.get(.string("params")) ?? .makeList([]))
    }
    state.removeAll()
    for (key, entry) in newState.entries { try state.set(key, entry) }
    paramGroups.elements = savedGroups.map { .dict($0) }
  }

  /// A saved state value made to fit `parameter`: floating-point tensors take its dtype (all but
  /// `step`), dicts are rebuilt key by key, anything else is kept.
  private func cast(_ value: Value, for parameter: Tensor, key: String?) throws -> Value {
    switch value {
    case .native(let object as TensorObject):
      guard key != "step", parameter.dtype.isFloatingPoint, object.tensor.dtype != parameter.dtype else {
        return value
      }
      return TensorObject.value(try object.tensor.to(parameter.dtype))
    case .dict(let dict):
      let rebuilt = DictObject()
      for (entryKey, entryValue) in dict.entries {
        var name: String?
        if case .string(let text) = entryKey { name = text }
        try rebuilt.set(entryKey, try cast(entryValue, for: parameter, key: name))
      }
      return .dict(rebuilt)
    default:
      return value
    }
  }
}
