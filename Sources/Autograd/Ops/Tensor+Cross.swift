/// The vector cross product of 3-vectors along a dim.
extension Tensor {
  /// `torch.linalg.cross(self, other, dim=-1)` (`LinalgCrossBackward0`): both of one dtype and rank,
  /// broadcast outside `dim`, which must have length 3 in both. The gradients are `other × grad` and
  /// `grad × self`.
  public func cross(_ other: Tensor, dim: Int = -1) throws -> Tensor {
    guard rank == other.rank else {
      throw AutogradError.runtime("linalg.cross: inputs must have the same number of dimensions.")
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    guard rank > 0, shape[d] == 3, other.shape[d] == 3 else {
      let (left, right) = rank > 0 ? (shape[d], other.shape[d]) : (1, 1)
      throw AutogradError.runtime(
        "linalg.cross: inputs dimension \(dim) must have length 3. Got \(left) and \(right)")
    }
    guard dtype == other.dtype else {
      throw AutogradError.runtime(
        "expected scalar type \(dtype.scalarTypeName) but found \(other.dtype.scalarTypeName)")
    }
    let common = try Shape.broadcast(shape, other.shape)
    // Components 0, 1, 2 along `d`, each a view of the broadcast operands.
    func component(_ tensor: Tensor, _ k: Int) throws -> Tensor {
      try tensor.expand(common).select(dim: d, index: k)
    }
    let output = try AutogradContext.current.withMode(.noGrad) { () -> Tensor in
      let (a, b) = (detach(), other.detach())
      let parts = try (0..<3).map { k -> Tensor in
        let (i, j) = ((k + 1) % 3, (k + 2) % 3)
        return try component(a, i).mul(.tensor(component(b, j))).sub(
          .tensor(component(a, j).mul(.tensor(component(b, i)))))
      }
      return try Tensor.stack(parts, dim: d)
    }.detach()
    try Tensor.record(
      "LinalgCrossBackward0", inputs: [self, other], outputs: [output], saving: [self, other]
    ) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      return [try saved[1].cross(grad, dim: d), try grad.cross(saved[0], dim: d)]
    }
    return output
  }
}
