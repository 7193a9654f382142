/// `aminmax` and `dist`: a minimum and maximum as one node, and the norm of a difference.
extension Tensor {
  /// `t.aminmax(dim=, keepdim=)` → (min, max) as one node (`AminmaxBackward0`); ties share each
  /// gradient evenly, as `amin` and `amax` share it, and NaN wins both.
  public func aminmax(dim: Int? = nil, keepdim: Bool = false) throws -> (min: Tensor, max: Tensor) {
    if count == 0 && dim == nil {
      throw AutogradError.runtime(
        "aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.")
    }
    let reduced = try dim.map { [try Shape.wrapDim($0, rank: rank)] } ?? Array(0..<rank)
    if dim != nil, rank > 0, shape[reduced[0]] == 0 {
      throw AutogradError.index("aminmax: Expected reduction dim \(reduced[0]) to have non-zero size.")
    }
    let spreadDims = rank == 0 ? [] : reduced
    let (low, high) = try AutogradContext.current.withMode(.noGrad) {
      (
        try detach().amin(dims: spreadDims, keepdim: keepdim),
        try detach().amax(dims: spreadDims, keepdim: keepdim)
      )
    }
    let (minimum, maximum) = (low.detach(), high.detach())
    try Tensor.record(
      "AminmaxBackward0", inputs: [self], outputs: [minimum, maximum], saving: [self, minimum, maximum]
    ) { grads, saved in
      var total: Tensor? = nil
      for (grad, result) in [(grads[0], saved[1]), (grads[1], saved[2])] {
        guard let grad else { continue }
        let spread = try Tensor.unsqueezeReduced(grad, dims: spreadDims, keepdim: keepdim)
        let value = try Tensor.unsqueezeReduced(result, dims: spreadDims, keepdim: keepdim)
        let mask = try saved[0].eq(.tensor(value)).to(grad.dtype)
        let share = try spread.div(.tensor(mask.sum(dims: spreadDims, keepdim: true))).mul(.tensor(mask))
        total = try total.map { try $0.add(.tensor(share)) } ?? share
      }
      return [total]
    }
    return (minimum, maximum)
  }

  /// `torch.dist(a, b, p)`: the p-norm of `a − b` (broadcast) as one node (`DistBackward0`), whose
  /// gradient is the norm's for the difference, with opposite signs for the two operands.
  public static func dist(_ a: Tensor, _ b: Tensor, p: Double = 2) throws -> Tensor {
    for operand in [a, b] where !operand.dtype.isFloatingPoint {
      throw AutogradError(
        .notImplementedError,
        "norm(): input dtype should be either floating point or complex. Got \(operand.dtype.scalarTypeName) instead."
      )
    }
    let value = try AutogradContext.current.withMode(.noGrad) {
      try a.detach().sub(.tensor(b.detach())).norm(p: p)
    }.detach()
    try record("DistBackward0", inputs: [a, b], outputs: [value], saving: [a, b, value]) { grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let difference = try saved[0].sub(.tensor(saved[1]))
      let all = Array(0..<difference.rank)
      let slope =
        try normBackward(grad, input: difference, norm: saved[2], p: p, reduced: all, keepdim: false)
        ?? Tensor.zerosLike(difference)
      return [slope, try slope.neg()]
    }
    return value
  }
}
