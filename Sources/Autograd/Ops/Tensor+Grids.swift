/// Views of several tensors over one common shape: `meshgrid` and `broadcast_tensors`.
extension Tensor {
  /// How `meshgrid` lays out its first two dims.
  public enum MeshgridIndexing: String, Sendable {
    /// Matrix indexing: output dim `i` follows input `i`.
    case ij
    /// Cartesian indexing: the first two inputs' dims are swapped.
    case xy
  }

  /// `torch.meshgrid(*tensors, indexing=)`: each 0-d or 1-d input viewed along its own dim and expanded
  /// to the grid (`ViewBackward0`, `ExpandBackward0`). Without `indexing` PyTorch warns once and uses
  /// `ij`.
  public static func meshgrid(_ tensors: [Tensor], indexing: MeshgridIndexing? = nil) throws -> [Tensor] {
    guard let first = tensors.first else {
      throw AutogradError.runtime("meshgrid expects a non-empty TensorList")
    }
    if indexing == nil {
      AutogradContext.current.warnOnce(
        "UserWarning: torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument."
      )
    }
    if let bad = tensors.first(where: { $0.rank > 1 }) {
      throw AutogradError.runtime(
        "torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got a tensor of shape \(bad.shape)")
    }
    if tensors.contains(where: { $0.dtype != first.dtype }) {
      throw AutogradError.runtime("meshgrid expects all tensors to have the same dtype")
    }
    var inputs = tensors
    let swapped = indexing == .xy && inputs.count >= 2
    if swapped { inputs.swapAt(0, 1) }
    let shape = inputs.map(\.count)
    _ = try Shape.checkedCount(shape)
    var grids = try inputs.enumerated().map { i, tensor in
      var viewShape = Array(repeating: 1, count: shape.count)
      viewShape[i] = -1
      return try tensor.view(viewShape).expand(shape)
    }
    if swapped { grids.swapAt(0, 1) }
    return grids
  }

  /// `torch.broadcast_tensors(*tensors)`: each expanded to the common broadcast shape (a tensor already of
  /// that shape is returned as it is, as PyTorch returns it).
  public static func broadcastTensors(_ tensors: [Tensor]) throws -> [Tensor] {
    var shape: [Int] = []
    for tensor in tensors { shape = try Shape.broadcast(shape, tensor.shape) }
    return try tensors.map { $0.shape == shape ? $0 : try $0.expand(shape) }
  }
}
