/// `clamp` with number bounds (`ClampBackward1`) or tensor bounds (`ClampBackward0`), and their
/// gradients at the bounds as PyTorch gives them.
extension Tensor {
  /// `x.clamp(min, max)` (`ClampBackward1`); either bound may be nil.
  public func clamp(min lower: Scalar? = nil, max upper: Scalar? = nil) throws -> Tensor {
    if lower == nil && upper == nil {
      throw AutogradError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
    }
    let resultDType = clampResultDType(min: lower, max: upper)
    if resultDType == .bool {
      let kernel =
        lower == nil ? "clamp_max_scalar_cpu" : upper == nil ? "clamp_min_scalar_cpu" : "clamp_scalar_cpu"
      throw AutogradError(.notImplementedError, "\"\(kernel)\" not implemented for 'Bool'")
    }
    return try Tensor.unaryRecorded(self, name: "ClampBackward1", saveInput: true) { input in
      if resultDType.isFloatingPoint {
        let low = lower.map { resultDType.rounded($0.doubleValue) }
        let high = upper.map { resultDType.rounded($0.doubleValue) }
        return try input.mapFloats(dtype: resultDType) { value in
          if value.isNaN { return value }
          var result = value
          // A value equal to a bound is kept as it is (so -0.0 stays -0.0), as PyTorch's kernel does.
          if let low = low { result = low.isNaN ? low : (result < low ? low : result) }
          if let high = high { result = high.isNaN ? high : (result > high ? high : result) }
          return result
        }
      }
      return try input.mapIntegers(dtype: resultDType) { value in
        var result = value
        if let low = lower?.int64Value { result = Swift.max(result, low) }
        if let high = upper?.int64Value { result = Swift.min(result, high) }
        return result
      }
    } derivative: { grad, saved in
      let x = saved[0]
      // PyTorch passes the gradient only strictly inside the bounds: at a bound it is zero.
      var mask = try Tensor.full(x.shape, .bool(true), dtype: .bool)
      if let low = lower { mask = try mask.logicalAnd(x.gt(.scalar(low))) }
      if let high = upper { mask = try mask.logicalAnd(x.lt(.scalar(high))) }
      return try grad.mul(.tensor(mask.to(grad.dtype)))
    }
  }

  /// The dtype `clamp` with these scalar bounds computes in.
  func clampResultDType(min lower: Scalar?, max upper: Scalar?) -> DType {
    TypePromotion.resultType([self] + [lower, upper].compactMap { $0 }.map { Tensor.wrapped($0) })
  }

  /// `x.clamp(min, max)` with tensor bounds (`ClampBackward0`): `minimum(maximum(x, min), max)`, bounds
  /// broadcasting; at a bound the gradient is shared evenly between `x` and that bound, as PyTorch does.
  public func clamp(min lower: Tensor?, max upper: Tensor?) throws -> Tensor {
    if lower == nil && upper == nil {
      throw AutogradError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
    }
    let resultDType = TypePromotion.resultType([self] + [lower, upper].compactMap { $0 })
    var shape = self.shape
    for bound in [lower, upper].compactMap({ $0 }) { shape = try Shape.broadcast(shape, bound.shape) }
    let (output, lifted) = try AutogradContext.current.withMode(.noGrad) { () -> (Tensor, Tensor) in
      let x = try to(resultDType)
      let raised = try lower.map { try Tensor.maximum(x, $0.to(resultDType)) } ?? x
      let clamped = try upper.map { try Tensor.minimum(raised, $0.to(resultDType)) } ?? raised
      return (try clamped.expand(shape).contiguous().detach(), raised.detach())
    }
    let saved = [self] + [lower, upper].compactMap { $0 }
    let hasLower = lower != nil
    let hasUpper = upper != nil
    try Tensor.record(
      "ClampBackward0", inputs: [self, lower, upper], outputs: [output], saving: saved
    ) { grads, saved in
      guard let grad = grads[0] else { return [nil, nil, nil] }
      let x = saved[0]
      let low = hasLower ? saved[1] : nil
      let high = hasUpper ? saved[hasLower ? 2 : 1] : nil
      /// 1 where `a` wins, 0.5 at a tie, 0 where it loses.
      func share(_ wins: Tensor, _ ties: Tensor) throws -> Tensor {
        try wins.to(grad.dtype).add(.tensor(ties.to(grad.dtype).mul(.float(0.5))))
      }
      var throughRaised = grad
      var gradHigh: Tensor? = nil
      if let high = high {
        throughRaised = try grad.mul(.tensor(share(lifted.lt(.tensor(high)), lifted.eq(.tensor(high)))))
        gradHigh = try grad.mul(.tensor(share(lifted.gt(.tensor(high)), lifted.eq(.tensor(high)))))
      }
      var gradX = throughRaised
      var gradLow: Tensor? = nil
      if let low = low {
        gradX = try throughRaised.mul(.tensor(share(x.gt(.tensor(low)), x.eq(.tensor(low)))))
        gradLow = try throughRaised.mul(.tensor(share(x.lt(.tensor(low)), x.eq(.tensor(low)))))
      }
      return [gradX, gradLow, gradHigh]
    }
    return output
  }
}
