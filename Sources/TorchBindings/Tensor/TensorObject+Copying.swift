import Autograd
import PythonRuntime

/// `copy.copy` and `copy.deepcopy` of tensors, as `Tensor.__reduce_ex__` and `Tensor.__deepcopy__` make them.
extension TensorObject {
  /// PyTorch's refusal to deep-copy a tensor with a grad_fn.
  static let nonLeafDeepcopyMessage =
    "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment.  "
    + "If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm usage, "
    + "see https://github.com/pytorch/pytorch/pull/103001"

  /// `copy.copy(t)`: a new leaf over the same storage (writes show in both), keeping `requires_grad`
  /// but neither the graph nor `.grad`, as pickling's rebuild makes it.
  func tensorShallowCopy(context: NativeContext) throws -> Value {
    try TorchBridge.run(context) {
      let copy = tensor.leafCopy(overStorageOf: tensor)
      if tensor.requiresGrad { _ = try copy.requiresGrad_(true) }
      return TensorObject.value(copy)
    }
  }

  /// `copy.deepcopy(t)` for a leaf: new storage (one per original storage in this deepcopy call, so a
  /// tensor and its view stay a view pair), the same values and `requires_grad`, and `.grad` deep-copied.
  func tensorDeepCopy(_ copier: inout DeepCopier) throws -> Value {
    guard tensor.isLeaf else { throw PythonError(.runtimeError, TensorObject.nonLeafDeepcopyMessage) }
    let earlier = copier.nativeMemo[tensor.storageIdentity] as? StorageCopy
    let copy = tensor.leafCopy(overStorageOf: earlier?.copy)
    if earlier == nil {
      copier.nativeMemo[tensor.storageIdentity] = StorageCopy(original: tensor, copy: copy)
    }
    // Run as an op, so the new storage meets the session's step and memory budgets.
    let result = try TorchBridge.run(copier.context) { () -> Value in
      if tensor.requiresGrad { _ = try copy.requiresGrad_(true) }
      return TensorObject.value(copy)
    }
    copier.remember(self, as: result)
    if let grad = tensor.gradIfPresent {
      let copiedGrad = try copier.copy(TensorObject.value(grad))
      if let gradTensor = TorchValues.tensor(copiedGrad) {
        try TorchBridge.run(copier.context) { try copy.setGrad(gradTensor) }
      }
    }
    return result
  }
}

/// A storage's copy within one deepcopy call; the original is held so its identity cannot be reused.
private final class StorageCopy {
  let original: Tensor
  let copy: Tensor

  init(original: Tensor, copy: Tensor) {
    self.original = original
    self.copy = copy
  }
}
