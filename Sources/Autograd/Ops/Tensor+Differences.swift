/// `diff`: differences of neighbouring elements along a dim, built as PyTorch builds it (narrowed views
/// subtracted, `SubBackward0`; bools compared with `logical_xor`), after joining `prepend` and `append`.
extension Tensor {
  /// `t.diff(n=, dim=, prepend=, append=)`: the `n`-th forward difference along `dim`.
  public func diff(n: Int = 1, dim: Int = -1, prepend: Tensor? = nil, append: Tensor? = nil) throws -> Tensor
  {
    guard rank >= 1 else { throw AutogradError.runtime("diff expects input to be at least one-dimensional") }
    guard n >= 0 else { throw AutogradError.runtime("order must be non-negative but got \(n)") }
    let d = try Shape.wrapDim(dim, rank: rank)
    for other in [prepend, append].compactMap({ $0 }) {
      guard other.rank == rank else {
        throw AutogradError.runtime("diff expects prepend or append to be the same dimension as input")
      }
      for k in 0..<rank where k != d && other.shape[k] != shape[k] {
        throw AutogradError.runtime(
          "diff expects the shape of tensor to prepend or append to match that of input except along the differencing dimension; input.size(\(k)) = \(shape[k]), but got tensor.size(\(k)) = \(other.shape[k])"
        )
      }
    }
    let joined =
      prepend == nil && append == nil
      ? self : try Tensor.cat([prepend, self, append].compactMap { $0 }, dim: d)
    if n == 0 { return try joined.copiedForDiff() }
    var result = joined
    var length = joined.shape[d] - 1
    for _ in 0..<Swift.min(n, joined.shape[d]) {
      let later = try result.narrow(dim: d, start: 1, length: length)
      let earlier = try result.narrow(dim: d, start: 0, length: length)
      result = try dtype == .bool ? later.logicalXor(earlier) : later.sub(.tensor(earlier))
      length -= 1
    }
    return result
  }

  /// The zeroth difference: a copy made as `zeros_like(t).copy_(t)` (`CopyBackwards`).
  private func copiedForDiff() throws -> Tensor {
    let output = try clonedValues()
    // Its first edge is the zeros_like destination, which has no history.
    try Tensor.record("CopyBackwards", inputs: [nil, self], outputs: [output]) { grads, _ in [nil, grads[0]] }
    return output
  }
}
