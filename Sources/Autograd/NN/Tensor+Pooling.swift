/// `max_pool2d`, `avg_pool2d` and `adaptive_avg_pool2d` over `(N, C, H, W)` or `(C, H, W)` input.
extension Tensor {
  /// `F.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode, return_indices)`
  /// (`MaxPool2DWithIndicesBackward0`). Returns the maxima and their flat indices within each `H × W`
  /// plane. Within a window the first maximum wins and NaN beats everything, as PyTorch's kernel does.
  public func maxPool2d(
    kernelSize: [Int], stride: [Int]? = nil, padding: [Int] = [0], dilation: [Int] = [1],
    ceilMode: Bool = false
  ) throws -> (values: Tensor, indices: Tensor) {
    let geometry = try poolGeometry(
      "max_pool2d", kernelSize: kernelSize, stride: stride, padding: padding, dilation: dilation,
      ceilMode: ceilMode)
    let planes = geometry.batch * geometry.channels
    let planeSize = geometry.height * geometry.width
    let outPlane = geometry.outHeight * geometry.outWidth
    try EngineSession.chargeWork(
      Saturating.product([planes, outPlane, geometry.kernel.0, geometry.kernel.1]))
    let values = try floatValues()
    var sources = [Int](repeating: 0, count: planes * outPlane)
    var indices = [Int64](repeating: 0, count: planes * outPlane)
    for plane in 0..<planes {
      for oh in 0..<geometry.outHeight {
        for ow in 0..<geometry.outWidth {
          var best: (index: Int, value: Double)? = nil
          var firstValid: Int? = nil
          for kh in 0..<geometry.kernel.0 {
            for kw in 0..<geometry.kernel.1 {
              guard let (ih, iw) = geometry.source(oh, ow, kh, kw) else { continue }
              let index = ih * geometry.width + iw
              if firstValid == nil { firstValid = index }
              let value = values[plane * planeSize + index]
              if let current = best, !(value > current.value || value.isNaN) { continue }
              best = (index, value)
            }
          }
          let chosen = best?.index ?? firstValid ?? 0
          let position = plane * outPlane + oh * geometry.outWidth + ow
          indices[position] = Int64(chosen)
          sources[position] = plane * planeSize + chosen
        }
      }
    }
    let outShape = Array(shape.dropLast(2)) + [geometry.outHeight, geometry.outWidth]
    let map = IndexMap(
      sources: sources, inputShape: shape, outputShape: outShape, name: "MaxPool2DWithIndicesBackward0",
      adjointName: "MaxPool2DWithIndicesBackwardBackward0")
    return (try map.gather(self), Tensor(shape: outShape, dtype: .int64, integers: indices))
  }

  /// `F.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)`
  /// (`AvgPool2DBackward0`): each window's float sum divided by its divisor.
  public func avgPool2d(
    kernelSize: [Int], stride: [Int]? = nil, padding: [Int] = [0], ceilMode: Bool = false,
    countIncludePad: Bool = true, divisorOverride: Int? = nil
  ) throws -> Tensor {
    if divisorOverride == 0 { throw AutogradError.runtime("divisor must be not zero") }
    guard rank == 3 || rank == 4 else {
      throw AutogradError.index(AutogradMessages.dimOutOfRange(-3, rank: rank))
    }
    let geometry = try poolGeometry(
      "avg_pool2d", kernelSize: kernelSize, stride: stride, padding: padding, dilation: [1],
      ceilMode: ceilMode)
    let g = geometry
    let planeSize = g.height * g.width
    try EngineSession.chargeWork(
      Saturating.product([g.batch, g.channels, g.outHeight, g.outWidth, g.kernel.0, g.kernel.1]))
    var windows: [(sources: [Int], divisor: Int)] = []
    for plane in 0..<(g.batch * g.channels) {
      for oh in 0..<g.outHeight {
        for ow in 0..<g.outWidth {
          var h0 = oh * g.stride.0 - g.padding.0
          var w0 = ow * g.stride.1 - g.padding.1
          var h1 = Swift.min(h0 + g.kernel.0, g.height + g.padding.0)
          var w1 = Swift.min(w0 + g.kernel.1, g.width + g.padding.1)
          let poolSize = (h1 - h0) * (w1 - w0)
          (h0, w0) = (Swift.max(h0, 0), Swift.max(w0, 0))
          (h1, w1) = (Swift.min(h1, g.height), Swift.min(w1, g.width))
          var sources: [Int] = []
          if h0 < h1 && w0 < w1 {
            for ih in h0..<h1 { for iw in w0..<w1 { sources.append(plane * planeSize + ih * g.width + iw) } }
          }
          let divisor = divisorOverride ?? (countIncludePad ? poolSize : (h1 - h0) * (w1 - w0))
          windows.append((sources, divisor))
        }
      }
    }
    let outShape = Array(shape.dropLast(2)) + [g.outHeight, g.outWidth]
    return try WindowAverage(
      windows: windows, inputShape: shape, outputShape: outShape, name: "AvgPool2DBackward0",
      adjointName: "AvgPool2DBackwardBackward0", divisorFactors: nil
    ).average(self)
  }

