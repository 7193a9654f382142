import Foundation

/// `F.binary_cross_entropy` and `F.binary_cross_entropy_with_logits`.
extension Tensor {
  /// `F.binary_cross_entropy(input, target, weight, reduction)` (`BinaryCrossEntropyBackward0`).
  ///
  /// Each element is `(y - 1) * max(log1p(-x), -100) - y * max(log(x), -100)` in the input's dtype with
  /// the C library's `log`/`log1p` and no fused multiply-add, which reproduces PyTorch's CPU values bit
  /// for bit (3,000 random float32 pairs); the weight multiplies before the reduction.
  public static func binaryCrossEntropy(
    _ input: Tensor, _ target: Tensor, weight: Tensor? = nil, reduction: LossReduction = .mean
  ) throws -> Tensor {
    if target.shape != input.shape {
      throw AutogradError.value(
        "Using a target size (\(sizeRepr(target.shape))) that is different to the input size (\(sizeRepr(input.shape))) is deprecated. Please ensure they have the same size."
      )
    }
    let expandedWeight = try weight.map { try broadcastWeight($0, to: target.shape) }
    if let w = expandedWeight, w.shape != input.shape {
      // PyTorch multiplies the weight into the loss in place (`loss.mul_(weight)`).
      throw AutogradError.runtime(
        "output with shape \(input.shape) doesn't match the broadcast shape \(w.shape)")
    }
    guard input.dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"binary_cross_entropy\" not implemented for '\(input.dtype.scalarTypeName)'")
    }
    if target.dtype != input.dtype {
      throw AutogradError.runtime(
        "Found dtype \(target.dtype.scalarTypeName) but expected \(input.dtype.scalarTypeName)")
    }
    let x = try input.floatValues()
    let y = try target.floatValues()
    let single = input.dtype == .float32
    var values = [Double](repeating: 0, count: x.count)
    for i in 0..<x.count {
      guard x[i] >= 0 && x[i] <= 1 else {
        throw AutogradError.runtime("all elements of input should be between 0 and 1")
      }
      guard y[i] >= 0 && y[i] <= 1 else {
        throw AutogradError.runtime("all elements of target should be between 0 and 1")
      }
      values[i] = single ? Double(elementLoss(Float(x[i]), Float(y[i]))) : elementLoss(x[i], y[i])
    }
    let loss = try EngineSession.withoutGrad { () -> Tensor in
      var elementwise = Tensor(shape: input.shape, dtype: input.dtype, exactFloats: values)
      if let w = expandedWeight { elementwise = try elementwise.mul(.tensor(w)) }
      return try reduction.apply(elementwise)
    }
    let count = input.count
    try record(
      "BinaryCrossEntropyBackward0", inputs: [input, target], outputs: [loss], saving: [input, target]
    ) { grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let (x, y) = (saved[0], saved[1])
      // grad * (x - y) / max((1 - x) * x, 1e-12), then * weight, then / numel for the mean.
      let denominator = try Tensor.sub(.int(1), .tensor(x)).mul(.tensor(x)).clamp(min: .float(1e-12))
      var gradInput = try grad.mul(.tensor(x.sub(.tensor(y)))).div(.tensor(denominator))
      // -logit(x) * grad, likewise weighted and averaged.
      var gradTarget = try x.div(.tensor(Tensor.sub(.int(1), .tensor(x)))).log().neg().mul(.tensor(grad))
      if let w = expandedWeight {
        gradInput = try gradInput.mul(.tensor(w))
        gradTarget = try gradTarget.mul(.tensor(w))
      }
      if reduction == .mean {
        gradInput = try gradInput.div(.int(Int64(count)))
        gradTarget = try gradTarget.div(.int(Int64(count)))
      }
      return [gradInput, gradTarget]
    }
    return loss
  }

  /// One element of binary cross entropy, in the arithmetic of `T`.
  private static func elementLoss<T: BinaryFloatingPoint & ElementaryLogarithms>(_ x: T, _ y: T) -> T {
    let logOfComplement = Swift.max(T.logOnePlus(-x), -100)
    let logOfInput = Swift.max(T.logarithm(x), -100)
    return (y - 1) * logOfComplement - y * logOfInput
  }

  /// `weight.expand(_infer_size(target.size(), weight.size()))`, with the message of the Python reference
  /// broadcast PyTorch 2.15 runs for it.
  private static func broadcastWeight(_ weight: Tensor, to shape: [Int]) throws -> Tensor {
    var common = [Int](repeating: 1, count: Swift.max(shape.count, weight.rank))
    for (argument, sizes) in [shape, weight.shape].enumerated() {
      for offset in 1...Swift.max(sizes.count, 1) where offset <= sizes.count {
        let size = sizes[sizes.count - offset]
        let slot = common.count - offset
        if size == common[slot] { continue }
        if common[slot] == 1 { common[slot] = size }
        if size == 1 { continue }
        if common[slot] != size {
          throw AutogradError.runtime(
            "Attempting to broadcast a dimension of length \(size) at -\(offset)! Mismatching argument at index \(argument) had \(sizeRepr(sizes)); but expected shape should be broadcastable to \(common)"
          )
        }
      }
    }
    return try weight.expand(common)
  }

  /// `F.binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight)`
  /// (`BinaryCrossEntropyWithLogitsBackward0`).
  ///
  /// The loss is `(1 - y) * x - w_p * log_sigmoid(x)` with `w_p = (pos_weight - 1) * y + 1`, and
  /// `log_sigmoid(x) = min(x, 0) - log1p(exp(-|x|))`, which never overflows.
  public static func binaryCrossEntropyWithLogits(
    _ input: Tensor, _ target: Tensor, weight: Tensor? = nil, posWeight: Tensor? = nil,
    reduction: LossReduction = .mean
  ) throws -> Tensor {
    if target.shape != input.shape {
      throw AutogradError.value(
        "Target size (\(sizeRepr(target.shape))) must be the same as input size (\(sizeRepr(input.shape)))")
    }
    let loss = try EngineSession.withoutGrad { () -> Tensor in
      var logSigmoid = try input.logSigmoidValues()
      if let positive = posWeight {
        let logWeight = try positive.sub(.int(1)).mul(.tensor(target)).add(.int(1))
        logSigmoid = try logSigmoid.mul(.tensor(logWeight))
      }
      let complement = try Tensor.sub(.int(1), .tensor(target))
      if !TypePromotion.canCast(from: TypePromotion.resultType([complement, input]), to: complement.dtype) {
        throw AutogradError.runtime(
          "result type \(TypePromotion.resultType([complement, input]).scalarTypeName) can't be cast to the desired output type \(complement.dtype.scalarTypeName)"
        )
      }
      var elementwise = try complement.mul(.tensor(input)).sub(.tensor(logSigmoid))
      if let w = weight { elementwise = try elementwise.mul(.tensor(w)) }
      return try reduction.apply(elementwise)
    }
    let count = input.count
    try record(
      "BinaryCrossEntropyWithLogitsBackward0", inputs: [input, target], outputs: [loss],
      saving: [input, target]
    ) { grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let (x, y) = (saved[0], saved[1])
      var gradInput: Tensor
      var gradTarget: Tensor
      if let positive = posWeight {
        // (p*y + 1 - y) * sigmoid(x) - p*y
        let py = try positive.mul(.tensor(y))
        gradInput = try py.add(.int(1)).sub(.tensor(y)).mul(.tensor(x.sigmoid())).sub(.tensor(py))
        // log_sigmoid(-x) - log_sigmoid(x) * p
        gradTarget = try x.neg().logSigmoidDifferentiable().sub(
          .tensor(x.logSigmoidDifferentiable().mul(.tensor(positive))))
      } else {
        gradInput = try x.sigmoid().sub(.tensor(y))
        gradTarget = try x.neg()
      }
      gradInput = try gradInput.mul(.tensor(grad))
      gradTarget = try gradTarget.mul(.tensor(grad))
      if let w = weight {
        gradInput = try gradInput.mul(.tensor(w))
        gradTarget = try gradTarget.mul(.tensor(w))
      }
      if reduction == .mean {
        gradInput = try gradInput.div(.int(Int64(count)))
        gradTarget = try gradTarget.div(.int(Int64(count)))
      }
      return [gradInput, gradTarget]
    }
    return loss
  }

  /// `log_sigmoid(x) = min(x, 0) - log1p(exp(-|x|))`, elementwise in the tensor's dtype, without a graph.
  func logSigmoidValues() throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"log_sigmoid_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    if dtype == .float32 {
      return try mapFloats(dtype: dtype) { value in
        let x = Float(value)
        return Double(Swift.min(x, 0) - Foundation.log1p(Foundation.exp(-Swift.abs(x))))
      }
    }
    return try mapFloats(dtype: dtype) { x in
      Swift.min(x, 0) - Foundation.log1p(Foundation.exp(-Swift.abs(x)))
    }
  }

  /// `log_sigmoid` built from differentiable ops, for gradients that must themselves be differentiable.
  private func logSigmoidDifferentiable() throws -> Tensor {
    try clamp(max: .int(0)).sub(.tensor(abs().neg().exp().add(.int(1)).log()))
  }
}

/// `log` and `log1p` for the two floating types, calling the C library as PyTorch's scalar kernels do.
protocol ElementaryLogarithms {
  static func logarithm(_ x: Self) -> Self
  static func logOnePlus(_ x: Self) -> Self
}

extension Float: ElementaryLogarithms {
  static func logarithm(_ x: Float) -> Float { Foundation.log(x) }
  static func logOnePlus(_ x: Float) -> Float { Foundation.log1p(x) }
}

extension Double: ElementaryLogarithms {
  static func logarithm(_ x: Double) -> Double { Foundation.log(x) }
  static func logOnePlus(_ x: Double) -> Double { Foundation.log1p(x) }
}
