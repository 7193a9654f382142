/// `torch.nn.functional.dropout`: the mask PyTorch's CPU kernel draws, scaled by `1 / (1 - p)`.
extension Tensor {
  /// The `ValueError` text for a dropout probability outside [0, 1] (`p` shown as Python prints it), or nil.
  public static func dropoutProbabilityError(_ p: Scalar) -> String? {
    let value = p.doubleValue
    if value >= 0 && value <= 1 { return nil }
    return "dropout probability has to be between 0 and 1, but got \(p)"
  }

  /// `F.dropout(input, p, training, inplace)` for a probability already checked to be in [0, 1].
  ///
  /// In evaluation mode, with `p == 0` or on an empty tensor the input itself is returned (the same
  /// object, as PyTorch does). With `p == 1` the result is `input * 0` (`MulBackward0`; NaN stays NaN).
  /// Otherwise a noise tensor of the input's dtype gets `bernoulli_(1 - p)` (one double uniform per
  /// element, see `bernoulli_(probability:)`), is divided by `1 - p` in that dtype, and multiplies the
  /// input (`MulBackward0` with the noise as a constant).
  public func dropout(p: Double, training: Bool, inplace: Bool = false, generator: Generator? = nil) throws
    -> Tensor
  {
    if p == 0 || !training || count == 0 { return self }
    if p == 1 {
      let zero = try Tensor.zeros([], dtype: dtype)
      return inplace ? try mul_(.tensor(zero)) : try mul(.tensor(zero))
    }
    let keep = 1 - p
    let noise = try Tensor.zeros(shape, dtype: dtype)
    try noise.bernoulli_(probability: keep, generator: generator)
    try noise.div_(.float(keep))
    return inplace ? try mul_(.tensor(noise)) : try mul(.tensor(noise))
  }
}
