/// `adaptive_max_pool2d` over `(N, C, H, W)` or `(C, H, W)` input.
extension Tensor {
  /// `F.adaptive_max_pool2d(input, output_size, return_indices)` (`AdaptiveMaxPool2DBackward0`):
  /// output cell `(oh, ow)` takes the maximum of rows `floor(oh * H / outH) ..< ceil((oh + 1) * H / outH)`
  /// and the matching columns, with its flat index in the `H × W` plane. The first maximum wins and a NaN
  /// beats everything (the last NaN), as PyTorch's kernel does. A nil size keeps the input's.
  public func adaptiveMaxPool2d(outputSize: [Int?]) throws -> (values: Tensor, indices: Tensor) {
    guard rank == 3 || rank == 4 else {
      throw AutogradError.runtime("adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: \(shape)")
    }
    for dim in 1..<rank where shape[dim] == 0 {
      throw AutogradError.runtime(
        "adaptive_max_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes \(shape) with dimension \(dim) being empty"
      )
    }
    guard outputSize.count == 2 else {
      throw AutogradError.runtime("adaptive_max_pool2d(): internal error: output_size.size() must be 2")
    }
    let (height, width) = (shape[rank - 2], shape[rank - 1])
    let out = (outputSize[0] ?? height, outputSize[1] ?? width)
    let outShape = Array(shape.dropLast(2)) + [out.0, out.1]
    let outputs = try Shape.checkedCount(outShape)
    guard dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"adaptive_max_pool2d\" not implemented for '\(dtype.scalarTypeName)'")
    }
    // Each output's window covers about (height / out) × (width / out) inputs, rounded up.
    let window = Saturating.multiply(height / Swift.max(out.0, 1) + 2, width / Swift.max(out.1, 1) + 2)
    try EngineSession.chargeWork(Saturating.multiply(outputs, window))
    let values = try floatValues()
    let planeSize = height * width
    var sources: [Int] = []
    var indices: [Int64] = []
    sources.reserveCapacity(outputs)
    indices.reserveCapacity(outputs)
    for plane in 0..<(outputs == 0 ? 0 : count / planeSize) {
      for oh in 0..<out.0 {
        let rows = (oh * height / out.0)..<(((oh + 1) * height + out.0 - 1) / out.0)
        for ow in 0..<out.1 {
          let columns = (ow * width / out.1)..<(((ow + 1) * width + out.1 - 1) / out.1)
          var best = rows.lowerBound * width + columns.lowerBound
          var bestValue = -Double.infinity
          for ih in rows {
            for iw in columns {
              let value = values[plane * planeSize + ih * width + iw]
              if value > bestValue || value.isNaN { (best, bestValue) = (ih * width + iw, value) }
            }
          }
          indices.append(Int64(best))
          sources.append(plane * planeSize + best)
        }
      }
    }
    let map = IndexMap(
      sources: sources, inputShape: shape, outputShape: outShape, name: "AdaptiveMaxPool2DBackward0",
      adjointName: "AdaptiveMaxPool2DBackwardBackward0")
    return (try map.gather(self), Tensor(shape: outShape, dtype: .int64, integers: indices))
  }
}
