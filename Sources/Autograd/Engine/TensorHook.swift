/// A function registered with `t.register_hook(fn)`: called during backward with the gradient flowing into
/// the tensor; returning a tensor replaces that gradient, returning nil keeps it.
struct TensorHook {
  /// Identifies the hook for its handle's `remove()`.
  let id: Int
  /// The function's name, as PyTorch's messages quote it (`<lambda>`).
  let name: String
  let body: (Tensor) throws -> Tensor?

  /// Runs the hooks in registration order on `grad`, with PyTorch's checks on replaced values.
  static func apply(_ hooks: [TensorHook], to grad: Tensor) throws -> Tensor {
    var current = grad
    for hook in hooks {
      guard let replaced = try hook.body(current) else { continue }
      if replaced.shape != current.shape {
        throw AutogradError.runtime("hook '\(hook.name)' has changed the size of value")
      }
      if replaced.dtype != current.dtype {
        throw AutogradError.runtime(
          "hook '\(hook.name)' has changed the type of value (was \(current.dtype.tensorTypeName) got \(replaced.dtype.tensorTypeName))"
        )
      }
      current = replaced
    }
    return current
  }
}
