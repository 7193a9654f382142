/// View operations: results share storage with their input (writes through one are visible in the other).
extension Tensor {
  /// Creates a view of `self` with new geometry and records `name` with `derivative`.
  func makeView(
    shape newShape: [Int], strides newStrides: [Int], offset: Int, name: String,
    replay: @escaping (Tensor) throws -> Tensor,
    derivative: @escaping (_ grad: Tensor) throws -> Tensor
  ) throws -> Tensor {
    let view = Tensor(storage: storage, shape: newShape, strides: newStrides, offset: offset, dtype: dtype)
    view.isInference = isInference
    let root = viewBase ?? self
    view.viewBase = root
    if let previous = viewReplay {
      view.viewReplay = { base in try replay(previous(base)) }
    } else {
      view.viewReplay = replay
    }
    try Tensor.record(name, inputs: [self], outputs: [view]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try derivative(grad)]
    }
    return view
  }

  /// `t.view(sizes)`: same storage, no copy; fails when the strides do not allow it.
  public func view(_ sizes: [Int]) throws -> Tensor {
    let newShape = try Shape.inferSize(sizes, count: count)
    guard let newStrides = Shape.viewStrides(shape: shape, strides: strides, newShape: newShape) else {
      throw AutogradError.runtime(
        "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead."
      )
    }
    let inputShape = shape
    return try makeView(
      shape: newShape, strides: newStrides, offset: storageOffset, name: "ViewBackward0",
      replay: { try $0.view(newShape) }, derivative: { try $0.reshape(inputShape) })
  }

  /// `t.reshape(sizes)`: a view when possible, else a copy (`UnsafeViewBackward0` over `CloneBackward0`).
  public func reshape(_ sizes: [Int]) throws -> Tensor {
    let newShape = try Shape.inferSize(sizes, count: count)
    if Shape.viewStrides(shape: shape, strides: strides, newShape: newShape) != nil {
      return try view(newShape)
    }
    return try clone().unsafeView(newShape)
  }

  /// The copy-then-view step of `reshape` and batched `matmul` (`UnsafeViewBackward0`).
  func unsafeView(_ newShape: [Int]) throws -> Tensor {
    let source = try contiguous()
    let inputShape = source.shape
    let output = Tensor(
      storage: source.storage, shape: newShape, strides: Shape.contiguousStrides(newShape),
      offset: source.storageOffset, dtype: dtype)
    try Tensor.record("UnsafeViewBackward0", inputs: [source], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.reshape(inputShape)]
    }
    return output
  }

  /// `t.view_as(other)` / `t.reshape_as(other)`.
  public func viewAs(_ other: Tensor) throws -> Tensor { try view(other.shape) }

  /// `t.flatten(start_dim, end_dim)`; returns `self` for a 1-D tensor.
  public func flatten(startDim: Int = 0, endDim: Int = -1) throws -> Tensor {
    if rank == 0 { return try reshape([1]) }
    let start = try Shape.wrapDim(startDim, rank: rank)
    let end = try Shape.wrapDim(endDim, rank: rank)
    if start > end {
      throw AutogradError.runtime("flatten() has invalid args: start_dim cannot come after end_dim")
    }
    if start == end { return self }
    var newShape = Array(shape[..<start])
    newShape.append(Shape.count(Array(shape[start...end])))
    newShape.append(contentsOf: shape[(end + 1)...])
    return try reshape(newShape)
  }

  /// `t.t()`: transpose of a ≤2-D tensor (`TBackward0`).
  public func t() throws -> Tensor {
    guard rank <= 2 else {
      throw AutogradError.runtime("t() expects a tensor with <= 2 dimensions, but self is \(rank)D")
    }
    if rank < 2 {
      return try makeView(
        shape: shape, strides: strides, offset: storageOffset, name: "TBackward0", replay: { try $0.t() },
        derivative: { try $0.t() })
    }
    return try makeView(
      shape: [shape[1], shape[0]], strides: [strides[1], strides[0]], offset: storageOffset,
      name: "TBackward0",
      replay: { try $0.t() }, derivative: { try $0.t() })
  }

  /// `t.T`: all dims reversed (`PermuteBackward0`), with PyTorch's deprecation warnings for ranks other than 2.
  public func reversedDims() throws -> Tensor {
    if rank == 0 {
      AutogradContext.current.warn(
        "UserWarning: Tensor.T is deprecated on 0-D tensors. This function is the identity in these cases.")
      return self
    }
    if rank != 2 {
      AutogradContext.current.warn(
        "UserWarning: The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor."
      )
    }
    return try permute(Array((0..<rank).reversed()))
  }

  /// `t.mT`-free `t.permute(dims)` (`PermuteBackward0`).
  public func permute(_ dims: [Int]) throws -> Tensor {
    guard dims.count == rank else {
      throw AutogradError.runtime(
        "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(rank) is not equal to len(dims) = \(dims.count)"
      )
    }
    let wrapped = try dims.map { try Shape.wrapDim($0, rank: rank) }
    guard Set(wrapped).count == wrapped.count else {
      throw AutogradError.runtime("permute(): duplicate dims are not allowed.")
    }
    var inverse = [Int](repeating: 0, count: rank)
    for (position, dim) in wrapped.enumerated() { inverse[dim] = position }
    return try makeView(
      shape: wrapped.map { shape[$0] }, strides: wrapped.map { strides[$0] }, offset: storageOffset,
      name: "PermuteBackward0", replay: { try $0.permute(wrapped) }, derivative: { try $0.permute(inverse) })
  }

  /// `t.transpose(dim0, dim1)` (`TransposeBackward0`).
  public func transpose(_ dim0: Int, _ dim1: Int) throws -> Tensor {
    let a = try Shape.wrapDim(dim0, rank: rank)
    let b = try Shape.wrapDim(dim1, rank: rank)
    var newShape = shape
    var newStrides = strides
    if rank > 0 {
      newShape.swapAt(a, b)
      newStrides.swapAt(a, b)
    }
    return try makeView(
      shape: newShape, strides: newStrides, offset: storageOffset, name: "TransposeBackward0",
      replay: { try $0.transpose(a, b) }, derivative: { try $0.transpose(a, b) })
  }

  /// `t.unsqueeze(dim)` (`UnsqueezeBackward0`).
  public func unsqueeze(_ dim: Int) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank + 1)
    var newShape = shape
    var newStrides = strides
    let stride = d < rank ? strides[d] * shape[d] : 1
    newShape.insert(1, at: d)
    newStrides.insert(stride, at: d)
    return try makeView(
      shape: newShape, strides: newStrides, offset: storageOffset, name: "UnsqueezeBackward0",
      replay: { try $0.unsqueeze(d) }, derivative: { try $0.squeeze(dim: d) })
  }

  /// `t.squeeze()` (all size-1 dims, `SqueezeBackward0`) or `t.squeeze(dim)` (`SqueezeBackward1`).
  public func squeeze(dim: Int? = nil) throws -> Tensor {
    let inputShape = shape
    if let dim = dim {
      return try squeezeNamed(dim: try Shape.wrapDim(dim, rank: rank), name: "SqueezeBackward1")
    }
    var newShape: [Int] = []
    var newStrides: [Int] = []
    for i in 0..<rank where shape[i] != 1 {
      newShape.append(shape[i])
      newStrides.append(strides[i])
    }
    return try makeView(
      shape: newShape, strides: newStrides, offset: storageOffset, name: "SqueezeBackward0",
      replay: { try $0.squeeze() }, derivative: { try $0.reshape(inputShape) })
  }

  /// The squeeze view of one wrapped dimension (removed only when its size is 1), recorded under `name`
  /// (`SqueezeBackward1` for `squeeze(dim)`, `SqueezeBackward4` inside `matmul`).
  func squeezeNamed(dim: Int, name: String) throws -> Tensor {
    var newShape = shape
    var newStrides = strides
    if rank > 0 && shape[dim] == 1 {
      newShape.remove(at: dim)
      newStrides.remove(at: dim)
    }
    let inputShape = shape
    return try makeView(
      shape: newShape, strides: newStrides, offset: storageOffset, name: name,
      replay: { try $0.squeeze(dim: dim) }, derivative: { try $0.reshape(inputShape) })
  }

  /// `t.expand(sizes)` (`ExpandBackward0`); `-1` keeps a size.
  public func expand(_ sizes: [Int]) throws -> Tensor {
    guard sizes.count >= rank else {
      throw AutogradError.runtime(
        "expand(torch.FloatTensor{\(shape)}, size=\(sizes)): the number of sizes provided (\(sizes.count)) must be greater or equal to the number of dimensions in the tensor (\(rank))"
      )
    }
    let lead = sizes.count - rank
    var newShape = [Int](repeating: 0, count: sizes.count)
    var newStrides = [Int](repeating: 0, count: sizes.count)
    for i in stride(from: sizes.count - 1, through: 0, by: -1) {
      let requested = sizes[i]
      if i < lead {
        if requested < 0 {
          throw AutogradError.runtime(
            "The expanded size of the tensor (\(requested)) isn't allowed in a leading, non-existing dimension \(i)"
          )
        }
        newShape[i] = requested
        newStrides[i] = 0
        continue
      }
      let own = shape[i - lead]
      if requested == -1 || requested == own {
        newShape[i] = own
        newStrides[i] = strides[i - lead]
      } else if own == 1 {
        if requested < 0 {
          throw AutogradError.runtime(
            "Trying to create tensor with negative dimension \(requested): \(sizes)")
        }
        newShape[i] = requested
        newStrides[i] = 0
      } else {
        throw AutogradError.runtime(
          "The expanded size of the tensor (\(requested)) must match the existing size (\(own)) at non-singleton dimension \(i).  Target sizes: \(sizes).  Tensor sizes: \(shape)"
        )
      }
    }
    _ = try Shape.checkedViewCount(newShape)
    let inputShape = shape
    return try makeView(
      shape: newShape, strides: newStrides, offset: storageOffset, name: "ExpandBackward0",
      replay: { try $0.expand(newShape) }, derivative: { try $0.sumTo(inputShape) })
  }

  /// `t.expand_as(other)`.
  public func expandAs(_ other: Tensor) throws -> Tensor { try expand(other.shape) }

  /// `t.select(dim, index)` (`SelectBackward0`), with `select()`'s own error texts.
  public func select(dim: Int, index: Int) throws -> Tensor {
    guard rank > 0 else { throw AutogradError.index("select() cannot be applied to a 0-dim tensor.") }
    let d = try Shape.wrapDim(dim, rank: rank)
    let size = shape[d]
    guard index >= -size, index < size else {
      throw AutogradError.index(
        "select(): index \(index) out of range for tensor of size \(shape) at dimension \(d)")
    }
    return try selectView(dim: d, position: index < 0 ? index + size : index)
  }

  /// `t[index]` along `dim`: `select` with the subscript error texts.
  func subscriptSelect(dim: Int, index: Int) throws -> Tensor {
    guard rank > 0 else {
      throw AutogradError.index(
        "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
      )
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    let size = shape[d]
    guard index >= -size, index < size else {
      throw AutogradError.index("index \(index) is out of bounds for dimension \(d) with size \(size)")
    }
    return try selectView(dim: d, position: index < 0 ? index + size : index)
  }

  /// The `SelectBackward0` view at a wrapped dimension and in-range position.
  private func selectView(dim d: Int, position: Int) throws -> Tensor {
    var newShape = shape
    var newStrides = strides
    newShape.remove(at: d)
    newStrides.remove(at: d)
    let inputShape = shape
    return try makeView(
      shape: newShape, strides: newStrides, offset: storageOffset + position * strides[d],
      name: "SelectBackward0",
      replay: { try $0.select(dim: d, index: position) },
      derivative: { try Tensor.selectBackward($0, inputShape: inputShape, dim: d, index: position) })
  }

  /// `t[start:stop:step]` along `dim` (`SliceBackward0`), with Python's clamping of out-of-range bounds.
  public func slice(dim: Int, start: Int?, stop: Int?, step: Int?) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    let stepValue = step ?? 1
    if stepValue == 0 { throw AutogradError.value("slice step cannot be zero") }
    if stepValue < 0 { throw AutogradError.value("step must be greater than zero") }
    let size = shape[d]
    func clampBound(_ value: Int?, default fallback: Int) -> Int {
      guard var v = value else { return fallback }
      if v < 0 { v = Swift.max(v + size, 0) }
      return Swift.min(v, size)
    }
    let begin = clampBound(start, default: 0)
    let end = Swift.max(clampBound(stop, default: size), begin)
    let length = end == begin ? 0 : (end - begin - 1) / stepValue + 1
    var newShape = shape
    var newStrides = strides
    newShape[d] = length
    let (scaled, overflow) = strides[d].multipliedReportingOverflow(by: stepValue)
    newStrides[d] = overflow || length <= 1 ? strides[d] : scaled
    let inputShape = shape
    return try makeView(
      shape: newShape, strides: newStrides, offset: storageOffset + begin * strides[d],
      name: "SliceBackward0",
      replay: { try $0.slice(dim: d, start: begin, stop: end, step: stepValue) },
      derivative: {
        try Tensor.sliceBackward($0, inputShape: inputShape, dim: d, start: begin, end: end, step: stepValue)
      })
  }

  /// `t.narrow(dim, start, length)`.
  public func narrow(dim: Int, start: Int, length: Int) throws -> Tensor {
    guard rank > 0 else { throw AutogradError.runtime("narrow() cannot be applied to a 0-dim tensor.") }
    let d = try Shape.wrapDim(dim, rank: rank)
    let size = shape[d]
    guard length >= 0 else { throw AutogradError.runtime("narrow(): length must be non-negative.") }
    guard start >= -size, start <= size else {
      throw AutogradError.index(
        "start out of range (expected to be in range of [-\(size), \(size)], but got \(start))")
    }
    let begin = start < 0 ? start + size : start
    let (end, overflow) = begin.addingReportingOverflow(length)
    guard !overflow, end <= size else {
      throw AutogradError.runtime("start (\(begin)) + length (\(length)) exceeds dimension size (\(size)).")
    }
    return try slice(dim: d, start: begin, stop: end, step: 1)
  }

  /// `t[...]` (`AliasBackward0`).
  public func alias() throws -> Tensor {
    try makeView(
      shape: shape, strides: strides, offset: storageOffset, name: "AliasBackward0",
      replay: { try $0.alias() },
      derivative: { $0 })
  }

  /// Gradient of `select`: zeros of the input's shape with `grad` at `index` (differentiable).
  static func selectBackward(_ grad: Tensor, inputShape: [Int], dim: Int, index: Int) throws -> Tensor {
    let output = try zeros(inputShape, dtype: grad.dtype)
    let target = output.geometrySelect(dim: dim, index: index)
    try target.writeValues(from: grad)
    try record("SelectBackwardBackward0", inputs: [grad], outputs: [output]) { grads, _ in
      guard let g = grads[0] else { return [nil] }
      return [try g.select(dim: dim, index: index)]
    }
    return output
  }

  /// Gradient of `slice`: zeros of the input's shape with `grad` in the sliced positions (differentiable).
  static func sliceBackward(_ grad: Tensor, inputShape: [Int], dim: Int, start: Int, end: Int, step: Int)
    throws
    -> Tensor
  {
    let output = try zeros(inputShape, dtype: grad.dtype)
    let target = output.geometrySlice(dim: dim, start: start, end: end, step: step)
    try target.writeValues(from: grad)
    try record("SliceBackwardBackward0", inputs: [grad], outputs: [output]) { grads, _ in
      guard let g = grads[0] else { return [nil] }
      return [try g.slice(dim: dim, start: start, stop: end, step: step)]
    }
    return output
  }

  /// A raw (untracked) select view, for internal writes.
  func geometrySelect(dim: Int, index: Int) -> Tensor {
    var newShape = shape
    var newStrides = strides
    newShape.remove(at: dim)
    newStrides.remove(at: dim)
    return Tensor(
      storage: storage, shape: newShape, strides: newStrides, offset: storageOffset + index * strides[dim],
      dtype: dtype
    )
  }

  /// A raw (untracked) slice view, for internal writes.
  func geometrySlice(dim: Int, start: Int, end: Int, step: Int) -> Tensor {
    var newShape = shape
    var newStrides = strides
    let length = end <= start ? 0 : (end - start - 1) / step + 1
    newShape[dim] = length
    let (scaled, overflow) = strides[dim].multipliedReportingOverflow(by: step)
    newStrides[dim] = overflow || length <= 1 ? strides[dim] : scaled
    return Tensor(
      storage: storage, shape: newShape, strides: newStrides, offset: storageOffset + start * strides[dim],
      dtype: dtype
    )
  }
}
