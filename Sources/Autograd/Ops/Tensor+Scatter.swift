/// Index-driven reads and writes along one dim: `gather`, `scatter` (tensor or scalar source, with `reduce=`),
/// `scatter_add`, `index_select` and the `index_add` behind its gradient, plus `masked_fill` with a tensor value.
extension Tensor {
  /// How `scatter(..., reduce=)` combines a value with the one already there.
  public enum ScatterReduction: String, Sendable {
    case add, multiply
  }

  /// Whether `dtype` can index (`int64` or `int32`).
  static func isIndexDType(_ dtype: DType) -> Bool { dtype == .int64 || dtype == .int32 }

  /// A shape as the index kernels see it: a 0-d tensor counts as one element along one dim.
  private static func nonEmpty(_ shape: [Int]) -> [Int] { shape.isEmpty ? [1] : shape }

  /// For each element of `index` (row-major), the row-major position in `self` whose `dim` coordinate is
  /// that element's value; out-of-range values raise PyTorch's error.
  private func indexedPositions(dim: Int, index: Tensor) throws -> [Int] {
    let selfShape = Tensor.nonEmpty(shape)
    let indexShape = Tensor.nonEmpty(index.shape)
    let selfStrides = Shape.contiguousStrides(selfShape)
    let values = try index.integerValues()
    let size = selfShape[dim]
    var positions = [Int](repeating: 0, count: values.count)
    var coordinate = [Int](repeating: 0, count: indexShape.count)
    for (k, value) in values.enumerated() {
      guard value >= 0, value < Int64(size) else {
        throw AutogradError.runtime("index \(value) is out of bounds for dimension \(dim) with size \(size)")
      }
      var position = 0
      for d in 0..<indexShape.count {
        position += (d == dim ? Int(value) : coordinate[d]) * selfStrides[d]
      }
      positions[k] = position
      Shape.advance(&coordinate, within: indexShape)
    }
    return positions
  }

  /// For each element of `index` (row-major), the row-major position of the same coordinate in `other`.
  private static func samePositions(in other: [Int], indexShape: [Int]) -> [Int] {
    let otherStrides = Shape.contiguousStrides(other)
    let count = Shape.count(indexShape)
    var positions = [Int](repeating: 0, count: count)
    var coordinate = [Int](repeating: 0, count: indexShape.count)
    for k in 0..<count {
      var position = 0
      for d in 0..<indexShape.count { position += coordinate[d] * otherStrides[d] }
      positions[k] = position
      Shape.advance(&coordinate, within: indexShape)
    }
    return positions
  }

