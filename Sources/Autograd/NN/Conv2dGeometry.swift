/// The sizes of a 2-D convolution or pooling window sliding over `(N, C, H, W)`: kernel, stride,
/// padding and dilation per spatial dimension, and the output sizes they give.
struct Conv2dGeometry {
  let batch: Int
  let channels: Int
  let height: Int
  let width: Int
  let kernel: (Int, Int)
  let stride: (Int, Int)
  let padding: (Int, Int)
  let dilation: (Int, Int)
  let outHeight: Int
  let outWidth: Int

  /// `floor((size + 2*pad - dilation*(kernel-1) - 1) / stride) + 1`, rounded up instead when `ceilMode`
  /// (but never starting a window in the right padding), as PyTorch's `pooling_output_shape` does.
  static func outputSize(_ size: Int, kernel: Int, stride: Int, padding: Int, dilation: Int, ceilMode: Bool)
    -> Int
  {
    let padded = Saturating.add(size, Saturating.multiply(2, padding))
    let numerator = Saturating.add(
      Saturating.add(padded, -Saturating.reach(kernel: kernel, dilation: dilation)),
      (ceilMode ? stride - 1 : 0) - 1)
    let quotient = numerator / stride
    var out = (numerator % stride != 0 && numerator < 0 ? quotient - 1 : quotient) + 1
    if ceilMode && Saturating.multiply(out - 1, stride) >= Saturating.add(size, padding) { out -= 1 }
    return out
  }

  init(
    input shape: [Int], kernel: (Int, Int), stride: (Int, Int), padding: (Int, Int), dilation: (Int, Int),
    ceilMode: Bool = false
  ) {
    (batch, channels, height, width) = (shape[0], shape[1], shape[2], shape[3])
    self.kernel = kernel
    self.stride = stride
    self.padding = padding
    self.dilation = dilation
    outHeight = Conv2dGeometry.outputSize(
      height, kernel: kernel.0, stride: stride.0, padding: padding.0, dilation: dilation.0, ceilMode: ceilMode
    )
    outWidth = Conv2dGeometry.outputSize(
      width, kernel: kernel.1, stride: stride.1, padding: padding.1, dilation: dilation.1, ceilMode: ceilMode)
  }

  /// The input row and column under kernel tap `(kh, kw)` of output position `(oh, ow)`, or nil in padding.
  @inline(__always)
  func source(_ oh: Int, _ ow: Int, _ kh: Int, _ kw: Int) -> (Int, Int)? {
    let ih = oh * stride.0 - padding.0 + kh * dilation.0
    let iw = ow * stride.1 - padding.1 + kw * dilation.1
    guard ih >= 0, ih < height, iw >= 0, iw < width else { return nil }
    return (ih, iw)
  }

  /// Expands a Python int-or-tuple argument to one value per spatial dimension, with PyTorch's message.
  static func pair(_ values: [Int], name: String, function: String = "convolution") throws -> (Int, Int) {
    switch values.count {
    case 1: return (values[0], values[0])
    case 2: return (values[0], values[1])
    default:
      throw AutogradError.runtime(
        "expected \(name) to be a single integer value or a list of 2 values to match the \(function) dimensions, but got \(name)=\(values)"
      )
    }
  }
}
