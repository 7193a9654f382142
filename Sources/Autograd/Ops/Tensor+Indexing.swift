/// Python subscripts: `x[0]`, `x[1:3]`, `x[:, 0]`, `x[None]`, `x[...]`, and advanced indexing with one or
/// several index tensors or masks (`x[idx]`, `x[rows, cols]`, `x[mask]`), for reading and writing.
extension Tensor {
  /// `self[indices]`: basic indexing returns a view; index tensors gather (`IndexBackward0`).
  public subscript(indices: [TensorIndex]) -> Tensor {
    get throws { try index(indices) }
  }

  /// `self[indices]` as a throwing method.
  public func index(_ indices: [TensorIndex]) throws -> Tensor {
    let expanded = try expandEllipsis(indices)
    if expanded.count == 1, case .slice(let start, let stop, let step) = expanded[0] {
      return try slice(dim: 0, start: start, stop: stop, step: step)
    }
    let (view, advanced) = try applyBasicIndexing(expanded)
    if advanced.contains(where: { $0 != nil }) { return try view.advancedIndex(advanced) }
    if view === self { return try alias() }
    return view
  }

  /// Whether `item` is an index tensor PyTorch treats as an integer (a 0-d integer tensor).
  private static func isScalarIndex(_ index: Tensor) -> Bool {
    index.rank == 0 && index.dtype.isInteger && index.dtype != .uint8
  }

  /// The dims an index consumes: one for ints, slices and integer tensors, a mask's rank for masks.
  private static func consumedDims(_ item: TensorIndex) -> Int {
    switch item {
    case .int, .slice: return 1
    case .tensor(let t): return t.dtype == .bool || t.dtype == .uint8 ? t.rank : 1
    case .ellipsis, .none: return 0
    }
  }

