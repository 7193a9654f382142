/// An N-dimensional strided view over shared storage, with PyTorch's autograd metadata.
///
/// Tensors are reference objects (like Python's): views, `detach()` and index assignment share the
/// same storage, and `x.grad` accumulates into the same object across backward calls.
public final class Tensor {
  // `@exclusivity(unchecked)` is kept only where gradbook-bench under callgrind showed the dynamic
  // checks cost at least 1% of a small-tensor op (the tensor is never mutated while being read).
  // Unchecked: core field read by every op; checking the six costs +11–19% instructions on 2×2 ops.
  /// The sizes of each dimension, outermost first; `[]` for a 0-d tensor.
  @exclusivity(unchecked) public internal(set) var shape: [Int]
  // Unchecked: core field read by every op; checking the six costs +11–19% instructions on 2×2 ops.
  /// Element steps per dimension in storage.
  @exclusivity(unchecked) public internal(set) var strides: [Int]
  // Unchecked: core field read by every op; checking the six costs +11–19% instructions on 2×2 ops.
  /// Where element `[0, 0, ...]` sits in storage.
  @exclusivity(unchecked) public internal(set) var storageOffset: Int
  // Unchecked: core field read by every op; checking the six costs +11–19% instructions on 2×2 ops.
  /// The element type.
  @exclusivity(unchecked) public internal(set) var dtype: DType
  let storage: TensorStorage

  // Unchecked: core field read by every op; checking the six costs +11–19% instructions on 2×2 ops.
  /// A user-set `requires_grad` on a leaf.
  @exclusivity(unchecked) var leafRequiresGrad: Bool = false
  // Unchecked: core field read by every op; checking the six costs +11–19% instructions on 2×2 ops.
  /// The node that produced this tensor (nil for leaves).
  @exclusivity(unchecked) public internal(set) var gradFn: GradFn?
  // Unchecked: written by every recorded op; with isInference and the view fields, +2–5% on 2×2 ops.
  /// Which output of `gradFn` this tensor is.
  @exclusivity(unchecked) public internal(set) var outputIndex: Int = 0
  var storedGrad: Tensor?
  /// `t.retains_grad`.
  public internal(set) var retainsGrad: Bool = false
  // Unchecked: set for every new tensor; checking it costs +2.4% on a 2×2 op without grad.
  /// `t.is_inference()`: created under `torch.inference_mode()`.
  @exclusivity(unchecked) public internal(set) var isInference: Bool = false
  /// A Python scalar turned into a 0-d tensor for an operation ("wrapped number").
  var isWrappedNumber = false
  /// `nn.Parameter`: printed with a `Parameter containing:` line.
  public var isParameter = false
  weak var accumulator: GradFn?
  // Unchecked: set for every view; checking both view fields costs about +2.5% on `x[0, 1]`.
  /// For views: the tensor whose storage this views (the root, never itself a view).
  @exclusivity(unchecked) public internal(set) var viewBase: Tensor?
  // Unchecked: set for every view; checking both view fields costs about +2.5% on `x[0, 1]`.
  /// Recreates this view from its base (used to re-derive the view's grad_fn after an in-place write).
  @exclusivity(unchecked) var viewReplay: ((Tensor) throws -> Tensor)?
  /// `register_hook` functions of a leaf, run before its gradient is accumulated.
  var gradHooks: [TensorHook] = []
  /// For one of several views made by one op (`split`, `unbind`): the op's name, as in-place errors cite it.
  var multiOutputViewOp: String?
  /// A stable identity for reprs and `is` checks.
  public let objectID: Int
  /// The object standing for this tensor in a language binding (a Python `Tensor` value), so the
  /// binding keeps one wrapper per tensor without a table; weak, as the wrapper owns the tensor.
  /// PyTorch keeps the same slot on its tensors (`pyobj_slot`).
  public weak var bindingObject: AnyObject?

