/// Read-only views of the recorded graph for tools that draw it. Nothing here creates a node or changes a tensor:
/// drawing a graph must not change what the next cell sees.
extension GradFn {
  /// A tensor the node saved for its backward formula.
  public struct SavedValue {
    /// The saved tensor (for the node's own output, an alias of it without history).
    public let tensor: Tensor
    /// Whether it is the node's own output (PyTorch's `_saved_result`).
    public let isOutput: Bool
  }

  /// What the node keeps for its backward pass, in the order its formula reads them; empty once a backward pass
  /// without `retain_graph` freed them (see `savedValuesWereFreed`).
  public var savedValues: [SavedValue] {
    savedTensors.map { SavedValue(tensor: $0.tensor, isOutput: $0.isOutput) }
  }

  /// Whether the node saved tensors and a backward pass has freed them (a second backward through it fails).
  public var savedValuesWereFreed: Bool { isReleased && hasSavedTensors }
}

extension Tensor {
  /// The leaf's `AccumulateGrad` node if some recorded op already made it; unlike `gradAccumulator()` never makes one.
  public var existingGradAccumulator: GradFn? { accumulator }
}