  /// Replaces `...` with full slices and checks the number of indices against the rank.
  func expandEllipsis(_ indices: [TensorIndex]) throws -> [TensorIndex] {
    var consumed = 0
    var ellipses = 0
    for item in indices {
      if case .ellipsis = item { ellipses += 1 }
      consumed += Tensor.consumedDims(item)
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

  /// Applies ints, slices and `None` in order (a view, or `self` when nothing changes), and lines up each
  /// index tensor with the view's dims: one entry per dim, nil where a dim is not indexed. Masks become one
  /// integer index per dim they cover; 0-d integer tensors act as ints.
  func applyBasicIndexing(_ expanded: [TensorIndex]) throws -> (view: Tensor, advanced: [Tensor?]) {
    var result = self
    var advanced: [Tensor?] = []
    var dim = 0
    var sourceDim = 0
    for item in expanded {
      defer { sourceDim += Tensor.consumedDims(item) }
      switch item {
      case .int(let i):
        try selectForIndexing(&result, dim: dim, index: i, sourceDim: sourceDim)
      case .slice(let start, let stop, let step):
        let size = result.shape[dim]
        let startsAtZero = start.map { $0 == 0 || $0 <= -size } ?? true
        let endsAtSize = stop.map { $0 >= size } ?? true
        let isFull = startsAtZero && endsAtSize && (step == nil || step == 1)
        if !isFull { result = try result.slice(dim: dim, start: start, stop: stop, step: step) }
        advanced.append(nil)
        dim += 1
      case .none:
        result = try result.unsqueeze(dim)
        advanced.append(nil)
        dim += 1
      case .ellipsis:
        break
      case .tensor(let index):
        if Tensor.isScalarIndex(index) {
          try selectForIndexing(&result, dim: dim, index: Int(try index.item().int64Value), sourceDim: sourceDim)
        } else if index.dtype == .bool || index.dtype == .uint8 {
          if index.dtype == .uint8 {
            AutogradContext.current.warn(
              "UserWarning: indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead.")
          }
          let entries = try result.maskIndices(index, at: dim)
          if index.rank == 0 { result = try result.unsqueeze(dim) }
          advanced.append(contentsOf: entries)
          dim += entries.count
        } else {
          guard Tensor.isIndexDType(index.dtype) else {
            throw AutogradError.index("tensors used as indices must be long, int, byte or bool tensors")
          }
          advanced.append(index)
          dim += 1
        }
      }
    }
    advanced.append(contentsOf: Array(repeating: nil, count: result.rank - advanced.count))
    return (result, advanced)
  }

  /// `x[..., i, ...]` at `dim` of the partly indexed `result`, with the subscript error texts.
  private func selectForIndexing(_ result: inout Tensor, dim: Int, index: Int, sourceDim: Int) throws {
    if result.rank == 0 {
      throw AutogradError.index(
        "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
      )
    }
    let size = result.shape[dim]
    guard index >= -size, index < size else {
      throw AutogradError.index("index \(index) is out of bounds for dimension \(sourceDim) with size \(size)")
    }
    result = try result.subscriptSelect(dim: dim, index: index)
  }

  /// A mask over dims `dim..<dim+mask.rank` as one integer index per dim (the true positions, in order);
  /// a 0-d mask selects a new size-1 dim entirely (true) or not at all (false).
  private func maskIndices(_ mask: Tensor, at dim: Int) throws -> [Tensor] {
    if mask.rank == 0 {
      let keep: [Int64] = try mask.item().doubleValue != 0 ? [0] : []
      return [Tensor(shape: [keep.count], dtype: .int64, integers: keep)]
    }
    let covered = Array(shape[dim..<(dim + mask.rank)])
    guard covered == mask.shape else {
      let position = zip(covered, mask.shape).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
      throw AutogradError.index(
        "The shape of the mask \(mask.shape) at index \(position) does not match the shape of the indexed tensor \(shape) at index \(dim + position)"
      )
    }
    let flags = try mask.integerValues()
    let strides = Shape.contiguousStrides(mask.shape)
    var columns = [[Int64]](repeating: [], count: mask.rank)
    for (flat, flag) in flags.enumerated() where flag != 0 {
      var remaining = flat
      for d in 0..<mask.rank {
        columns[d].append(Int64(remaining / strides[d]))
        remaining %= strides[d]
      }
    }
    return columns.map { Tensor(shape: [$0.count], dtype: .int64, integers: $0) }
  }

  /// `self[advanced]` with one entry per dim (`IndexBackward0`); the gradient accumulates into the read
  /// positions (`index_put` with `accumulate=True`).
  func advancedIndex(_ advanced: [Tensor?]) throws -> Tensor {
    let plan = try AdvancedIndexPlan(shape: shape, indices: advanced)
    let positions = plan.positions(strides: strides, offset: storageOffset)
    let output: Tensor
    if dtype.isFloatingPoint {
      output = Tensor(shape: plan.outputShape, dtype: dtype, exactFloats: positions.map { storage.floats[$0] })
    } else {
      output = Tensor(shape: plan.outputShape, dtype: dtype, integers: positions.map { storage.integers[$0] })
    }
    let inputShape = shape
    let savedIndices = advanced.map { $0?.detach() }
    try Tensor.record("IndexBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try Tensor.zeros(inputShape, dtype: grad.dtype).indexPut(savedIndices, values: grad, accumulate: true)]
    }
    return output
  }

  /// `self.index_put(indices, values, accumulate)` with one entry per dim (`IndexPutBackward0`): writes
  /// `values` (broadcast to the indexed shape) at the indexed positions, in order, or adds them.
  func indexPut(_ advanced: [Tensor?], values: Tensor, accumulate: Bool) throws -> Tensor {
    if values.dtype != dtype {
      throw AutogradError.runtime(
        "Index put requires the source and destination dtypes match, got \(dtype.scalarTypeName) for the destination and \(values.dtype.scalarTypeName) for the source."
      )
    }
    let plan = try AdvancedIndexPlan(shape: shape, indices: advanced)
    guard Shape.canExpand(values.shape, to: plan.outputShape) else {
      throw AutogradError.runtime(
        "shape mismatch: value tensor of shape \(values.shape) cannot be broadcast to indexing result of shape \(plan.outputShape)"
      )
    }
    let source = values
    let positions = plan.positions(strides: Shape.contiguousStrides(shape), offset: 0)
    let output: Tensor
    if dtype.isFloatingPoint {
      var result = try floatValues()
      let incoming = try source.floatValues(expandedTo: plan.outputShape)
      for (k, position) in positions.enumerated() {
        result[position] = accumulate ? dtype.rounded(result[position] + incoming[k]) : incoming[k]
      }
      output = Tensor(shape: shape, dtype: dtype, exactFloats: result)
    } else {
      var result = try integerValues()
      let incoming = try source.integerValues(expandedTo: plan.outputShape)
      for (k, position) in positions.enumerated() {
        result[position] = accumulate ? result[position] &+ incoming[k] : incoming[k]
      }
      output = Tensor(shape: shape, dtype: dtype, integers: result)
    }
    let savedIndices = advanced.map { $0?.detach() }
    let kind = dtype
    try Tensor.record("IndexPutBackward0", inputs: [self, values], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil, nil] }
      let gradSelf =
        accumulate
        ? grad : try grad.indexPut(savedIndices, values: Tensor.zeros([], dtype: kind), accumulate: false)
      return [gradSelf, try grad.advancedIndex(savedIndices)]
    }
    return output
  }

