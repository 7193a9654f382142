/// Where the elements of `t[i0, i1, ...]` come from when some dims are indexed by tensors.
///
/// The index tensors broadcast together to one shape. When the indexed dims are adjacent, that shape takes
/// their place in the result; otherwise it comes first, followed by the other dims in order (NumPy's rule,
/// which PyTorch follows).
struct AdvancedIndexPlan {
  /// The shape of the tensor being indexed.
  let sourceShape: [Int]
  /// The shape of the result.
  let outputShape: [Int]
  /// The indexed dims, in order.
  private let indexedDims: [Int]
  /// Per indexed dim, the wrapped index values broadcast to `broadcastShape` (row-major).
  private let indexValues: [[Int]]
  /// The shape the index tensors broadcast to.
  private let broadcastShape: [Int]
  /// The dims not indexed, split around the broadcast dims (`before` is empty when they go first).
  private let before: [Int]
  private let after: [Int]

  /// `indices` has one entry per dim of a tensor of `shape`: an integer index tensor or nil.
  init(shape: [Int], indices: [Tensor?]) throws {
    sourceShape = shape
    var dims: [Int] = []
    var tensors: [Tensor] = []
    for (dim, index) in indices.enumerated() {
      if let index = index {
        dims.append(dim)
        tensors.append(index)
      }
    }
    indexedDims = dims
    var broadcast: [Int] = []
    for tensor in tensors {
      guard let shape = try? Shape.broadcast(broadcast, tensor.shape) else {
        let shapes = tensors.map { "\($0.shape)" }.joined(separator: ", ")
        throw AutogradError.index(
          "shape mismatch: indexing tensors could not be broadcast together with shapes \(shapes)")
      }
      broadcast = shape
    }
    broadcastShape = broadcast
    var values: [[Int]] = []
    for (ordinal, (dim, tensor)) in zip(dims, tensors).enumerated() {
      let size = shape[dim]
      values.append(
        try tensor.integerValues(expandedTo: broadcast).map { value -> Int in
          guard value >= -Int64(size), value < Int64(size) else {
            throw AutogradError.index(
              "index \(value) is out of bounds for dimension \(ordinal) with size \(size)")
          }
          return Int(value < 0 ? value + Int64(size) : value)
        })
    }
    indexValues = values
    let rest = (0..<shape.count).filter { !dims.contains($0) }
    let adjacent = dims.isEmpty || dims.last.map { $0 - (dims.first ?? 0) + 1 == dims.count } ?? true
    if adjacent, let first = dims.first {
      before = rest.filter { $0 < first }
      after = rest.filter { $0 > first }
    } else {
      before = []
      after = rest
    }
    outputShape = before.map { shape[$0] } + broadcast + after.map { shape[$0] }
    _ = try Shape.checkedCount(outputShape)
  }

  /// Storage positions of the result's elements, in row-major order, for a tensor of `sourceShape` laid
  /// out with `strides` from `offset`.
  func positions(strides: [Int], offset: Int) -> [Int] {
    var beforeOffsets: [Int] = []
    Tensor.forEachOffset(shape: before.map { sourceShape[$0] }, strides: before.map { strides[$0] }, offset: 0) {
      beforeOffsets.append($0)
    }
    var afterOffsets: [Int] = []
    Tensor.forEachOffset(shape: after.map { sourceShape[$0] }, strides: after.map { strides[$0] }, offset: 0) {
      afterOffsets.append($0)
    }
    let count = Shape.count(broadcastShape)
    var indexed = [Int](repeating: 0, count: count)
    for (k, dim) in indexedDims.enumerated() {
      let stride = strides[dim]
      for b in 0..<count { indexed[b] += indexValues[k][b] * stride }
    }
    var result: [Int] = []
    result.reserveCapacity(beforeOffsets.count * count * afterOffsets.count)
    for outer in beforeOffsets {
      for b in indexed {
        for inner in afterOffsets { result.append(offset + outer + b + inner) }
      }
    }
    return result
  }
}
