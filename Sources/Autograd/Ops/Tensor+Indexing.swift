/// Python subscripts: `x[0]`, `x[1:3]`, `x[:, 0]`, `x[None]`, `x[...]`, `x[idx_tensor]`, `x[mask]`.
extension Tensor {
  /// `self[indices]`: basic indexing returns a view; a tensor index gathers (`IndexBackward0`).
  public subscript(indices: [TensorIndex]) -> Tensor {
    get throws { try index(indices) }
  }

  /// `self[indices]` as a throwing method.
  public func index(_ indices: [TensorIndex]) throws -> Tensor {
    let expanded = try expandEllipsis(indices)
    if expanded.count == 1, case .slice(let start, let stop, let step) = expanded[0] {
      return try slice(dim: 0, start: start, stop: stop, step: step)
    }
    var result = self
    var dim = 0
    var sourceDim = 0
    var advanced: (dim: Int, index: Tensor)? = nil
    for item in expanded {
      switch item {
      case .int(let i):
        if result.rank == 0 {
          throw AutogradError.index(
            "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
          )
        }
        let size = result.shape[dim]
        guard i >= -size, i < size else {
          throw AutogradError.index(
            "index \(i) is out of bounds for dimension \(sourceDim) with size \(size)")
        }
        result = try result.subscriptSelect(dim: dim, index: i)
        sourceDim += 1
      case .slice(let start, let stop, let step):
        let size = result.shape[dim]
        let startsAtZero = start.map { $0 == 0 || $0 <= -size } ?? true
        let endsAtSize = stop.map { $0 >= size } ?? true
        let isFull = startsAtZero && endsAtSize && (step == nil || step == 1)
        if !isFull { result = try result.slice(dim: dim, start: start, stop: stop, step: step) }
        dim += 1
        sourceDim += 1
      case .none:
        result = try result.unsqueeze(dim)
        dim += 1
      case .ellipsis:
        break
      case .tensor(let indexTensor):
        if advanced != nil {
          throw AutogradError.index("indexing with more than one index tensor is not supported")
        }
        advanced = (dim, indexTensor)
        dim += indexTensor.dtype == .bool ? Swift.max(indexTensor.rank, 1) : 1
      }
    }
    if let (advancedDim, indexTensor) = advanced {
      return try result.indexAlong(dim: advancedDim, index: indexTensor)
    }
    if result === self { return try alias() }
    return result
  }

  /// Replaces `...` with full slices and checks the number of indices against the rank.
  func expandEllipsis(_ indices: [TensorIndex]) throws -> [TensorIndex] {
    var consumed = 0
    var ellipses = 0
    for item in indices {
      switch item {
      case .int, .slice: consumed += 1
      case .tensor(let t): consumed += t.dtype == .bool ? Swift.max(t.rank, 1) : 1
      case .ellipsis: ellipses += 1
      case .none: break
      }
    }
    if ellipses > 1 { throw AutogradError.index("an index can only have a single ellipsis ('...')") }
    if rank == 0, indices.contains(where: { if case .int = $0 { return true } else { return false } }) {
      throw AutogradError.index(
        "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
      )
    }
    if consumed > rank {
      throw AutogradError.index("too many indices for tensor of dimension \(rank)")
    }
    guard ellipses == 1 else { return indices }
    var result: [TensorIndex] = []
    for item in indices {
      if case .ellipsis = item {
        result.append(contentsOf: Array(repeating: TensorIndex.all, count: rank - consumed))
        if rank - consumed == 0 { result.append(.ellipsis) }
      } else {
        result.append(item)
      }
    }
    return result
  }