  /// `self.index_put_(indices, values, accumulate)`: index tensors (or masks) for the leading dims.
  @discardableResult
  public func indexPut_(_ indices: [Tensor], values: Tensor, accumulate: Bool = false) throws -> Tensor {
    let (view, advanced) = try applyBasicIndexing(try expandEllipsis(indices.map { .tensor($0) }))
    return try view.inPlace(operands: [values]) { try $0.indexPut(advanced, values: values, accumulate: accumulate) }
  }

  /// `self.index_put(indices, values, accumulate)`: the out-of-place form.
  public func indexPut(_ indices: [Tensor], values: Tensor, accumulate: Bool = false) throws -> Tensor {
    let (view, advanced) = try applyBasicIndexing(try expandEllipsis(indices.map { .tensor($0) }))
    guard view === self else {
      return try clone().indexPut(indices, values: values, accumulate: accumulate)
    }
    return try indexPut(advanced, values: values, accumulate: accumulate)
  }

  /// `self[indices] = value` with index tensors. A Python number written through a single mask is a
  /// `masked_fill_`, through a single int64 index an `index_fill_`; everything else is an `index_put_`,
  /// as PyTorch's setitem dispatches them (the grad_fn names follow).
  func setAdvancedIndex(_ indices: [TensorIndex], _ value: Operand) throws {
    let expanded = try expandEllipsis(indices)
    let (view, advanced) = try applyBasicIndexing(expanded)
    let tensorItems = expanded.compactMap { item -> Tensor? in
      if case .tensor(let t) = item, !Tensor.isScalarIndex(t) { return t }
      return nil
    }
    if case .scalar(let number) = value, tensorItems.count == 1, let only = tensorItems.first {
      if only.dtype == .bool, only.rank > 0, let first = advanced.firstIndex(where: { $0 != nil }) {
        var maskShape = Array(repeating: 1, count: first) + only.shape
        maskShape.append(contentsOf: Array(repeating: 1, count: view.rank - maskShape.count))
        let mask = try only.reshape(maskShape)
        try view.inPlace(operands: []) { try $0.maskedFill(mask, number) }
        return
      }
      if only.dtype == .int64, let dim = advanced.firstIndex(where: { $0 != nil }) {
        let flat = try only.reshape([-1])
        try view.inPlace(operands: []) { try $0.indexFill(dim: dim, index: flat, value: number) }
        return
      }
    }
    var valueTensor: Tensor
    switch value {
    case .tensor(let tensor): valueTensor = tensor
    case .scalar(let number): valueTensor = try Tensor.full([], number, dtype: view.dtype)
    }
    // Leading size-1 dims of the value are viewed away first, as PyTorch's setitem does.
    var valueShape = valueTensor.shape
    while let first = valueShape.first, first == 1, valueShape.count > 0 { valueShape.removeFirst() }
    if valueShape != valueTensor.shape { valueTensor = try valueTensor.view(valueShape) }
    try view.inPlace(operands: [valueTensor]) {
      try $0.indexPut(advanced, values: valueTensor, accumulate: false)
    }
  }

  /// `self.index_fill(dim, index, value)` (`IndexFillBackward0`): sets the slices at `index` along `dim`.
  public func indexFill(dim: Int, index: Tensor, value: Scalar) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    guard index.rank <= 1 else { throw AutogradError.runtime("Index has to be a vector/scalar") }
    guard index.dtype == .int64 else {
      throw AutogradError.index("index_fill_(): Expected dtype int64 for index.")
    }
    try value.checkFits(dtype, typeName: dtype.checkedTypeName)
    var entries = [Tensor?](repeating: nil, count: Swift.max(rank, 1))
    entries[d] = index
    let source = rank == 0 ? try reshape([1]) : self
    let plan = try AdvancedIndexPlan(shape: source.shape, indices: entries)
    let positions = plan.positions(strides: Shape.contiguousStrides(source.shape), offset: 0)
    let output: Tensor
    if dtype.isFloatingPoint {
      var result = try floatValues()
      let fill = dtype.rounded(value.doubleValue)
      for position in positions { result[position] = fill }
      output = Tensor(shape: shape, dtype: dtype, exactFloats: result)
    } else {
      var result = try integerValues()
      let fill: Int64 = dtype == .bool ? (value.doubleValue != 0 ? 1 : 0) : value.int64Value
      for position in positions { result[position] = fill }
      output = Tensor(shape: shape, dtype: dtype, integers: result)
    }
    let savedIndex = index.detach()
    try Tensor.record("IndexFillBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.indexFill(dim: d, index: savedIndex, value: .int(0))]
    }
    return output
  }
}
