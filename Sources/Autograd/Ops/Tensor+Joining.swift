/// Elementwise maximum/minimum and joining tensors: `torch.maximum`, `torch.minimum`, `torch.cat`, `torch.stack`.
extension Tensor {
  /// `torch.maximum(a, b)` (also `torch.max(a, b)`): ties share the gradient equally (`MaximumBackward0`).
  public static func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try extremumPair(a, b, isMax: true)
  }

  /// `torch.minimum(a, b)` (also `torch.min(a, b)`) (`MinimumBackward0`).
  public static func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try extremumPair(a, b, isMax: false)
  }

  static func extremumPair(_ a: Tensor, _ b: Tensor, isMax: Bool) throws -> Tensor {
    let (left, right, shape, dtype) = try binarySetup(.tensor(a), .tensor(b))
    let output: Tensor
    if dtype.isFloatingPoint {
      output = try zipFloats(left, right, shape: shape, dtype: dtype) { x, y in
        if x.isNaN || y.isNaN { return .nan }
        // On a tie the first operand is the result (so -0.0 and 0.0 keep their order), as in PyTorch.
        return isMax ? (x < y ? y : x) : (x > y ? y : x)
      }
    } else {
      output = try zipIntegers(left, right, shape: shape, dtype: dtype) { x, y in
        isMax ? Swift.max(x, y) : Swift.min(x, y)
      }
    }
    try record(
      isMax ? "MaximumBackward0" : "MinimumBackward0", inputs: [left, right], outputs: [output],
      saving: [left, right]
    ) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let x = saved[0]
      let y = saved[1]
      let ties = try x.eq(.tensor(y)).to(grad.dtype).mul(.float(0.5))
      let leftWins = try (isMax ? x.gt(.tensor(y)) : x.lt(.tensor(y))).to(grad.dtype)
      let rightWins = try (isMax ? x.lt(.tensor(y)) : x.gt(.tensor(y))).to(grad.dtype)
      return [try grad.mul(.tensor(leftWins.add(ties))), try grad.mul(.tensor(rightWins.add(ties)))]
    }
    return output
  }

  /// `torch.cat(tensors, dim)` (`CatBackward0`): joins along an existing dim; dtypes promote.
  public static func cat(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
    guard let first = tensors.first(where: { !($0.rank == 1 && $0.count == 0) }) ?? tensors.first else {
      throw AutogradError.value("torch.cat(): expected a non-empty list of Tensors")
    }
    let parts = tensors.filter { !($0.rank == 1 && $0.count == 0) || $0 === first }
    if first.rank == 0 {
      throw AutogradError.runtime("zero-dimensional tensor (at position 0) cannot be concatenated")
    }
    let d = try Shape.wrapDim(dim, rank: first.rank)
    for (position, part) in parts.enumerated() {
      guard part.rank == first.rank else {
        throw AutogradError.runtime(
          "Tensors must have same number of dimensions: got \(first.rank) and \(part.rank)")
      }
      for i in 0..<first.rank where i != d && part.shape[i] != first.shape[i] {
        throw AutogradError.runtime(
          "Sizes of tensors must match except in dimension \(d). Expected size \(first.shape[i]) but got size \(part.shape[i]) for tensor number \(position) in the list."
        )
      }
    }
    let dtype = parts.dropFirst().reduce(first.dtype) { TypePromotion.promote($0, $1.dtype) }
    var outShape = first.shape
    var total = 0
    for part in parts {
      let (sum, overflow) = total.addingReportingOverflow(part.shape[d])
      if overflow { throw AutogradError.runtime("torch.cat(): result is too large") }
      total = sum
    }
    outShape[d] = total
    _ = try Shape.checkedCount(outShape)
    let output = try zeros(outShape, dtype: dtype)
    var offset = 0
    var sizes: [Int] = []
    for part in parts {
      let size = part.shape[d]
      try output.geometrySlice(dim: d, start: offset, end: offset + size, step: 1).writeValues(from: part)
      sizes.append(size)
      offset += size
    }
    let metadata = parts.map { ($0.dtype) }
    try record("CatBackward0", inputs: parts, outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return Array(repeating: nil, count: sizes.count) }
      var start = 0
      var result: [Tensor?] = []
      for (index, size) in sizes.enumerated() {
        let piece = try grad.slice(dim: d, start: start, stop: start + size, step: 1)
        result.append(metadata[index].isFloatingPoint ? try piece.to(metadata[index]) : piece)
        start += size
      }
      return result
    }
    return output
  }

  /// `torch.stack(tensors, dim)` (`StackBackward0`): joins along a new dim; shapes must be equal.
  public static func stack(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
    guard let first = tensors.first else {
      throw AutogradError.runtime("stack expects a non-empty TensorList")
    }
    let d = try Shape.wrapDim(dim, rank: first.rank + 1)
    for (position, part) in tensors.enumerated() where part.shape != first.shape {
      throw AutogradError.runtime(
        "stack expects each tensor to be equal size, but got \(first.shape) at entry 0 and \(part.shape) at entry \(position)"
      )
    }
    let joined = try AutogradContext.current.withMode(.noGrad) {
      try cat(tensors.map { try $0.unsqueeze(d) }, dim: d)
    }
    let output = joined.detach()
    try record("StackBackward0", inputs: tensors, outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return Array(repeating: nil, count: tensors.count) }
      return try (0..<tensors.count).map { try grad.select(dim: d, index: $0) }
    }
    return output
  }
}
