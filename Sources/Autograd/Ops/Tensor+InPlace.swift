/// In-place operations (`add_`, `mul_`, `copy_`, `x[i] = v`, `+=` …): version counting, leaf checks,
/// and rebasing the autograd history (including `CopySlices` when writing through a view).
extension Tensor {
  /// Runs an in-place update: `compute` gets a tensor with `self`'s current values and history and returns
  /// the new values (with their graph); they are written into `self`'s storage. Returns `self`.
  ///
  /// The interpreter can map any `foo_` method to `inPlace { try $0.foo(...) }`.
  /// `operands` lists the other tensors involved (nil: unknown), to skip the history snapshot when nothing
  /// requires grad. Writing through a view whose elements share memory (an expand) is refused as PyTorch
  /// refuses it, unless `allowsInternalOverlap` (`zero_`, `fill_`, which PyTorch lets through).
  @discardableResult
  public func inPlace(
    operands: [Tensor]? = nil, allowsInternalOverlap: Bool = false, _ compute: (Tensor) throws -> Tensor
  ) throws -> Tensor {
    let context = AutogradContext.current
    if isInference && !context.isInferenceModeEnabled {
      throw AutogradError.runtime(AutogradMessages.inferenceInPlace)
    }
    if context.isGradEnabled {
      if isLeaf && leafRequiresGrad { throw AutogradError.runtime(AutogradMessages.leafInPlace) }
      if let base = viewBase, base.isLeaf, base.leafRequiresGrad {
        throw AutogradError.runtime(AutogradMessages.viewOfLeafInPlace)
      }
      try checkMultiOutputViewWrite(operands: operands)
    }
    if !allowsInternalOverlap, hasInternalOverlap {
      throw AutogradError.runtime(
        "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation."
      )
    }
    // Compute from a snapshot carrying self's history, so saved values are the pre-update ones.
    let input: Tensor
    let mayRecord = requiresGrad || (operands.map { $0.contains { $0.requiresGrad } } ?? true)
    if context.isGradEnabled && mayRecord {
      input = try clonedValues()
      input.gradFn = gradFn
      input.outputIndex = outputIndex
      input.isInference = isInference
    } else {
      input = self
    }
    let result = try compute(input)
    if !TypePromotion.canCast(from: result.dtype, to: dtype) {
      throw AutogradError.runtime(
        "result type \(result.dtype.scalarTypeName) can't be cast to the desired output type \(dtype.scalarTypeName)"
      )
    }
    if result.shape != shape {
      throw AutogradError.runtime(
        "output with shape \(shape) doesn't match the broadcast shape \(result.shape)")
    }
    try writeValues(from: result)
    storage.version &+= 1
    guard context.isGradEnabled, let node = result.gradFn else { return self }
    // An op that saves its own output (exp, sigmoid, sqrt, …) saved the fresh result; in PyTorch that output
    // is self, so a later in-place change of self must invalidate it: the saved output becomes self.
    node.savedTensors = node.savedTensors.map { saved in
      guard saved.isOutput, saved.tensor.storage === result.storage else { return saved }
      return SavedTensor(output: self, index: saved.outputIndex)
    }
    if let base = viewBase, let replay = viewReplay {
      try rebaseThroughView(base: base, replay: replay, node: node)
    } else {
      gradFn = node
      outputIndex = result.outputIndex
      leafRequiresGrad = false
    }
    return self
  }

  /// After an in-place op on a view: the base's history becomes `CopySlices`, and the view is re-derived.
  ///
  /// `CopySlices`' own backward is computed without recording a graph (no double backward through it).
  private func rebaseThroughView(base: Tensor, replay: @escaping (Tensor) throws -> Tensor, node: GradFn)
    throws
  {
    let context = AutogradContext.current
    let baseEdge = base.gradientEdge
    var edges = [baseEdge]
    edges.append(contentsOf: node.edges.dropFirst())
    var metadata: [InputMetadata?] = [InputMetadata(shape: base.shape, dtype: base.dtype)]
    metadata.append(contentsOf: node.inputMetadata.dropFirst())
    let copySlices = GradFn(
      name: "CopySlices", edges: edges, inputMetadata: metadata, saved: [], outputCount: 1
    ) { grads, _ in
      guard let grad = grads[0] else { return Array(repeating: nil, count: edges.count) }
      context.pushGradEnabled(false)
      defer { context.popMode() }
      let gradBase = try grad.clonedValues()
      let region = try replay(gradBase)
      let regionGrad = try region.clonedValues()
      let saved = try node.unpackSaved()
      guard let formula = node.formula else { return Array(repeating: nil, count: edges.count) }
      let results = try formula([regionGrad], saved)
      if let selfGrad = results.first ?? nil {
        try region.writeValues(from: selfGrad)
      } else {
        try region.writeValues(from: try Tensor.zerosLike(region))
      }
      return [gradBase] + Array(results.dropFirst())
    }
    base.gradFn = copySlices
    base.outputIndex = 0
    base.leafRequiresGrad = false
    let regenerated = try replay(base)
    gradFn = regenerated.gradFn
    outputIndex = regenerated.outputIndex
  }

