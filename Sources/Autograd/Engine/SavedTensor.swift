/// A tensor a graph node keeps for its backward formula, with the version it had when saved.
struct SavedTensor {
  /// For inputs: the tensor itself. For outputs: a detached alias (a strong reference would form a cycle).
  let tensor: Tensor
  let savedVersion: Int
  /// Whether this is the node's own output (its grad_fn is restored to the node when unpacked).
  let isOutput: Bool
  let outputIndex: Int

  init(input tensor: Tensor) {
    self.tensor = tensor
    self.savedVersion = tensor.storage.version
    self.isOutput = false
    self.outputIndex = 0
  }

  init(output tensor: Tensor, index: Int) {
    self.tensor = tensor.makeAlias()
    self.savedVersion = tensor.storage.version
    self.isOutput = true
    self.outputIndex = index
  }

  /// The tensor for the backward formula, or PyTorch's error if it was modified in place since.
  func unpack(owner: GradFn) throws -> Tensor {
    let current = tensor.storage.version
    if current != savedVersion {
      let typeName = tensor.dtype.tensorTypeName
      var producer = ""
      if isOutput {
        producer = ", which is output \(outputIndex) of \(owner.opName),"
      } else if let node = tensor.gradFn {
        producer = ", which is output \(tensor.outputIndex) of \(node.opName),"
      }
      throw AutogradError.runtime(
        "one of the variables needed for gradient computation has been modified by an inplace operation: [\(typeName) \(tensor.shape)]\(producer) is at version \(current); expected version \(savedVersion) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
      )
    }
    if isOutput {
      let restored = tensor.makeAlias()
      restored.gradFn = owner
      restored.outputIndex = outputIndex
      return restored
    }
    return tensor
  }
}
