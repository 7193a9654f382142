/// `torch.nn.functional.batch_norm` (`NativeBatchNormBackward0`, edges input, weight, bias).
extension Tensor {
  /// The `ValueError` F.batch_norm raises in training mode when each channel has a single value, or nil.
  public static func batchNormBatchSizeError(_ shape: [Int]) -> String? {
    guard let first = shape.first else { return nil }
    let perChannel = shape.dropFirst(2).reduce(first) { $0.multipliedReportingOverflow(by: $1).partialValue }
    guard perChannel == 1 else { return nil }
    return "Expected more than 1 value per channel when training, got input size \(sizeRepr(shape))"
  }

  /// `F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)` over
  /// channels in dim 1.
  ///
  /// Training normalises with the batch statistics (biased variance) and, when running statistics are
  /// given, updates them in place: `running = (1 - momentum) * running + momentum * batch`, with the
  /// unbiased variance for `running_var`. Evaluation normalises with the running statistics. The
  /// arithmetic is PyTorch 2.15's CPU kernel's (see `BatchNormStatistics`), so outputs and updated
  /// statistics match it bit for bit. For `momentum=None` pass `cumulativeMomentum(batchesTracked:)`.
  public static func batchNorm(
    _ input: Tensor, runningMean: Tensor?, runningVar: Tensor?, weight: Tensor? = nil, bias: Tensor? = nil,
    training: Bool, momentum: Double = 0.1, eps: Double = 1e-5
  ) throws -> Tensor {
    let channels = input.rank > 1 ? input.shape[1] : 0
    for (name, tensor) in [
      ("running_mean", runningMean), ("running_var", runningVar), ("weight", weight), ("bias", bias),
    ] {
      if let t = tensor, t.count != channels {
        throw AutogradError.runtime("\(name) should contain \(channels) elements not \(t.count)")
      }
    }
    if !training {
      guard runningMean != nil else {
        throw AutogradError.runtime("running_mean must be defined in evaluation mode")
      }
      guard runningVar != nil else {
        throw AutogradError.runtime("running_var must be defined in evaluation mode")
      }
    }
    guard input.dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"batch_norm\" not implemented for '\(input.dtype.scalarTypeName)'")
    }
    for tensor in [runningMean, runningVar, weight, bias].compactMap({ $0 }) where tensor.dtype != input.dtype
    {
      throw AutogradError.runtime("mixed dtype (CPU): all inputs must share same datatype.")
    }
    guard input.rank >= 2 else {
      throw AutogradError.runtime(
        "batch_norm: expected an input with at least 2 dimensions, got \(input.rank)-D")
    }
    let statistics = try BatchNormStatistics(
      input: input, runningMean: runningMean, runningVar: runningVar, training: training, eps: eps)
    if training && input.count > 0 {
      try statistics.updateRunning(mean: runningMean, variance: runningVar, momentum: momentum)
    }
    let output = try statistics.normalize(weight: weight, bias: bias)
    try recordBatchNorm(
      input: input, output: output, weight: weight, bias: bias, statistics: statistics, training: training,
      eps: eps)
    return output
  }

  /// The factor `nn.BatchNorm*` passes as `momentum` when its own `momentum` is None: `1 / batches`.
  public static func cumulativeMomentum(batchesTracked: Int) -> Double {
    1.0 / Double(Swift.max(batchesTracked, 1))
  }

  private static func recordBatchNorm(
    input: Tensor, output: Tensor, weight: Tensor?, bias: Tensor?, statistics: BatchNormStatistics,
    training: Bool, eps: Double
  ) throws {
    guard isRecording([input, weight, bias]) else { return }
    let rank = input.rank
    let reduced = [0] + Array(2..<rank)
    var broadcastShape = [Int](repeating: 1, count: rank)
    broadcastShape[1] = input.shape[1]
    let count = Shape.count(reduced.map { input.shape[$0] })
    let savedMean = statistics.meanTensor(dtype: input.dtype)
    let savedInvstd = statistics.invstdTensor(dtype: input.dtype)
    let (weightNeeded, biasNeeded) = (weight?.requiresGrad ?? false, bias?.requiresGrad ?? false)
    var saving = [input]
    if let w = weight { saving.append(w) }
    try record("NativeBatchNormBackward0", inputs: [input, weight, bias], outputs: [output], saving: saving) {
      grads, saved in
      guard let dy = grads[0] else { return [nil, nil, nil] }
      let x = saved[0]
      var mean = try savedMean.view(broadcastShape)
      var invstd = try savedInvstd.view(broadcastShape)
      if training && EngineSession.isGradEnabled {
        // Differentiable statistics, so that the gradient can be differentiated again.
        mean = try x.mean(dims: reduced, keepdim: true)
        let centered = try x.sub(.tensor(mean))
        invstd = try centered.mul(.tensor(centered)).mean(dims: reduced, keepdim: true).add(.float(eps))
          .rsqrt()
      }
      let w = weight == nil ? nil : try saved[1].view(broadcastShape)
      let centered = try x.sub(.tensor(mean))
      let total = try dy.sum(dims: reduced, keepdim: true)
      let dot = try centered.mul(.tensor(dy)).sum(dims: reduced, keepdim: true)
      var gradInput: Tensor
      if training {
        let k = try dot.mul(.tensor(invstd)).mul(.tensor(invstd)).div(.int(Int64(count)))
        let gradMean = try total.div(.int(Int64(count)))
        gradInput = try dy.sub(.tensor(gradMean)).sub(.tensor(centered.mul(.tensor(k)))).mul(.tensor(invstd))
      } else {
        gradInput = try dy.mul(.tensor(invstd))
      }
      if let w = w { gradInput = try gradInput.mul(.tensor(w)) }
      let gradWeight = weightNeeded ? try dot.mul(.tensor(invstd)).reshape([-1]) : nil
      let gradBias = biasNeeded ? try total.reshape([-1]) : nil
      return [gradInput, gradWeight, gradBias]
    }
  }
}