  /// Advanced indexing along `dim` with an int64 index tensor or a bool mask (`IndexBackward0`).
  func indexAlong(dim: Int, index indexTensor: Tensor) throws -> Tensor {
    if indexTensor.dtype == .bool {
      // A mask over dims dim..<dim+mask.rank selects the true positions, flattened.
      let maskShape = indexTensor.shape
      let covered = Array(shape[dim..<(dim + maskShape.count)])
      guard covered == maskShape else {
        let where_ = zip(covered, maskShape).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
        throw AutogradError.index(
          "The shape of the mask \(maskShape) at index \(where_) does not match the shape of the indexed tensor \(shape) at index \(dim + where_)"
        )
      }
      var positions: [Int64] = []
      for (i, flag) in try indexTensor.integerValues().enumerated() where flag != 0 {
        positions.append(Int64(i))
      }
      let merged = try flatten(startDim: dim, endDim: dim + Swift.max(maskShape.count, 1) - 1)
      return try merged.indexAlong(
        dim: dim, index: Tensor(shape: [positions.count], dtype: .int64, integers: positions))
    }
    guard indexTensor.dtype == .int64 else {
      throw AutogradError.index("tensors used as indices must be long, int, byte or bool tensors")
    }
    let size = shape[dim]
    var positions = try indexTensor.integerValues()
    for i in 0..<positions.count {
      let p = positions[i]
      guard p >= -Int64(size), p < Int64(size) else {
        throw AutogradError.index("index \(p) is out of bounds for dimension \(dim) with size \(size)")
      }
      if p < 0 { positions[i] = p + Int64(size) }
    }
    var outShape = Array(shape[..<dim])
    outShape.append(contentsOf: indexTensor.shape)
    outShape.append(contentsOf: shape[(dim + 1)...])
    _ = try Shape.checkedCount(outShape)
    let source = try floatValues()
    let outer = Shape.count(Array(shape[..<dim]))
    let inner = Shape.count(Array(shape[(dim + 1)...]))
    var values: [Double] = []
    values.reserveCapacity(outer * positions.count * inner)
    for o in 0..<outer {
      for p in positions {
        let base = (o * size + Int(p)) * inner
        values.append(contentsOf: source[base..<(base + inner)])
      }
    }
    let output: Tensor
    if dtype.isFloatingPoint {
      output = Tensor(shape: outShape, dtype: dtype, exactFloats: values)
    } else {
      output = Tensor(shape: outShape, dtype: dtype, integers: values.map(Scalar.truncatingToInt64))
    }
    let inputShape = shape
    let fixed = positions
    try Tensor.record("IndexBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      let result = try Tensor.zeros(inputShape, dtype: grad.dtype)
      let g = try grad.floatValues()
      var k = 0
      for o in 0..<outer {
        for p in fixed {
          let base = (o * size + Int(p)) * inner
          for i in 0..<inner {
            result.storage.floats[base + i] += g[k]
            k += 1
          }
        }
      }
      return [result]
    }
    return output
  }

  /// `self[idx] = value` for a tensor index (`IndexPutBackward0`-free: values are written, history kept simple).
  func indexPut(_ indices: [TensorIndex], _ value: Operand) throws {
    let expanded = try expandEllipsis(indices)
    var dim = 0
    var prefix: [TensorIndex] = []
    var indexTensor: Tensor? = nil
    for item in expanded {
      if case .tensor(let t) = item {
        indexTensor = t
        break
      }
      prefix.append(item)
      switch item {
      case .slice, .none: dim += 1
      default: break
      }
    }
    guard let selector = indexTensor else { return }
    let target = prefix.isEmpty ? self : try index(prefix)
    let positions: [Int]
    if selector.dtype == .bool {
      positions = try selector.integerValues().enumerated().filter { $0.element != 0 }.map { $0.offset }
    } else {
      let size = target.shape[dim]
      positions = try selector.integerValues().map { p in
        guard p >= -Int64(size), p < Int64(size) else {
          throw AutogradError.index("index \(p) is out of bounds for dimension \(dim) with size \(size)")
        }
        return Int(p < 0 ? p + Int64(size) : p)
      }
    }
    let flatTarget =
      selector.dtype == .bool && selector.rank > 1
      ? try target.flatten(startDim: dim, endDim: dim + selector.rank - 1) : target
    let valueTensor = Tensor.tensorOperand(value)
    for (k, position) in positions.enumerated() {
      let slot = try flatTarget.select(dim: dim, index: position)
      let piece =
        valueTensor.rank > 0 && valueTensor.shape.first == positions.count && positions.count > 1
        ? try valueTensor.select(dim: 0, index: k) : valueTensor
      try slot.copy_(.tensor(piece))
    }
  }
}
