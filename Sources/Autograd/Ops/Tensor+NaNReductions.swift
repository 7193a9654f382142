/// Reductions that skip NaN: `nansum` and `nanmean`.
extension Tensor {
  /// `t.nansum(dim, keepdim, dtype=)` (`NansumBackward0`): the sum with NaNs counted as zero, added as
  /// `sum` adds; the gradient is zero at the NaNs. `dims` nil reduces everything.
  public func nansum(dims: [Int]? = nil, keepdim: Bool = false, dtype requested: DType? = nil) throws
    -> Tensor
  {
    let reduced = try normalizedDims(dims ?? [])
    let output = try AutogradContext.current.withMode(.noGrad) { () -> Tensor in
      let cleaned = dtype.isFloatingPoint ? try detach().maskedFill(isnan(), .int(0)) : detach()
      if dims == nil || rank == 0 {
        let total = try cleaned.sum(dtype: requested)
        return keepdim ? try total.reshape(Array(repeating: 1, count: rank)) : total
      }
      return try cleaned.sum(dims: reduced, keepdim: keepdim, dtype: requested)
    }.detach()
    let inputShape = shape
    let wholeTensor = dims == nil || rank == 0
    try Tensor.record("NansumBackward0", inputs: [self], outputs: [output], saving: [self]) { grads, saved in
      guard let grad = grads[0] else { return [nil] }
      let spread =
        wholeTensor && !keepdim
        ? try grad.expand(inputShape)
        : try Tensor.unsqueezeReduced(grad, dims: reduced, keepdim: keepdim).expand(inputShape)
      return [try spread.mul(.tensor(saved[0].isnan().logicalNot()))]
    }
    return output
  }

  /// `t.nanmean(dim, keepdim)`: `nansum` divided by the number of values that are not NaN, composed as
  /// PyTorch composes it (`DivBackward0` over `NansumBackward0`); NaN where every value is NaN.
  public func nanmean(dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError,
        "nanmean(): expected input to have floating point or complex dtype but got \(dtype.scalarTypeName)")
    }
    let present = try isnan().logicalNot()
    let counts =
      dims == nil || rank == 0
      ? try present.sum() : try present.sum(dims: try normalizedDims(dims ?? []), keepdim: keepdim)
    return try nansum(dims: dims, keepdim: keepdim).div(.tensor(counts))
  }
}