  init(storage: TensorStorage, shape: [Int], strides: [Int], offset: Int, dtype: DType) {
    self.storage = storage
    self.shape = shape
    self.strides = strides
    self.storageOffset = offset
    self.dtype = dtype
    let context = AutogradContext.current
    self.objectID = context.makeObjectID()
    self.isInference = context.isInferenceModeEnabled
  }

  /// A new contiguous tensor over values computed in Double: rounded to a floating dtype's precision,
  /// or converted to an integer dtype as a C++ cast does.
  convenience init(shape: [Int], dtype: DType, floats: [Double]) {
    if dtype.isFloatingPoint {
      var values = floats
      values.withUnsafeMutableBufferPointer { buffer in
        // float32, the common case, gets its own loop (no per-element switch).
        switch dtype {
        case .float32: for i in buffer.indices { buffer[i] = Double(Float(buffer[i])) }
        case .float64: break
        default: for i in buffer.indices { buffer[i] = dtype.rounded(buffer[i]) }
        }
      }
      self.init(
        storage: TensorStorage(floats: values), shape: shape, strides: Shape.contiguousStrides(shape),
        offset: 0,
        dtype: dtype)
    } else {
      self.init(
        storage: TensorStorage(integers: floats.map { Scalar.converting($0, to: dtype) }), shape: shape,
        strides: Shape.contiguousStrides(shape), offset: 0, dtype: dtype)
    }
  }

  /// A new contiguous tensor over floating values already representable in `dtype` (no rounding pass).
  convenience init(shape: [Int], dtype: DType, exactFloats: [Double]) {
    self.init(
      storage: TensorStorage(floats: exactFloats), shape: shape, strides: Shape.contiguousStrides(shape),
      offset: 0,
      dtype: dtype)
  }

  /// A new contiguous tensor over integers, wrapped into an integer dtype's range (bools as 0/1) or
  /// rounded to a floating one.
  convenience init(shape: [Int], dtype: DType, integers: [Int64]) {
    if dtype.isFloatingPoint {
      self.init(shape: shape, dtype: dtype, floats: integers.map { Double($0) })
      return
    }
    let values = dtype == .int64 ? integers : integers.map { dtype.wrapped($0) }
    self.init(
      storage: TensorStorage(integers: values), shape: shape, strides: Shape.contiguousStrides(shape),
      offset: 0,
      dtype: dtype)
  }

  /// A 0-d tensor holding a Python scalar, in the scalar's own default dtype (float64 for wrapped floats).
  static func wrapped(_ scalar: Scalar, dtype: DType? = nil) -> Tensor {
    let tensor: Tensor
    switch scalar {
    case .float(let value):
      let target = dtype ?? .float64
      tensor = Tensor(shape: [], dtype: target, floats: [value])
    case .int(let value):
      tensor = Tensor(shape: [], dtype: dtype ?? .int64, integers: [value])
    case .bool(let value):
      tensor = Tensor(shape: [], dtype: dtype ?? .bool, integers: [value ? 1 : 0])
    }
    tensor.isWrappedNumber = true
    return tensor
  }

  // MARK: Basic properties

