import PythonRuntime

/// `copy.deepcopy(module)`: PyTorch copies a module's `__dict__` with one memo, so the copy has its
/// own parameters (Parameter's deepcopy: cloned data, no `.grad`), buffers, submodules and settings,
/// the same training flag and hooks, and weights tied in the original stay tied in the copy.
extension NNModule: NativeCopying {
  func deepCopy(_ copier: inout DeepCopier) throws -> Value {
    let twin = type(of: self).init(twinOf: self)
    copier.remember(self, as: .native(twin))
    twin.training = training
    twin.nonPersistentBuffers = nonPersistentBuffers
    twin.userForward = userForward
    twin.forwardPreHooks = forwardPreHooks
    twin.forwardHooks = forwardHooks
    for name in attributes.keys.sorted() {
      if let value = attributes[name] { twin.attributes[name] = try copier.copy(value) }
    }
    for (name, parameter) in parameters.entries {
      twin.parameters.set(name, try parameter.map { try copiedPart($0, &copier, as: ParameterObject.self) })
    }
    for (name, buffer) in buffers.entries {
      twin.buffers.set(name, try buffer.map { try copiedPart($0, &copier, as: TensorObject.self) })
    }
    for (name, child) in submodules.entries {
      guard let child else {
        twin.submodules.set(name, nil)
        continue
      }
      // A cell module child is copied as its instance (its attributes and class), whose part is the module.
      let copied = try copier.copy(child.pythonValue)
      guard let module = (copier.context.nativePart(of: copied) ?? nativeObject(copied)) as? NNModule else {
        throw NNError.runtime("deepcopy of submodule '\(name)' did not give a module")
      }
      twin.submodules.set(name, module)
    }
    return .native(twin)
  }

  private func copiedPart<Part: TensorObject>(
    _ part: Part, _ copier: inout DeepCopier, as: Part.Type
  ) throws -> Part {
    guard let copied = nativeObject(try copier.copy(.native(part))) as? Part else {
      throw NNError.runtime("deepcopy of a \(part.pythonType.name) did not give a \(part.pythonType.name)")
    }
    return copied
  }

  private func nativeObject(_ value: Value) -> (any NativeObject)? {
    if case .native(let object) = value { return object }
    return nil
  }
}