  /// `t.gather(dim, index)` (`GatherBackward0`): `out[i][j] = t[index[i][j]][j]` for dim 0, and so on.
  public func gather(dim: Int, index: Tensor) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    guard Tensor.isIndexDType(index.dtype) else {
      throw AutogradError.runtime("gather(): Expected dtype int32/int64 for index")
    }
    let selfShape = Tensor.nonEmpty(shape)
    let indexShape = Tensor.nonEmpty(index.shape)
    guard selfShape.count == indexShape.count else {
      throw AutogradError.runtime("Index tensor must have the same number of dimensions as input tensor")
    }
    for i in 0..<selfShape.count where i != d && indexShape[i] > selfShape[i] {
      throw AutogradError.runtime(
        "Size does not match at dimension \(i) expected index \(index.shape) to be no larger than self \(shape) apart from dimension \(d)"
      )
    }
    let positions = try indexedPositions(dim: d, index: index)
    let output: Tensor
    if dtype.isFloatingPoint {
      let values = try floatValues()
      output = Tensor(shape: index.shape, dtype: dtype, exactFloats: positions.map { values[$0] })
    } else {
      let values = try integerValues()
      output = Tensor(shape: index.shape, dtype: dtype, integers: positions.map { values[$0] })
    }
    let inputShape = shape
    let savedIndex = index.detach()
    try Tensor.record("GatherBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try Tensor.zeros(inputShape, dtype: grad.dtype).scatterAdd(dim: d, index: savedIndex, source: grad)]
    }
    return output
  }

  /// The shape checks shared by `scatter` and `scatter_add`.
  private func checkScatter(dim d: Int, index: Tensor, source: Tensor?) throws {
    guard Tensor.isIndexDType(index.dtype) else {
      throw AutogradError.runtime("scatter(): Expected dtype int32/int64 for index")
    }
    if let source = source, source.dtype != dtype {
      throw AutogradError.runtime("scatter(): Expected self.dtype to be equal to src.dtype")
    }
    let selfShape = Tensor.nonEmpty(shape)
    let indexShape = Tensor.nonEmpty(index.shape)
    guard selfShape.count == indexShape.count else {
      throw AutogradError.runtime("Index tensor must have the same number of dimensions as self tensor")
    }
    if index.count == 0 { return }
    var wrong = false
    for i in 0..<selfShape.count {
      if i != d && indexShape[i] > selfShape[i] { wrong = true }
      if let source = source, try indexShape[i] > source.size(i) { wrong = true }
      if wrong { break }
    }
    guard wrong else { return }
    let sourcePart = source.map { " and to be no larger size than src \($0.shape)" } ?? ""
    throw AutogradError.runtime(
      "Expected index \(index.shape) to be no larger than self \(shape) apart from dimension \(d)\(sourcePart)")
  }

  /// Writes (or combines) `values[k]` at the positions `index` selects, in index order (so the last of
  /// duplicate indices wins a plain write).
  private func scattered(
    dim d: Int, index: Tensor, sourceValues: (Int) -> Double, combine: ScatterReduction?
  ) throws -> Tensor {
    let positions = try indexedPositions(dim: d, index: index)
    if dtype.isFloatingPoint {
      var values = try floatValues()
      for (k, position) in positions.enumerated() {
        let value = sourceValues(k)
        switch combine {
        case nil: values[position] = value
        case .add: values[position] = dtype.rounded(values[position] + value)
        case .multiply: values[position] = dtype.rounded(values[position] * value)
        }
      }
      return Tensor(shape: shape, dtype: dtype, exactFloats: values)
    }
    var values = try integerValues()
    for (k, position) in positions.enumerated() {
      let value = Scalar.truncatingToInt64(sourceValues(k))
      switch combine {
      case nil: values[position] = value
      case .add: values[position] = values[position] &+ value
      case .multiply: values[position] = values[position] &* value
      }
    }
    return Tensor(shape: shape, dtype: dtype, integers: values)
  }

  /// `t.scatter(dim, index, src)` (`ScatterBackward0`), or with `reduce=` (no derivative, as in PyTorch,
  /// which also warns, once per session, that `reduce` with a tensor source is deprecated).
  public func scatter(dim: Int, index: Tensor, source: Tensor, reduce: ScatterReduction? = nil) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    try checkScatter(dim: d, index: index, source: source)
    if reduce != nil {
      AutogradContext.current.warnOnce(
        "UserWarning: The reduce argument of torch.scatter with Tensor src is deprecated and will be removed in a future PyTorch release. Use torch.scatter_reduce instead for more reduction options."
      )
    }
    let sourcePositions = Tensor.samePositions(
      in: Tensor.nonEmpty(source.shape), indexShape: Tensor.nonEmpty(index.shape))
    let sourceValues = try source.floatValues()
    let output = try scattered(dim: d, index: index, sourceValues: { sourceValues[sourcePositions[$0]] }, combine: reduce)
    if reduce != nil {
      try Tensor.record("NotImplemented", inputs: [self, source], outputs: [output]) { _, _ in
        throw AutogradError.runtime("derivative for aten::scatter is not implemented")
      }
      return output
    }
    let savedIndex = index.detach()
    try Tensor.record("ScatterBackward0", inputs: [self, source], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil, nil] }
      return [
        try grad.scatter(dim: d, index: savedIndex, value: .int(0)),
        try grad.gather(dim: d, index: savedIndex),
      ]
    }
    return output
  }

  /// `t.scatter(dim, index, value)` (`ScatterBackward1`), or with `reduce=` (no derivative).
  public func scatter(dim: Int, index: Tensor, value: Scalar, reduce: ScatterReduction? = nil) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    try checkScatter(dim: d, index: index, source: nil)
    try value.checkFits(dtype, typeName: dtype.checkedTypeName)
    let fill = dtype.isFloatingPoint ? dtype.rounded(value.doubleValue) : Double(value.int64Value)
    let output = try scattered(dim: d, index: index, sourceValues: { _ in fill }, combine: reduce)
    if reduce != nil {
      try Tensor.record("NotImplemented", inputs: [self], outputs: [output]) { _, _ in
        throw AutogradError.runtime("derivative for aten::scatter is not implemented")
      }
      return output
    }
    let savedIndex = index.detach()
    try Tensor.record("ScatterBackward1", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.scatter(dim: d, index: savedIndex, value: .int(0))]
    }
    return output
  }

  /// `t.scatter_add(dim, index, src)` (`ScatterAddBackward0`): adds `src` at the selected positions.
  public func scatterAdd(dim: Int, index: Tensor, source: Tensor) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    try checkScatter(dim: d, index: index, source: source)
    let sourcePositions = Tensor.samePositions(
      in: Tensor.nonEmpty(source.shape), indexShape: Tensor.nonEmpty(index.shape))
    let sourceValues = try source.floatValues()
    let output = try scattered(dim: d, index: index, sourceValues: { sourceValues[sourcePositions[$0]] }, combine: .add)
    let savedIndex = index.detach()
    try Tensor.record("ScatterAddBackward0", inputs: [self, source], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil, nil] }
      return [grad, try grad.gather(dim: d, index: savedIndex)]
    }
    return output
  }

  /// Validates an `index_select`/`index_add` index: a vector (or scalar) of an index dtype.
  private static func checkVectorIndex(_ index: Tensor, function: String) throws {
    guard index.rank <= 1 else {
      throw AutogradError.index("\(function)(): Index is supposed to be a vector")
    }
    guard isIndexDType(index.dtype) else {
      throw AutogradError.runtime("\(function)(): Expected dtype int32 or int64 for index")
    }
  }

  /// `t.index_select(dim, index)` (`IndexSelectBackward0`): the slices at `index` along `dim`, in order.
  public func indexSelect(dim: Int, index: Tensor) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    try Tensor.checkVectorIndex(index, function: "index_select")
    let selfShape = Tensor.nonEmpty(shape)
    let size = selfShape[d]
    let positions = try index.integerValues()
    for position in positions where position < 0 || position >= Int64(size) {
      // PyTorch's two CPU paths word this differently.
      if d == 0 { throw AutogradError.index("index out of range in self") }
      throw AutogradError.runtime("INDICES element is out of DATA bounds, id=\(position) axis_dim=\(size)")
    }
    var outShape = selfShape
    outShape[d] = positions.count
    if rank == 0 { outShape = [] }
    _ = try Shape.checkedCount(outShape)
    let outer = Shape.count(Array(selfShape[..<d]))
    let inner = Shape.count(Array(selfShape[(d + 1)...]))
    var sourcePositions: [Int] = []
    sourcePositions.reserveCapacity(outer * positions.count * inner)
    for o in 0..<outer {
      for p in positions {
        let base = (o * size + Int(p)) * inner
        for i in 0..<inner { sourcePositions.append(base + i) }
      }
    }
    let output: Tensor
    if dtype.isFloatingPoint {
      let values = try floatValues()
      output = Tensor(shape: outShape, dtype: dtype, exactFloats: sourcePositions.map { values[$0] })
    } else {
      let values = try integerValues()
      output = Tensor(shape: outShape, dtype: dtype, integers: sourcePositions.map { values[$0] })
    }
    let inputShape = shape
    let savedIndex = index.detach()
    try Tensor.record("IndexSelectBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try Tensor.zeros(inputShape, dtype: grad.dtype).indexAdd(dim: d, index: savedIndex, source: grad)]
    }
    return output
  }

  /// `t.index_add(dim, index, source)` (`IndexAddBackward0`): adds `source`'s slices at `index` along `dim`.
  public func indexAdd(dim: Int, index: Tensor, source: Tensor) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    try Tensor.checkVectorIndex(index, function: "index_add")
    let selfShape = Tensor.nonEmpty(shape)
    let size = selfShape[d]
    let positions = try index.integerValues()
    let sourceSize = source.rank == 0 ? 1 : source.shape[Swift.min(d, source.rank - 1)]
    if positions.count != sourceSize {
      throw AutogradError.runtime(
        "index_add_(): Number of indices (\(positions.count)) should be equal to source.size(dim): (\(sourceSize)), for dim: \(d)")
    }
    var expected = selfShape
    expected[d] = positions.count
    if Tensor.nonEmpty(source.shape) != expected {
      throw AutogradError.runtime(
        "source tensor shape must match self tensor shape, excluding the specified dimension. Got self.shape = \(shape) source.shape = \(source.shape)")
    }
    let sourceValues = try source.floatValues(as: dtype, expandedTo: rank == 0 ? source.shape : expected)
    let outer = Shape.count(Array(selfShape[..<d]))
    let inner = Shape.count(Array(selfShape[(d + 1)...]))
    var values = try floatValues()
    for o in 0..<outer {
      for (k, p) in positions.enumerated() {
        guard p >= 0, p < Int64(size) else {
          throw AutogradError.index("index out of range in self")
        }
        for i in 0..<inner {
          let target = (o * size + Int(p)) * inner + i
          values[target] = dtype.rounded(values[target] + sourceValues[(o * positions.count + k) * inner + i])
        }
      }
    }
    let output = Tensor(shape: shape, dtype: dtype, floats: values)
    let savedIndex = index.detach()
    try Tensor.record("IndexAddBackward0", inputs: [self, source], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil, nil] }
      return [grad, try grad.indexSelect(dim: d, index: savedIndex)]
    }
    return output
  }

  /// `t.masked_fill(mask, value)` with a 0-d tensor value (`MaskedFillBackward1`): the value's gradient is
  /// the sum of the gradient over the filled positions.
  public func maskedFill(_ mask: Tensor, _ value: Tensor) throws -> Tensor {
    guard value.rank == 0 else {
      throw AutogradError.runtime(
        "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with \(value.rank) dimension(s).")
    }
    let filled = try AutogradContext.current.withMode(.noGrad) {
      try maskedFill(mask, value.item()).detach()
    }
    let savedMask = mask.detach()
    try Tensor.record("MaskedFillBackward1", inputs: [self, value], outputs: [filled]) { grads, _ in
      guard let grad = grads[0] else { return [nil, nil] }
      let kept = try grad.maskedFill(savedMask, .int(0))
      let taken = try grad.mul(.tensor(savedMask.to(grad.dtype))).sum()
      return [kept, taken]
    }
    return filled
  }
}