  /// `t.dim()` / `t.ndim`.
  public var rank: Int { shape.count }
  /// `t.numel()`.
  public var count: Int { Shape.count(shape) }
  /// The elements actually held by this tensor's storage (shared with its views; an expanded view
  /// describes more elements than it holds).
  public var storageCount: Int { Swift.max(storage.floats.count, storage.integers.count) }
  /// `t.is_leaf`: no grad_fn.
  public var isLeaf: Bool { gradFn == nil }
  /// `t.requires_grad`.
  public var requiresGrad: Bool { gradFn != nil || leafRequiresGrad }
  /// Whether memory is row-major without gaps.
  public var isContiguous: Bool {
    var expected = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) where shape[i] != 1 {
      if strides[i] != expected { return false }
      expected = expected.multipliedReportingOverflow(by: shape[i]).partialValue
    }
    return true
  }
  /// `t.data_ptr()`-like identity of the underlying storage plus offset.
  public var dataPointer: Int { storage.identifier &* 1_000_003 &+ storageOffset }
  /// The version counter shared with views (`t._version`).
  public var version: Int { storage.version }

  /// `t.size(dim)`, with negative dims.
  public func size(_ dim: Int) throws -> Int {
    shape[try Shape.wrapDim(dim, rank: rank)]
  }

  // MARK: Element access (contiguous, row-major copies)

  /// Calls `body` with each storage offset in row-major order of `shape` read with `strides`.
  static func forEachOffset(shape: [Int], strides: [Int], offset: Int, _ body: (Int) -> Void) {
    let total = Shape.count(shape)
    if total == 0 { return }
    let rank = shape.count
    if rank == 0 {
      body(offset)
      return
    }
    let innerSize = shape[rank - 1]
    let innerStride = strides[rank - 1]
    var counter = [Int](repeating: 0, count: rank)
    var base = offset
    var produced = 0
    while produced < total {
      var position = base
      for _ in 0..<innerSize {
        body(position)
        position += innerStride
      }
      produced += innerSize
      // Advance the odometer over the outer dims.
      var dim = rank - 2
      while dim >= 0 {
        counter[dim] += 1
        base += strides[dim]
        if counter[dim] < shape[dim] { break }
        base -= strides[dim] * shape[dim]
        counter[dim] = 0
        dim -= 1
      }
      if dim < 0 { break }
    }
  }

  /// The elements as Doubles in row-major order, read as if expanded to `target` (default: own shape).
  ///
  /// Throws the element-budget error when the copy would exceed it (an expanded view can describe far
  /// more elements than its storage holds).
  func floatValues(expandedTo target: [Int]? = nil) throws -> [Double] {
    let outShape = target ?? shape
    let sameShape = target == nil || outShape == shape
    if dtype.isFloatingPoint && sameShape && isContiguous {
      let total = Shape.count(outShape)
      try AutogradContext.current.chargeRead(total)
      if storageOffset == 0 && storage.floats.count == total { return storage.floats }
      return Array(storage.floats[storageOffset..<(storageOffset + total)])
    }
    // Charged after the budget check, so a copy too large to make is the budget error, not the step budget's.
    let total = try Shape.checkedCount(outShape)
    try AutogradContext.current.chargeRead(total)
    let readStrides =
      sameShape ? strides : Shape.expandedStrides(shape: shape, strides: strides, to: outShape)
    var result = [Double](repeating: 0, count: total)
    result.withUnsafeMutableBufferPointer { out in
      var index = 0
      if dtype.isFloatingPoint {
        storage.floats.withUnsafeBufferPointer { source in
          Tensor.forEachOffset(shape: outShape, strides: readStrides, offset: storageOffset) {
            out[index] = source[$0]
            index += 1
          }
        }
      } else {
        storage.integers.withUnsafeBufferPointer { source in
          Tensor.forEachOffset(shape: outShape, strides: readStrides, offset: storageOffset) {
            out[index] = Double(source[$0])
            index += 1
          }
        }
      }
    }
    return result
  }

  /// The elements as Int64 in row-major order (floats truncated toward zero), optionally expanded.
  func integerValues(expandedTo target: [Int]? = nil) throws -> [Int64] {
    let outShape = target ?? shape
    let readStrides = target.map { Shape.expandedStrides(shape: shape, strides: strides, to: $0) } ?? strides
    if !dtype.isFloatingPoint, target == nil, isContiguous, storageOffset == 0,
      storage.integers.count == Shape.count(outShape)
    {
      try AutogradContext.current.chargeRead(storage.integers.count)
      return storage.integers
    }
    let total = try Shape.checkedCount(outShape)
    try AutogradContext.current.chargeRead(total)
    if !dtype.isFloatingPoint {
      var result = [Int64]()
      result.reserveCapacity(total)
      storage.integers.withUnsafeBufferPointer { source in
        Tensor.forEachOffset(shape: outShape, strides: readStrides, offset: storageOffset) {
          result.append(source[$0])
        }
      }
      return result
    }
    var result = [Int64]()
    result.reserveCapacity(total)
    storage.floats.withUnsafeBufferPointer { source in
      Tensor.forEachOffset(shape: outShape, strides: readStrides, offset: storageOffset) {
        result.append(Scalar.truncatingToInt64(source[$0]))
      }
    }
    return result
  }

  /// The elements converted to `dtype`'s value domain: floats rounded to a narrower floating dtype,
  /// ints and bools as numbers.
  func floatValues(as target: DType, expandedTo shape: [Int]? = nil) throws -> [Double] {
    var values = try floatValues(expandedTo: shape)
    if target.isFloatingPoint && target != dtype && target != .float64 {
      values.withUnsafeMutableBufferPointer { buffer in
        if target == .float32 {
          for i in buffer.indices { buffer[i] = Double(Float(buffer[i])) }
        } else {
          for i in buffer.indices { buffer[i] = target.rounded(buffer[i]) }
        }
      }
    }
    return values
  }

  /// The row-major elements in the printer's representation.
  /// Throws the element-budget error for a view describing more elements than the budget allows.
  public func elementValues() throws -> ElementValues {
    if dtype.isFloatingPoint { return .floating(try floatValues()) }
    if dtype == .bool { return .boolean(try integerValues().map { $0 != 0 }) }
    return .integer(try integerValues())
  }

  /// Reads elements by row-major index straight from storage, without copying (for printing huge views).
  var elementReader: ElementReader {
    let shape = shape
    let strides = strides
    let offset = storageOffset
    let storage = storage
    func storageIndex(_ flat: Int) -> Int {
      var remaining = flat
      var position = offset
      for dim in stride(from: shape.count - 1, through: 0, by: -1) where shape[dim] > 0 {
        position += (remaining % shape[dim]) * strides[dim]
        remaining /= shape[dim]
      }
      return position
    }
    if dtype.isFloatingPoint { return .floating { storage.floats[storageIndex($0)] } }
    if dtype == .bool { return .boolean { storage.integers[storageIndex($0)] != 0 } }
    return .integer { storage.integers[storageIndex($0)] }
  }

  /// Writes row-major `values` (already in this tensor's value domain) into this tensor's strided positions.
  func writeFloats(_ values: [Double]) {
    var index = 0
    if dtype.isFloatingPoint {
      storage.floats.withUnsafeMutableBufferPointer { target in
        Tensor.forEachOffset(shape: shape, strides: strides, offset: storageOffset) { position in
          target[position] = values[index]
          index += 1
        }
      }
    } else {
      let kind = dtype
      writeIntegers(values.map { Scalar.converting($0, to: kind) })
    }
  }

  /// Writes row-major integers (0/1 for bool) into this tensor's strided positions.
  func writeIntegers(_ values: [Int64]) {
    let kind = dtype
    if kind.isFloatingPoint {
      writeFloats(values.map { kind.rounded(Double($0)) })
      return
    }
    var index = 0
    storage.integers.withUnsafeMutableBufferPointer { target in
      Tensor.forEachOffset(shape: shape, strides: strides, offset: storageOffset) { position in
        target[position] = kind.wrapped(values[index])
        index += 1
      }
    }
  }

  /// Copies `source`'s values (broadcast to this shape, converted to this dtype) into this tensor's storage.
  func writeValues(from source: Tensor) throws {
    if dtype.isFloatingPoint {
      writeFloats(try source.floatValues(as: dtype, expandedTo: shape))
    } else if dtype == .bool {
      writeIntegers(try source.floatValues(expandedTo: shape).map { $0 != 0 ? 1 : 0 })
    } else {
      writeIntegers(try source.integerValues(expandedTo: shape))
    }
  }
}
