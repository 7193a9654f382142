/// The `(values, indices)` pair returned by `max(dim)`/`min(dim)` (`torch.return_types.max`).
public struct ReductionResult {
  /// `torch.return_types.max` or `torch.return_types.min`.
  public let typeName: String
  public let values: Tensor
  public let indices: Tensor

  public init(typeName: String, values: Tensor, indices: Tensor) {
    self.typeName = typeName
    self.values = values
    self.indices = indices
  }

  /// Python's repr: `torch.return_types.max(\nvalues=tensor(...),\nindices=tensor(...))`.
  public var description: String {
    "\(typeName)(\nvalues=\(values.description),\nindices=\(indices.description))"
  }
}
