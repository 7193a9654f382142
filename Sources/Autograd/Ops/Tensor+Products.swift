/// Products and running sums: `prod`, `cumsum` and the `flip` their backward formulas use.
extension Tensor {
  /// The dtype a sum-like reduction produces: integers and bools widen to int64 unless a dtype is requested.
  func accumulatingDType(_ requested: DType?) -> DType {
    requested ?? (dtype.isFloatingPoint ? dtype : .int64)
  }

  /// `t.prod(dtype=)`: the product of all elements (`ProdBackward0`).
  public func prod(dtype requested: DType? = nil) throws -> Tensor {
    let target = accumulatingDType(requested)
    let source = try flatten()
    let output = try Tensor(
      shape: [], dtype: target,
      floats: source.rowProducts(outer: 1, size: count, inner: 1, as: target))
    let inputRank = rank
    try Tensor.record("ProdBackward0", inputs: [self], outputs: [output], saving: [self, output]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil] }
      if inputRank == 0 { return [grad] }
      return [try Tensor.prodBackward(grad, input: saved[0], result: saved[1], dim: nil)]
    }
    return output
  }

  /// `t.prod(dim, keepdim, dtype=)`: products along one dim (`ProdBackward1`).
  public func prod(dim: Int, keepdim: Bool = false, dtype requested: DType? = nil) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    let target = accumulatingDType(requested)
    let source = try contiguous()
    let (outer, size, inner) = layout(around: d)
    let outShape = rank == 0 ? [] : reducedShape([d], keepdim: keepdim)
    let output = Tensor(
      shape: outShape, dtype: target,
      floats: try source.rowProducts(outer: outer, size: size, inner: inner, as: target))
    let inputRank = rank
    try Tensor.record("ProdBackward1", inputs: [self], outputs: [output], saving: [self, output]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil] }
      if inputRank == 0 { return [grad] }
      let spread = keepdim ? grad : try grad.unsqueeze(d)
      let result = keepdim ? saved[1] : try saved[1].unsqueeze(d)
      return [try Tensor.prodBackward(spread, input: saved[0], result: result, dim: d)]
    }
    return output
  }

  /// Products of a contiguous tensor seen as `outer × size × inner`, over the middle axis, multiplied one
  /// after another in the result dtype's arithmetic (integers wrap).
  private func rowProducts(outer: Int, size: Int, inner: Int, as target: DType) throws -> [Double] {
    var result = [Double](repeating: 1, count: outer * inner)
    if !target.isFloatingPoint {
      let values = try integerValues()
      for o in 0..<outer {
        for i in 0..<inner {
          var product: Int64 = 1
          for k in 0..<size { product = product &* values[(o * size + k) * inner + i] }
          result[o * inner + i] = Double(product)
        }
      }
      return result
    }
    let values = try floatValues(as: target)
    for o in 0..<outer {
      for i in 0..<inner {
        var product = 1.0
        for k in 0..<size {
          product = target.rounded(product * values[(o * size + k) * inner + i])
        }
        result[o * inner + i] = product
      }
    }
    return result
  }

  /// The gradient of a product: `grad · result / input` without zeros; with zeros, the product of the other
  /// elements (safe for zeros), along `dim` or over the whole flattened input.
  static func prodBackward(_ grad: Tensor, input: Tensor, result: Tensor, dim: Int?) throws -> Tensor {
    let zeroCount = try input.eq(.int(0)).integerValues().reduce(0, +)
    if zeroCount == 0 { return try grad.mul(.tensor(result.div(.tensor(input)))) }
    let gradEnabled = AutogradContext.current.isGradEnabled
    if dim == nil && !gradEnabled && zeroCount > 1 { return try Tensor.zerosLike(input) }
    if let d = dim { return try grad.mul(.tensor(input.productOfOthers(dim: d))) }
    let others = try input.reshape([-1]).productOfOthers(dim: 0).reshape(input.shape)
    return try grad.mul(.tensor(others))
  }

  /// For each element, the product of the other elements along `dim` (zeros allowed).
  ///
  /// While a graph is recorded (double backward), this is built from differentiable ops: each position's
  /// row with its own element replaced by one, multiplied out. Otherwise it is computed directly with
  /// prefix and suffix products.
  func productOfOthers(dim d: Int) throws -> Tensor {
    let n = shape[d]
    if AutogradContext.current.isGradEnabled && requiresGrad {
      var expandedShape = shape
      expandedShape.insert(n, at: d)
      let rows = try unsqueeze(d).expand(expandedShape)
      var maskShape = [n, n]
      maskShape.append(contentsOf: Array(repeating: 1, count: rank - d - 1))
      let diagonal = try Tensor.eye(n, dtype: .bool).reshape(maskShape)
      return try rows.maskedFill(diagonal, .int(1)).prod(dim: d + 1)
    }
    let values = try contiguous().floatValues()
    let (outer, _, inner) = layout(around: d)
    var result = [Double](repeating: 0, count: values.count)
    for o in 0..<outer {
      for i in 0..<inner {
        var prefix = 1.0
        for k in 0..<n {
          let at = (o * n + k) * inner + i
          result[at] = prefix
          prefix = dtype.rounded(prefix * values[at])
        }
        var suffix = 1.0
        for k in stride(from: n - 1, through: 0, by: -1) {
          let at = (o * n + k) * inner + i
          result[at] = dtype.rounded(result[at] * suffix)
          suffix = dtype.rounded(suffix * values[at])
        }
      }
    }
    return Tensor(shape: shape, dtype: dtype, floats: result)
  }

  /// `t.cumsum(dim, dtype=)`: running sums along `dim` (`CumsumBackward0`); PyTorch's CPU kernel carries
  /// float32 sums in double and rounds each stored value.
  public func cumsum(dim: Int, dtype requested: DType? = nil) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    let target = accumulatingDType(requested)
    let source = try contiguous()
    let (outer, size, inner) = source.layout(around: d)
    let output = try source.runningScan(
      outer: outer, size: size, inner: inner, into: target, from: (0.0, 0), floats: { $0 + $1 },
      integers: { $0 &+ $1 })
    let trivial = count <= 1 || size == 1
    try Tensor.record("CumsumBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      if trivial { return [grad] }
      return [try grad.flip([d]).cumsum(dim: d).flip([d])]
    }
    return output
  }

  /// `t.flip(dims)`: a copy with the order of elements reversed along `dims` (`FlipBackward0`).
  public func flip(_ dims: [Int]) throws -> Tensor {
    let wrapped = dims.isEmpty ? [] : try normalizedDims(dims)
    var flippedStrides = strides
    var offset = storageOffset
    for d in wrapped where rank > 0 {
      if shape[d] > 0 { offset += (shape[d] - 1) * strides[d] }
      flippedStrides[d] = -strides[d]
    }
    let reversed = Tensor(storage: storage, shape: shape, strides: flippedStrides, offset: offset, dtype: dtype)
    let output = try reversed.clonedValues()
    try Tensor.record("FlipBackward0", inputs: [self], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.flip(wrapped)]
    }
    return output
  }
}
