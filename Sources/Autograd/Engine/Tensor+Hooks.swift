/// `t.register_hook(fn)`: gradient hooks on leaves and non-leaves.
extension Tensor {
  /// Registers `body` to run when backward computes this tensor's gradient; it may return a replacement.
  ///
  /// A leaf's hooks run before the gradient is accumulated into `.grad` (and before `autograd.grad`
  /// returns it). A non-leaf's hooks belong to the node that produced it, at this output, as PyTorch attaches
  /// them: an in-place op done later does not move them. `name` is the function's name for messages.
  @discardableResult
  public func registerHook(name: String, _ body: @escaping (Tensor) throws -> Tensor?) throws -> HookHandle {
    guard requiresGrad else {
      throw AutogradError.runtime("cannot register a hook on a tensor that doesn't require gradient")
    }
    let id = AutogradContext.current.makeObjectID()
    let hook = TensorHook(id: id, name: name, body: body)
    if let node = gradFn {
      node.tensorPreHooks[outputIndex, default: []].append(hook)
      return HookHandle(id: id, node: node, outputIndex: outputIndex)
    }
    gradHooks.append(hook)
    return HookHandle(id: id, leaf: self)
  }
}
