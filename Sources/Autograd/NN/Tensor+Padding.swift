/// `torch.nn.functional.pad`: constant, reflect and replicate modes as PyTorch implements them.
extension Tensor {
  /// `F.pad`'s `mode=`.
  public enum PaddingMode: String, Sendable {
    case constant, reflect, replicate, circular

    /// Parses a mode name with PyTorch's message for anything else.
    public init(name: String) throws {
      guard let mode = PaddingMode(rawValue: name) else {
        throw AutogradError(.notImplementedError, "Unrecognised padding mode \(name)")
      }
      self = mode
    }
  }

  /// `F.pad(input, pad, mode, value)`: `pad` lists (left, right) pairs starting from the last dimension;
  /// negative amounts crop. Reflect and replicate pad the last dimension of a 2-D/3-D input (2 values) or
  /// the last two of a 3-D/4-D input (4 values).
  public func pad(_ pad: [Int], mode: PaddingMode = .constant, value: Double? = nil) throws -> Tensor {
    guard pad.count % 2 == 0 else { throw AutogradError.runtime("Padding length must be divisible by 2") }
    guard pad.count <= rank * 2 else {
      throw AutogradError.runtime(
        "Padding length should be less than or equal to two times the input dimension but got padding length \(pad.count) and input of dimension \(rank)"
      )
    }
    if mode == .constant { return try constantPad(pad, value: value ?? 0) }
    if let value = value, value != 0 {
      throw AutogradError.runtime("Padding mode \"\(mode.rawValue)\" doesn't take in value argument")
    }
    let supported =
      (pad.count == 2 && (rank == 2 || rank == 3)) || (pad.count == 4 && (rank == 3 || rank == 4))
    guard supported, mode != .circular else {
      if mode == .circular && supported {
        throw AutogradError(.notImplementedError, "Gradbook does not implement F.pad with mode='circular'")
      }
      throw AutogradError(
        .notImplementedError,
        "Padding size \(pad.count) is not supported for \(rank)D input tensor.\nSupported combinations for non-constant padding:\n  - 2D or 3D input: padding size = 2 (pads last dimension)\n  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)\n  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)"
      )
    }
    return try indexPad(pad, reflect: mode == .reflect)
  }

  /// `torch.constant_pad_nd` (`ConstantPadNdBackward0`, whose gradient crops by padding negatively).
  func constantPad(_ pad: [Int], value: Double) throws -> Tensor {
    let padded = pad.count / 2
    var outShape = shape
    for i in 0..<padded {
      let dim = rank - 1 - i
      let size = Saturating.add(Saturating.add(shape[dim], pad[2 * i]), pad[2 * i + 1])
      let kept = Saturating.add(
        Saturating.add(shape[dim], Swift.min(pad[2 * i], 0)), Swift.min(pad[2 * i + 1], 0))
      if kept < 0 || size < 0 {
        throw AutogradError.runtime("narrow(): length must be non-negative.")
      }
      outShape[dim] = size
    }
    let count = try Shape.checkedCount(outShape)
    let source = try floatValues()
    let inStrides = Shape.contiguousStrides(shape)
    let outStrides = Shape.contiguousStrides(outShape)
    let fill =
      dtype == .float32
      ? Double(Float(value)) : (dtype.isFloatingPoint ? value : Double(Scalar.truncatingToInt64(value)))
    var values = [Double](repeating: fill, count: count)
    for outIndex in 0..<count {
      var inIndex = 0
      var inside = true
      var remainder = outIndex
      for dim in 0..<rank {
        var coordinate = remainder / outStrides[dim]
        remainder %= outStrides[dim]
        let fromEnd = rank - 1 - dim
        if fromEnd < padded { coordinate -= pad[2 * fromEnd] }
        if coordinate < 0 || coordinate >= shape[dim] {
          inside = false
          break
        }
        inIndex += coordinate * inStrides[dim]
      }
      if inside { values[outIndex] = source[inIndex] }
    }
    let output = Tensor(shape: outShape, dtype: dtype, floats: values)
    try Tensor.record("ConstantPadNdBackward0", inputs: [self], outputs: [output]) { grads, _ in
      [try grads[0].map { try $0.constantPad(pad.map { -$0 }, value: 0) }]
    }
    return output
  }

  /// Reflection or replication padding of the last `pad.count / 2` dimensions as an index map.
  private func indexPad(_ pad: [Int], reflect: Bool) throws -> Tensor {
    let padded = pad.count / 2
    var outShape = shape
    for i in 0..<padded {
      let dim = rank - 1 - i
      let (left, right) = (pad[2 * i], pad[2 * i + 1])
      if reflect && (left >= shape[dim] || right >= shape[dim]) {
        throw AutogradError.runtime(
          "Argument #\(4 + 2 * i): Padding size should be less than the corresponding input dimension, but got: padding (\(left), \(right)) at dimension \(dim) of input \(shape)"
        )
      }
      outShape[dim] = Saturating.add(Saturating.add(shape[dim], left), right)
      if outShape[dim] < 1 {
        throw AutogradError.runtime(
          "input size \(shape[dim]) with padding (\(left), \(right)) leaves no output at dimension \(dim)")
      }
    }
    let count = try Shape.checkedCount(outShape)
    let inStrides = Shape.contiguousStrides(shape)
    let outStrides = Shape.contiguousStrides(outShape)
    var sources = [Int](repeating: 0, count: count)
    for outIndex in 0..<count {
      var inIndex = 0
      var remainder = outIndex
      for dim in 0..<rank {
        var coordinate = remainder / outStrides[dim]
        remainder %= outStrides[dim]
        let fromEnd = rank - 1 - dim
        if fromEnd < padded {
          coordinate -= pad[2 * fromEnd]
          let size = shape[dim]
          if reflect {
            if coordinate < 0 { coordinate = -coordinate }
            if coordinate >= size { coordinate = 2 * (size - 1) - coordinate }
          } else {
            coordinate = Swift.min(Swift.max(coordinate, 0), size - 1)
          }
        }
        inIndex += coordinate * inStrides[dim]
      }
      sources[outIndex] = inIndex
    }
    let kind = (reflect ? "ReflectionPad" : "ReplicationPad") + (padded == 1 ? "1D" : "2D")
    let map = IndexMap(
      sources: sources, inputShape: shape, outputShape: outShape, name: kind + "Backward0",
      adjointName: kind + "BackwardBackward0")
    return try map.gather(self)
  }
}
