/// Rearranging and flat reads: `rot90`, `movedim`, `take` and `take_along_dim`.
extension Tensor {
  /// `t.rot90(k, dims)` (`Rot90Backward0`): a copy rotated by 90° `k` times in the plane of `dims`, from
  /// the first towards the second.
  public func rot90(_ k: Int = 1, dims: [Int] = [0, 1]) throws -> Tensor {
    guard dims.count == 2 else {
      throw AutogradError.runtime("expected total rotation dims == 2, but got dims = \(dims.count)")
    }
    guard rank >= 2 else {
      throw AutogradError.runtime("expected total dims >= 2, but got total dims = \(rank)")
    }
    let first = try Shape.wrapDim(dims[0], rank: rank)
    let second = try Shape.wrapDim(dims[1], rank: rank)
    guard first != second else {
      throw AutogradError.runtime(
        "expected rotation dims to be different, but got dim0 = \(first) and dim1 = \(second)")
    }
    let turns = ((k % 4) + 4) % 4
    let output = try AutogradContext.current.withMode(.noGrad) { () -> Tensor in
      let source = detach()
      switch turns {
      case 1: return try source.flip([second]).transpose(first, second).clonedValues()
      case 2: return try source.flip([first, second])
      case 3: return try source.flip([first]).transpose(first, second).clonedValues()
      default: return try source.clonedValues()
      }
    }
    try Tensor.record("Rot90Backward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.rot90(0 &- turns, dims: [first, second])]
    }
    return output
  }

  /// `t.movedim(source, destination)`: the dims in `source` moved to `destination`, the others keeping
  /// their order, as a `permute` (`PermuteBackward0`).
  public func movedim(_ source: [Int], _ destination: [Int]) throws -> Tensor {
    guard source.count == destination.count else {
      throw AutogradError.runtime(
        "movedim: Invalid source or destination dims: source (\(source) dims) should contain the same number of dims as destination (\(destination) dims)"
      )
    }
    let from = try source.map { try Shape.wrapDim($0, rank: rank) }
    let to = try destination.map { try Shape.wrapDim($0, rank: rank) }
    if Set(from).count != from.count {
      throw AutogradError.runtime("movedim: repeated dim in `source` (\(source))")
    }
    if Set(to).count != to.count {
      throw AutogradError.runtime("movedim: repeated dim in `destination` (\(destination))")
    }
    var order = [Int](repeating: -1, count: Swift.max(rank, 1))
    for (s, d) in zip(from, to) { order[d] = s }
    var rest = (0..<rank).filter { !from.contains($0) }.makeIterator()
    for position in 0..<rank where order[position] < 0 { order[position] = rest.next() ?? 0 }
    return try permute(rank == 0 ? [] : order)
  }

  /// `t.take(index)` (`TakeBackward0`): elements of the flattened tensor at `index` (negative counts from
  /// the end), shaped like `index`.
  public func take(_ index: Tensor) throws -> Tensor {
    guard index.dtype == .int64 else {
      throw AutogradError.runtime(
        "take(): Expected a long tensor for index, but got \(index.dtype.scalarTypeName)")
    }
    let positions = try index.integerValues()
    let total = count
    var flat: [Int] = []
    flat.reserveCapacity(positions.count)
    for position in positions {
      guard position >= -Int64(total), position < Int64(total), total > 0 else {
        throw AutogradError.index(
          "out of range: tried to access index \(position) on a tensor of \(total) elements.")
      }
      flat.append(Int(position < 0 ? position + Int64(total) : position))
    }
    let output: Tensor
    if dtype.isFloatingPoint {
      let values = try floatValues()
      output = Tensor(shape: index.shape, dtype: dtype, exactFloats: flat.map { values[$0] })
    } else {
      let values = try integerValues()
      output = Tensor(shape: index.shape, dtype: dtype, integers: flat.map { values[$0] })
    }
    let inputShape = shape
    let wrapped = Tensor(shape: [flat.count], dtype: .int64, integers: flat.map { Int64($0) })
    try Tensor.record("TakeBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      let zeros = try Tensor.zeros([Shape.count(inputShape)], dtype: grad.dtype)
      return [try zeros.indexAdd(dim: 0, index: wrapped, source: grad.reshape([-1])).reshape(inputShape)]
    }
    return output
  }

  /// `t.take_along_dim(indices, dim)`: `gather` after broadcasting the tensor and the indices against
  /// each other outside `dim` (`GatherBackward0`); without a dim, over the flattened tensor.
  public func takeAlongDim(_ indices: Tensor, dim: Int? = nil) throws -> Tensor {
    guard indices.dtype == .int64 else {
      throw AutogradError.runtime(
        "torch.take_along_dim(): dtype of indices should be Long but got \(indices.dtype.scalarTypeName)")
    }
    guard let dim else { return try reshape([-1]).gather(dim: 0, index: indices.reshape([-1])) }
    guard rank == indices.rank else {
      throw AutogradError.runtime(
        "torch.take_along_dim(): input and indices should have the same number of dimensions, but got \(rank) dimensions for input, and \(indices.rank) dimensions for indices"
      )
    }
    if rank == 0 {
      throw AutogradError(.indexError, "Dimension specified as \(dim) but tensor has no dimensions")
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    var selfShape = shape
    var indexShape = indices.shape
    selfShape[d] = 1
    indexShape[d] = 1
    var common = try Shape.broadcast(selfShape, indexShape)
    common[d] = shape[d]
    // PyTorch expands the input even to its own shape, so an ExpandBackward0 node is always recorded.
    let input = try expand(common)
    common[d] = indices.shape[d]
    let index = common == indices.shape ? indices : try indices.expand(common)
    return try input.gather(dim: d, index: index)
  }
}