  /// PyTorch refuses in-place writes to one of several views made by one op while autograd is involved.
  private func checkMultiOutputViewWrite(operands: [Tensor]?) throws {
    guard let op = multiOutputViewOp else { return }
    let suffix =
      " This view is the output of a function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one."
    if requiresGrad {
      throw AutogradError.runtime(
        "Output \(outputIndex) of \(op) is a view and is being modified inplace." + suffix)
    }
    if operands?.contains(where: { $0.requiresGrad }) ?? false {
      throw AutogradError.runtime(
        "A view was created in no_grad mode and is being modified inplace with grad mode enabled." + suffix)
    }
  }

  /// `self.t_()`: transposes a ≤2-D tensor in place, changing only its geometry (`TBackward1`).
  @discardableResult
  public func t_() throws -> Tensor {
    guard rank <= 2 else {
      throw AutogradError.runtime("t_() expects a tensor with <= 2 dimensions, but self is \(rank)D")
    }
    let runtime = AutogradContext.current
    if isInference && !runtime.isInferenceModeEnabled {
      throw AutogradError.runtime(AutogradMessages.inferenceInPlace)
    }
    if runtime.isGradEnabled && isLeaf && leafRequiresGrad {
      throw AutogradError.runtime(AutogradMessages.leafInPlace)
    }
    let before = makeAlias()
    before.gradFn = gradFn
    before.outputIndex = outputIndex
    before.leafRequiresGrad = leafRequiresGrad
    if rank == 2 {
      shape.swapAt(0, 1)
      strides.swapAt(0, 1)
    }
    storage.version &+= 1
    if let previous = viewReplay { viewReplay = { base in try previous(base).t() } }
    let output = makeAlias()
    try Tensor.record("TBackward1", inputs: [before], outputs: [output]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try grad.t()]
    }
    if let node = output.gradFn {
      gradFn = node
      outputIndex = 0
    }
    return self
  }

  /// `self.add_(other, alpha=)` and `self += other`.
  @discardableResult
  public func add_(_ other: Operand, alpha: Scalar = .int(1)) throws -> Tensor {
    try inPlace(operands: other.tensors) { try Tensor.add(.tensor($0), other, alpha: alpha) }
  }

  /// `self.sub_(other, alpha=)` and `self -= other`.
  @discardableResult
  public func sub_(_ other: Operand, alpha: Scalar = .int(1)) throws -> Tensor {
    try inPlace(operands: other.tensors) { try Tensor.sub(.tensor($0), other, alpha: alpha) }
  }

  /// `self.mul_(other)` and `self *= other`.
  @discardableResult
  public func mul_(_ other: Operand) throws -> Tensor {
    try inPlace(operands: other.tensors) { try Tensor.mul(.tensor($0), other) }
  }

  /// `self.div_(other)` and `self /= other` (an integer tensor cannot hold the float result).
  @discardableResult
  public func div_(_ other: Operand) throws -> Tensor {
    try inPlace(operands: other.tensors) { try Tensor.div(.tensor($0), other) }
  }

  /// `self.pow_(other)`.
  @discardableResult
  public func pow_(_ other: Operand) throws -> Tensor {
    try inPlace(operands: other.tensors) { try Tensor.pow(.tensor($0), other) }
  }

  /// `self //= other` (`floor_divide_`); on a graph it records `NotImplemented` as PyTorch does.
  @discardableResult
  public func floorDivide_(_ other: Operand) throws -> Tensor {
    try inPlace(operands: other.tensors) { try Tensor.floorDivide(.tensor($0), other) }
  }

  /// `self %= other` (`remainder_`, `RemainderBackward0`).
  @discardableResult
  public func remainder_(_ other: Operand) throws -> Tensor {
    try inPlace(operands: other.tensors) { try Tensor.remainder(.tensor($0), other) }
  }

  /// `self.clamp_(min, max)`.
  @discardableResult
  public func clamp_(min lower: Scalar? = nil, max upper: Scalar? = nil) throws -> Tensor {
    let resultDType = clampResultDType(min: lower, max: upper)
    if resultDType != .bool, !TypePromotion.canCast(from: resultDType, to: dtype) {
      // The scalar clamp kernel names the target with its C++ type ("bool", "long int").
      throw AutogradError.runtime(
        "result type \(resultDType.scalarTypeName) can't be cast to the desired output type \(dtype.cTypeName)"
      )
    }
    return try inPlace(operands: []) { try $0.clamp(min: lower, max: upper) }
  }

  /// Whether two elements of this tensor share a storage location (a stride of 0 over a dimension longer than 1).
  var hasInternalOverlap: Bool {
    zip(shape, strides).contains { size, stride in size > 1 && stride == 0 }
  }

  /// `self.zero_()` (`ZeroBackward0`).
  @discardableResult
  public func zero_() throws -> Tensor {
    try inPlace(operands: [], allowsInternalOverlap: true) { input in
      let output = try Tensor.zerosLike(input)
      try Tensor.record("ZeroBackward0", inputs: [input], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil] }
        return [try grad.mul(.int(0))]
      }
      return output
    }
  }

  /// `self.fill_(value)` (`FillBackward2`).
  @discardableResult
  public func fill_(_ value: Scalar) throws -> Tensor {
    try inPlace(operands: [], allowsInternalOverlap: true) { input in
      let output = try Tensor.fullLike(input, value)
      try Tensor.record("FillBackward2", inputs: [input], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil] }
        return [try grad.mul(.int(0))]
      }
      return output
    }
  }

  /// `self.copy_(source)`: broadcasts and converts `source` into `self` (`CopyBackwards`).
  @discardableResult
  public func copy_(_ source: Operand) throws -> Tensor {
    let sourceTensor = Tensor.tensorOperand(source)
    if !Shape.canExpand(sourceTensor.shape, to: shape) {
      throw AutogradError.runtime(
        "The expanded size of the tensor (\(shape.last ?? 0)) must match the existing size (\(sourceTensor.shape.last ?? 0)) at non-singleton dimension \(Swift.max(shape.count - 1, 0)).  Target sizes: \(shape).  Tensor sizes: \(sourceTensor.shape)"
      )
    }
    let sourceShape = sourceTensor.shape
    let sourceDType = sourceTensor.dtype
    let targetDType = dtype
    return try inPlace(operands: [sourceTensor]) { input in
      let output: Tensor
      if targetDType.isFloatingPoint {
        output = Tensor(
          shape: input.shape, dtype: targetDType,
          floats: try sourceTensor.floatValues(expandedTo: input.shape))
      } else if targetDType == .bool {
        output = Tensor(
          shape: input.shape, dtype: targetDType,
          integers: try sourceTensor.floatValues(expandedTo: input.shape).map { $0 != 0 ? 1 : 0 })
      } else {
        output = Tensor(
          shape: input.shape, dtype: targetDType,
          integers: try sourceTensor.integerValues(expandedTo: input.shape))
      }
      try Tensor.record("CopyBackwards", inputs: [input, sourceTensor], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil, nil] }
        var sourceGrad = try grad.sumTo(sourceShape)
        if sourceDType.isFloatingPoint { sourceGrad = try sourceGrad.to(sourceDType) }
        return [try grad.mul(.int(0)), sourceGrad]
      }
      return output
    }
  }

  /// `self.uniform_(low, high)` from the default generator.
  @discardableResult
  public func uniform_(low: Double = 0, high: Double = 1, generator: Generator? = nil) throws -> Tensor {
    try Tensor.checkFloating(dtype, function: "rand")
    if let message = Generator.uniformRangeError(low: low, high: high, dtype: dtype) {
      throw AutogradError.runtime(message)
    }
    return try inPlace(operands: []) { input in
      let values = EngineSession.generator(generator).uniform(
        count: input.count, dtype: input.dtype, low: low, high: high)
      return Tensor(shape: input.shape, dtype: input.dtype, floats: values)
    }
  }

  /// `self.normal_(mean, std)` from the default generator.
  @discardableResult
  public func normal_(mean: Double = 0, std: Double = 1, generator: Generator? = nil) throws -> Tensor {
    try Tensor.checkFloating(dtype, function: "randn")
    if let message = Generator.normalStdError(std: std) { throw AutogradError.runtime(message) }
    return try inPlace(operands: []) { input in
      let values = EngineSession.generator(generator).normal(
        count: input.count, dtype: input.dtype, mean: mean, std: std)
      return Tensor(shape: input.shape, dtype: input.dtype, floats: values)
    }
  }

  /// `self[indices] = value`: a `copy_` into the indexed view (or an index_put for tensor indices).
  public func setIndex(_ indices: [TensorIndex], _ value: Operand) throws {
    if indices.contains(where: { if case .tensor = $0 { return true } else { return false } }) {
      try setAdvancedIndex(indices, value)
      return
    }
    let target = try index(indices)
    if case .scalar(let number) = value {
      try target.fill_(number)
    } else {
      try target.copy_(value)
    }
  }

  /// Python's `self += other`, `-=`, `*=`, `/=`: in place on the same object.
  public static func += (lhs: Tensor, rhs: Tensor) throws { try lhs.add_(.tensor(rhs)) }
  public static func += (lhs: Tensor, rhs: Double) throws { try lhs.add_(.float(rhs)) }
  public static func -= (lhs: Tensor, rhs: Tensor) throws { try lhs.sub_(.tensor(rhs)) }
  public static func -= (lhs: Tensor, rhs: Double) throws { try lhs.sub_(.float(rhs)) }
  public static func *= (lhs: Tensor, rhs: Tensor) throws { try lhs.mul_(.tensor(rhs)) }
  public static func *= (lhs: Tensor, rhs: Double) throws { try lhs.mul_(.float(rhs)) }
  public static func /= (lhs: Tensor, rhs: Tensor) throws { try lhs.div_(.tensor(rhs)) }
  public static func /= (lhs: Tensor, rhs: Double) throws { try lhs.div_(.float(rhs)) }
}
