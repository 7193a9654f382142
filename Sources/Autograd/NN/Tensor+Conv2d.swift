/// `torch.nn.functional.conv2d` (`ConvolutionBackward0`, edges input, weight, bias).
extension Tensor {
  /// `padding=` of a convolution: explicit sizes (one per spatial dimension, or one for both), `'same'`
  /// or `'valid'`.
  public enum ConvolutionPadding: Sendable, Equatable {
    case explicit([Int])
    case same
    case valid

    /// Parses a padding string with PyTorch's message for anything else.
    public init(string: String) throws {
      switch string {
      case "same": self = .same
      case "valid": self = .valid
      default: throw AutogradError.runtime("Invalid padding string: '\(string)'")
      }
    }
  }

  /// `F.conv2d(input, weight, bias, stride, padding, dilation, groups)` for `(N, C, H, W)` input, or
  /// `(C, H, W)` without a batch (unsqueezed to a batch of one and squeezed back, as PyTorch records it).
  ///
  /// Each output element sums `input * weight` over the group's channels and the kernel taps in float
  /// (channel, row, column order), then adds the bias. PyTorch's CPU convolution (oneDNN) sums in another
  /// order, so float32 results can differ from it in the last bits. `'same'` padding with an even
  /// effective kernel pads the input on the right/bottom first (`ConstantPadNdBackward0`), as PyTorch does.
  public static func conv2d(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil, stride: [Int] = [1],
    padding: ConvolutionPadding = .explicit([0]), dilation: [Int] = [1], groups: Int = 1
  ) throws -> Tensor {
    guard input.rank == 3 || input.rank == 4 else {
      throw AutogradError.runtime(
        "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: \(input.shape)")
    }
    if input.rank == 3 {
      let batched = try conv2d(
        input.unsqueeze(0), weight: weight, bias: bias, stride: stride, padding: padding, dilation: dilation,
        groups: groups)
      return try batched.squeeze(dim: 0)
    }
    let spatial = Swift.max(weight.rank - 2, 0)
    let strides = try expand(stride, name: "stride", dims: spatial)
    let dilations = try expand(dilation, name: "dilation", dims: spatial)
    switch padding {
    case .valid:
      return try convolve(input, weight, bias, strides, (0, 0), dilations, groups)
    case .explicit(let sizes):
      let pads = try expand(sizes, name: "padding", dims: spatial)
      return try convolve(input, weight, bias, strides, pads, dilations, groups)
    case .same:
      return try convolveSame(input, weight, bias, strides, dilations, groups)
    }
  }

  private static func expand(_ values: [Int], name: String, dims: Int) throws -> (Int, Int) {
    if values.count == 1 { return (values[0], values[0]) }
    guard values.count == dims, dims == 2 else {
      throw AutogradError.runtime(
        "expected \(name) to be a single integer value or a list of \(dims) values to match the convolution dimensions, but got \(name)=\(values)"
      )
    }
    return (values[0], values[1])
  }

  /// `padding='same'`: `dilation * (kernel - 1)` split evenly, the odd extra going right/bottom through an
  /// explicit zero pad of the input.
  private static func convolveSame(
    _ input: Tensor, _ weight: Tensor, _ bias: Tensor?, _ stride: (Int, Int), _ dilation: (Int, Int),
    _ groups: Int
  ) throws -> Tensor {
    guard stride == (1, 1) else {
      throw AutogradError.runtime("padding='same' is not supported for strided convolutions")
    }
    guard weight.rank == 4 else { return try convolve(input, weight, bias, stride, (0, 0), dilation, groups) }
    let totals = (
      Saturating.reach(kernel: weight.shape[2], dilation: dilation.0),
      Saturating.reach(kernel: weight.shape[3], dilation: dilation.1)
    )
    let left = (totals.0 / 2, totals.1 / 2)
    let right = (totals.0 - left.0, totals.1 - left.1)
    if left == right { return try convolve(input, weight, bias, stride, left, dilation, groups) }
    EngineSession.warnOnce(
      "UserWarning: Using padding='same' with even kernel lengths and odd dilation may require a zero-padded copy of the input be created"
    )
    let padded = try input.constantPad([0, right.1 - left.1, 0, right.0 - left.0], value: 0)
    return try convolve(padded, weight, bias, stride, left, dilation, groups)
  }

