/// What `t.register_hook(fn)` returns (`torch.utils.hooks.RemovableHandle`): `remove()` unregisters the
/// hook; removing twice, or after the tensor or its graph is gone, does nothing.
public final class HookHandle {
  /// The hook's identity (`handle.id`).
  public let id: Int
  private weak var leaf: Tensor?
  private weak var node: GradFn?
  private let outputIndex: Int

  init(id: Int, leaf: Tensor) {
    self.id = id
    self.leaf = leaf
    self.node = nil
    self.outputIndex = 0
  }

  init(id: Int, node: GradFn, outputIndex: Int) {
    self.id = id
    self.leaf = nil
    self.node = node
    self.outputIndex = outputIndex
  }

  /// `handle.remove()`.
  public func remove() {
    leaf?.gradHooks.removeAll { $0.id == id }
    node?.tensorPreHooks[outputIndex]?.removeAll { $0.id == id }
  }
}
