/// Multi-output views: `split` (by size or by sizes), `chunk` and `unbind`.
///
/// All outputs share one graph node, as in PyTorch (`SplitBackward0`, `SplitWithSizesBackward0`,
/// `UnbindBackward0`); an output that receives no gradient counts as zeros in the node's backward.
extension Tensor {
  /// `t.split(size, dim)` / `torch.split(t, size, dim)`: pieces of `size` along `dim`, the last one shorter
  /// (`SplitBackward0`).
  public func split(size: Int, dim: Int = 0) throws -> [Tensor] {
    guard rank > 0 else {
      throw AutogradError.runtime("split expects at least a 1-dimensional tensor")
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    guard size >= 0 else {
      throw AutogradError.runtime("split expects split_size be non-negative, but got split_size=\(size)")
    }
    let length = shape[d]
    if size == 0 && length != 0 {
      throw AutogradError.runtime(
        "split_size can only be 0 if dimension size is 0, but got dimension size of \(length)")
    }
    var sizes: [Int] = []
    if size == 0 {
      sizes = [0]
    } else {
      var start = 0
      repeat {
        sizes.append(Swift.min(size, length - start))
        start += size
      } while start < length
    }
    return try splitViews(sizes: sizes, dim: d, name: "SplitBackward0", opName: "Split")
  }

  /// `t.split([sizes], dim)`: pieces of the given sizes, which must add up to the dim's size
  /// (`SplitWithSizesBackward0`).
  public func split(sizes: [Int], dim: Int = 0) throws -> [Tensor] {
    guard rank > 0 else {
      throw AutogradError.runtime("split expects at least a 1-dimensional tensor")
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    if sizes.contains(where: { $0 < 0 }) {
      throw AutogradError.runtime(
        "split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=\(sizes)")
    }
    var total = 0
    for size in sizes {
      let (sum, overflow) = total.addingReportingOverflow(size)
      total = overflow ? Int.max : sum
    }
    guard total == shape[d] else {
      throw AutogradError.runtime(
        "split_with_sizes expects split_sizes to sum exactly to \(shape[d]) (input tensor's size at dimension \(d)), but got split_sizes=\(sizes)"
      )
    }
    return try splitViews(sizes: sizes, dim: d, name: "SplitWithSizesBackward0", opName: "SplitWithSizes")
  }

  /// `t.chunk(chunks, dim)`: at most `chunks` pieces of equal size (the last may be shorter), as `split`.
  public func chunk(_ chunks: Int, dim: Int = 0) throws -> [Tensor] {
    guard rank > 0 else { throw AutogradError.runtime("chunk expects at least a 1-dimensional tensor") }
    guard chunks > 0 else {
      throw AutogradError.runtime("chunk expects `chunks` to be greater than 0, got: \(chunks)")
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    let length = shape[d]
    let size = length / chunks + (length % chunks == 0 ? 0 : 1)
    if size == 0 {
      // An empty dimension still gives `chunks` empty pieces (as many as the element budget allows).
      _ = try Shape.checkedCount([chunks])
      return try split(sizes: Array(repeating: 0, count: chunks), dim: d)
    }
    return try split(size: size, dim: d)
  }

  /// `t.unbind(dim)` / `torch.unbind`: the slices along `dim`, each without that dim (`UnbindBackward0`).
  public func unbind(dim: Int = 0) throws -> [Tensor] {
    guard rank > 0 else {
      throw AutogradError.index("Dimension specified as \(dim) but tensor has no dimensions")
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    var pieceShape = shape
    var pieceStrides = strides
    pieceShape.remove(at: d)
    pieceStrides.remove(at: d)
    let geometries = (0..<shape[d]).map { index in
      (shape: pieceShape, strides: pieceStrides, offset: storageOffset + index * strides[d])
    }
    let inputShape = shape
    let inputDType = dtype
    return try makeMultiOutputViews(
      geometries, name: "UnbindBackward0", opName: "Unbind",
      replay: { index in { try $0.unbind(dim: d)[index] } }
    ) { grads in
      let pieces = try grads.map { grad -> Tensor in
        try grad ?? Tensor.zeros(pieceShape, dtype: inputDType)
      }
      if pieces.isEmpty { return try Tensor.zeros(inputShape, dtype: inputDType) }
      return try Tensor.stack(pieces, dim: d)
    }
  }

  /// The views of consecutive `sizes` along a wrapped `dim`, recorded as one node named `name`.
  private func splitViews(sizes: [Int], dim d: Int, name: String, opName: String) throws -> [Tensor] {
    var geometries: [(shape: [Int], strides: [Int], offset: Int)] = []
    var start = 0
    for size in sizes {
      var pieceShape = shape
      pieceShape[d] = size
      geometries.append((pieceShape, strides, storageOffset + start * strides[d]))
      start += size
    }
    let inputDType = dtype
    let pieceShapes = geometries.map { $0.shape }
    let isSizes = name == "SplitWithSizesBackward0"
    let chunkSize = sizes.first ?? 0
    return try makeMultiOutputViews(
      geometries, name: name, opName: opName,
      replay: { index in
        { base in
          try (isSizes ? base.split(sizes: sizes, dim: d) : base.split(size: chunkSize, dim: d))[index]
        }
      }
    ) { grads in
      let pieces = try zip(grads, pieceShapes).map { grad, pieceShape -> Tensor in
        try grad ?? Tensor.zeros(pieceShape, dtype: inputDType)
      }
      return try Tensor.cat(pieces, dim: d)
    }
  }

  /// Creates views of `self` with the given geometries, all outputs of one node named `name`;
  /// `derivative` maps the outputs' gradients (nil for unused ones) to the input's gradient.
  ///
  /// PyTorch refuses in-place writes to such views while they take part in autograd; `opName` names the
  /// function in that error.
  func makeMultiOutputViews(
    _ geometries: [(shape: [Int], strides: [Int], offset: Int)], name: String, opName: String,
    replay: (Int) -> (Tensor) throws -> Tensor,
    derivative: @escaping (_ grads: [Tensor?]) throws -> Tensor
  ) throws -> [Tensor] {
    let root = viewBase ?? self
    var views: [Tensor] = []
    for (index, geometry) in geometries.enumerated() {
      let view = Tensor(
        storage: storage, shape: geometry.shape, strides: geometry.strides, offset: geometry.offset,
        dtype: dtype)
      view.isInference = isInference
      view.viewBase = root
      let step = replay(index)
      if let previous = viewReplay {
        view.viewReplay = { base in try step(previous(base)) }
      } else {
        view.viewReplay = step
      }
      view.multiOutputViewOp = opName
      views.append(view)
    }
    try Tensor.record(name, inputs: [self], outputs: views) { grads, _ in
      guard grads.contains(where: { $0 != nil }) else { return [nil] }
      return [try derivative(grads)]
    }
    return views
  }
}