  private static func checkConvolution(
    _ input: Tensor, _ weight: Tensor, _ bias: Tensor?, _ stride: (Int, Int), _ padding: (Int, Int),
    _ dilation: (Int, Int), _ groups: Int
  ) throws {
    if padding.0 < 0 || padding.1 < 0 { throw AutogradError.runtime("negative padding is not supported") }
    if stride.0 <= 0 || stride.1 <= 0 { throw AutogradError.runtime("non-positive stride is not supported") }
    if dilation.0 <= 0 || dilation.1 <= 0 {
      throw AutogradError.runtime(
        "dilation should be greater than zero, but got [\(dilation.0), \(dilation.1)]")
    }
    if groups <= 0 { throw AutogradError.runtime("non-positive groups is not supported") }
    guard weight.rank == 4 else {
      throw AutogradError.runtime(
        "Expected \(weight.rank)-dimensional input for \(weight.rank)-dimensional weight \(weight.shape), but got 4-dimensional input of size \(input.shape) instead"
      )
    }
    if weight.shape[0] % groups != 0 {
      throw AutogradError.runtime(
        "Given groups=\(groups), expected weight to be divisible by \(groups) at dimension 0, but got weight of size [\(weight.shape)] instead"
      )
    }
    if input.shape[1] != weight.shape[1] * groups {
      throw AutogradError.runtime(
        "Given groups=\(groups), weight of size \(weight.shape), expected input\(input.shape) to have \(weight.shape[1] * groups) channels, but got \(input.shape[1]) channels instead"
      )
    }
    if let b = bias, !(b.rank == 1 && b.count == weight.shape[0]) {
      throw AutogradError.runtime(
        "Given weight of size \(weight.shape), expected bias to be 1-dimensional with \(weight.shape[0]) elements, but got bias of size \(b.shape) instead"
      )
    }
    let padded = (
      Saturating.add(input.shape[2], Saturating.multiply(2, padding.0)),
      Saturating.add(input.shape[3], Saturating.multiply(2, padding.1))
    )
    let reach = (
      Saturating.add(Saturating.reach(kernel: weight.shape[2], dilation: dilation.0), 1),
      Saturating.add(Saturating.reach(kernel: weight.shape[3], dilation: dilation.1), 1)
    )
    if padded.0 < reach.0 || padded.1 < reach.1 {
      throw AutogradError.runtime(
        "Calculated padded input size per channel: (\(padded.0) x \(padded.1)). Kernel size: (\(reach.0) x \(reach.1)). Kernel size can't be greater than actual input size"
      )
    }
    for other in [weight, bias].compactMap({ $0 }) where other.dtype != input.dtype {
      throw AutogradError.runtime(
        "expected scalar type \(input.dtype.scalarTypeName) but found \(other.dtype.scalarTypeName)")
    }
    if input.dtype == .bool {
      throw AutogradError(.notImplementedError, "\"slow_conv2d_cpu\" not implemented for 'Bool'")
    }
  }

  private static func convolve(
    _ input: Tensor, _ weight: Tensor, _ bias: Tensor?, _ stride: (Int, Int), _ padding: (Int, Int),
    _ dilation: (Int, Int), _ groups: Int
  ) throws -> Tensor {
    try checkConvolution(input, weight, bias, stride, padding, dilation, groups)
    let geometry = Conv2dGeometry(
      input: input.shape, kernel: (weight.shape[2], weight.shape[3]), stride: stride, padding: padding,
      dilation: dilation)
    let kernel = Convolution2DKernel(geometry: geometry, outChannels: weight.shape[0], groups: groups)
    let outShape = [geometry.batch, weight.shape[0], geometry.outHeight, geometry.outWidth]
    _ = try Shape.checkedCount(outShape)
    try EngineSession.chargeWork(kernel.multiplyAdds)
    let values = kernel.forward(
      try input.floatValues(), try weight.floatValues(), try bias?.floatValues(),
      single: input.dtype == .float32)
    let output = Tensor(shape: outShape, dtype: input.dtype, floats: values)
    let (inputShape, weightShape) = (input.shape, weight.shape)
    let single = input.dtype == .float32
    try record(
      "ConvolutionBackward0", inputs: [input, weight, bias], outputs: [output], saving: [input, weight]
    ) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil, nil] }
      if EngineSession.isGradEnabled {
        throw AutogradError(
          .notImplementedError,
          "Gradbook does not differentiate conv2d twice (create_graph=True through conv2d)")
      }
      let dy = try grad.floatValues()
      let (gradInput, gradWeight) = kernel.backward(
        dy, input: try saved[0].floatValues(), weight: try saved[1].floatValues(), single: single)
      let dtype = saved[0].dtype
      return [
        Tensor(shape: inputShape, dtype: dtype, floats: gradInput),
        Tensor(shape: weightShape, dtype: dtype, floats: gradWeight),
        try grad.sum(dims: [0, 2, 3]),
      ]
    }
    return output
  }
}