  /// `F.adaptive_avg_pool2d(input, output_size)` (`AdaptiveAvgPool2DBackward0`; a `1 × 1` output is
  /// `mean(dims=(-1, -2), keepdim=True)` as in PyTorch). A nil size keeps the input's.
  public func adaptiveAvgPool2d(outputSize: [Int?]) throws -> Tensor {
    guard outputSize.count == 2 || outputSize.count == 1 else {
      throw AutogradError.runtime("adaptive_avg_pool2d: output_size must be 2")
    }
    guard rank == 3 || rank == 4 else {
      throw AutogradError.runtime("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got \(shape)")
    }
    let sizes = outputSize.count == 1 ? [outputSize[0], outputSize[0]] : outputSize
    let (height, width) = (shape[rank - 2], shape[rank - 1])
    let out = (sizes[0] ?? height, sizes[1] ?? width)
    guard out.0 >= 0 && out.1 >= 0 else {
      throw AutogradError.runtime(
        "adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {\(out.0), \(out.1)}"
      )
    }
    guard dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"adaptive_avg_pool2d\" not implemented for '\(dtype.scalarTypeName)'")
    }
    if out == (1, 1) { return try mean(dims: [-1, -2], keepdim: true) }
    let outShape = Array(shape.dropLast(2)) + [out.0, out.1]
    let outputs = try Shape.checkedCount(outShape)
    // Each output's window covers about (height / out) × (width / out) inputs, rounded up.
    let window = Saturating.multiply(height / Swift.max(out.0, 1) + 2, width / Swift.max(out.1, 1) + 2)
    try EngineSession.chargeWork(Saturating.multiply(outputs, window))
    let planes = count / Swift.max(height * width, 1)
    var windows: [(sources: [Int], divisor: Int)] = []
    var factors: [(Int, Int)] = []
    for plane in 0..<(height * width == 0 ? 0 : planes) {
      for oh in 0..<out.0 {
        let h0 = oh * height / out.0
        let h1 = ((oh + 1) * height + out.0 - 1) / out.0
        for ow in 0..<out.1 {
          let w0 = ow * width / out.1
          let w1 = ((ow + 1) * width + out.1 - 1) / out.1
          var sources: [Int] = []
          for ih in h0..<h1 { for iw in w0..<w1 { sources.append(plane * height * width + ih * width + iw) } }
          windows.append((sources, (h1 - h0) * (w1 - w0)))
          factors.append((h1 - h0, w1 - w0))
        }
      }
    }
    return try WindowAverage(
      windows: windows, inputShape: shape, outputShape: outShape, name: "AdaptiveAvgPool2DBackward0",
      adjointName: "AdaptiveAvgPool2DBackwardBackward0", divisorFactors: factors
    ).average(self)
  }

  /// Checks pooling arguments with PyTorch's messages and returns the window geometry (a 3-D input is a
  /// batch of one).
  private func poolGeometry(
    _ name: String, kernelSize: [Int], stride: [Int]?, padding: [Int], dilation: [Int], ceilMode: Bool
  ) throws -> Conv2dGeometry {
    guard kernelSize.count == 1 || kernelSize.count == 2 else {
      throw AutogradError.runtime("\(name): kernel_size must either be a single int, or a tuple of two ints")
    }
    let strides = stride ?? []
    guard strides.count <= 2 else {
      throw AutogradError.runtime(
        "\(name): stride must either be omitted, a single int, or a tuple of two ints")
    }
    guard padding.count == 1 || padding.count == 2 else {
      throw AutogradError.runtime("\(name): padding must either be a single int, or a tuple of two ints")
    }
    guard dilation.count == 1 || dilation.count == 2 else {
      throw AutogradError.runtime("\(name): dilation must be either a single int, or a tuple of two ints")
    }
    let k = try Conv2dGeometry.pair(kernelSize, name: "kernel_size")
    let s = strides.isEmpty ? k : try Conv2dGeometry.pair(strides, name: "stride")
    let p = try Conv2dGeometry.pair(padding, name: "padding")
    let d = try Conv2dGeometry.pair(dilation, name: "dilation")
    if s.0 == 0 || s.1 == 0 { throw AutogradError.runtime("stride should not be zero") }
    guard (rank == 3 || rank == 4), count > 0 else {
      throw AutogradError.runtime("non-empty 3D or 4D (batch mode) tensor expected for input")
    }
    if k.0 <= 0 || k.1 <= 0 {
      throw AutogradError.runtime("kernel size should be greater than zero, but got kH: \(k.0) kW: \(k.1)")
    }
    if s.0 < 0 || s.1 < 0 {
      throw AutogradError.runtime("stride should be greater than zero, but got dH: \(s.0) dW: \(s.1)")
    }
    if d.0 <= 0 || d.1 <= 0 {
      throw AutogradError.runtime(
        "dilation should be greater than zero, but got dilationH: \(d.0) dilationW: \(d.1)")
    }
    for (pad, kernel, dil) in [(p.0, k.0, d.0), (p.1, k.1, d.1)]
    where pad > Saturating.add(Saturating.reach(kernel: kernel, dilation: dil), 1) / 2 || pad < 0 {
      throw AutogradError.runtime(
        "pad should be at most half of effective kernel size, but got pad=\(pad), kernel_size=\(kernel) and dilation=\(dil)"
      )
    }
    let dims = rank == 4 ? shape : [1] + shape
    let geometry = Conv2dGeometry(
      input: dims, kernel: k, stride: s, padding: p, dilation: d, ceilMode: ceilMode)
    if geometry.outHeight < 1 || geometry.outWidth < 1 {
      throw AutogradError.runtime(
        "Given input size: (\(dims[1])x\(dims[2])x\(dims[3])). Calculated output size: (\(dims[1])x\(geometry.outHeight)x\(geometry.outWidth)). Output size is too small"
      )
    }
    return geometry
  }
}
