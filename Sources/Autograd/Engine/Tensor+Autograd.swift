/// Autograd-facing API of tensors: requires_grad, grad, retain_grad, detach, backward, and op recording.
extension Tensor {
  /// A tensor sharing storage, shape and version counter, without autograd history (internal use).
  func makeAlias() -> Tensor {
    let alias = Tensor(storage: storage, shape: shape, strides: strides, offset: storageOffset, dtype: dtype)
    alias.isInference = isInference
    return alias
  }

  /// `t.detach()`: shares storage (writes are visible both ways), no grad_fn, `requires_grad=False`.
  public func detach() -> Tensor { makeAlias() }

  /// `t.detach_()`: drops this tensor's history in place (a leaf without `requires_grad`); views refuse.
  @discardableResult
  public func detach_() throws -> Tensor {
    if viewBase != nil {
      throw AutogradError.runtime(
        "Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence detach_() cannot be called on these gradients. To fix this error, please refer to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution."
      )
    }
    gradFn = nil
    outputIndex = 0
    leafRequiresGrad = false
    retainsGrad = false
    return self
  }

  /// `t.data`: like `detach()`.
  public var data: Tensor { makeAlias() }

  /// The leaf's `AccumulateGrad` node; the same object for as long as a graph holds it.
  public func gradAccumulator() -> GradFn {
    if let existing = accumulator { return existing }
    let node = GradFn(accumulatingInto: self)
    accumulator = node
    return node
  }

  /// The edge a consumer of this tensor records: `(grad_fn, output)`, `(AccumulateGrad, 0)` or `(nil, 0)`.
  var gradientEdge: GraphEdge {
    if let node = gradFn { return GraphEdge(node: node, index: outputIndex) }
    if leafRequiresGrad { return GraphEdge(node: gradAccumulator(), index: 0) }
    return GraphEdge(node: nil, index: 0)
  }

  // MARK: requires_grad

  /// `t.requires_grad_(flag)`, with PyTorch's checks.
  @discardableResult
  public func requiresGrad_(_ flag: Bool = true) throws -> Tensor {
    if !isLeaf {
      if flag { return self }
      throw AutogradError.runtime(AutogradMessages.nonLeafRequiresGradChange)
    }
    if flag && !dtype.isFloatingPoint {
      throw AutogradError.runtime(AutogradMessages.methodRequiresGradDType)
    }
    leafRequiresGrad = flag
    return self
  }

  /// `t.requires_grad = flag` (attribute assignment), with its slightly different message.
  public func setRequiresGrad(_ flag: Bool) throws {
    if !isLeaf {
      if flag { return }
      throw AutogradError.runtime(AutogradMessages.nonLeafRequiresGradChange)
    }
    if flag && !dtype.isFloatingPoint {
      throw AutogradError.runtime(AutogradMessages.attributeRequiresGradDType)
    }
    leafRequiresGrad = flag
  }

  /// Applies a factory's `requires_grad=` argument.
  func applyFactoryRequiresGrad(_ flag: Bool) throws -> Tensor {
    if flag {
      if !dtype.isFloatingPoint { throw AutogradError.runtime(AutogradMessages.factoryRequiresGradDType) }
      leafRequiresGrad = true
    }
    return self
  }

  // MARK: grad

  /// `t.grad`. Reading it on a non-leaf that does not retain grad returns nil and emits PyTorch's UserWarning.
  public var grad: Tensor? {
    if !isLeaf && !retainsGrad {
      AutogradContext.current.warn(AutogradMessages.nonLeafGradWarning)
      return nil
    }
    return storedGrad
  }

  /// `t.grad` without the non-leaf warning (for printing and internal use).
  public var gradIfPresent: Tensor? { storedGrad }

  /// `t.grad = value`, with PyTorch's checks (same size, same dtype).
  public func setGrad(_ value: Tensor?) throws {
    guard let value = value else {
      storedGrad = nil
      return
    }
    if value.dtype != dtype {
      throw AutogradError.runtime(
        "attempting to assign a gradient with dtype '\(value.dtype.cTypeName)' to a tensor with grad_dtype '\(dtype.scalarTypeName)'. The gradient must match the tensor's grad_dtype (defaults to the tensor's dtype). You can set the tensor's grad_dtype attribute with a specific dtype, or None to allow any dtype. Set grad_dtype with caution. Diverging the dtypes of a tensor and its gradient may break downstream systems that assume they match."
      )
    }
    if value.shape != shape {
      throw AutogradError.runtime(
        "attempting to assign a gradient of size '\(value.shape)' to a tensor of size '\(shape)'. Please ensure that the gradient and the tensor are the same size"
      )
    }
    storedGrad = value
  }

  /// What `zero_grad` (of a module or an optimizer) does to one parameter: drops its gradient, or, without
  /// `setToNone`, detaches it and fills it with zeros in place, as PyTorch does.
  public func clearGrad(setToNone: Bool) throws {
    guard let grad = storedGrad else { return }
    if setToNone {
      storedGrad = nil
    } else {
      _ = try grad.detach_()
      _ = try grad.zero_()
    }
  }

  /// `t.retain_grad()`: makes backward populate `.grad` of a non-leaf; a no-op on leaves.
  public func retainGrad() throws {
    if !requiresGrad { throw AutogradError.runtime(AutogradMessages.retainGradWithoutGrad) }
    if isLeaf { return }
    retainsGrad = true
    if let node = gradFn { node.retainedOutputs[outputIndex] = WeakTensor(tensor: self) }
  }

  // MARK: Recording

  /// Whether an op over these inputs must record a node.
  static func isRecording(_ inputs: [Tensor?], in context: AutogradContext = .current) -> Bool {
    guard context.isGradEnabled else { return false }
    for case let input? in inputs where input.requiresGrad { return true }
    return false
  }

  /// Attaches a new node named `name` to `outputs` when recording; `formula` maps output grads to input grads.
  ///
  /// `inputs` lists the differentiable arguments in order (nil for a Python-scalar argument PyTorch still
  /// lists as `(None, 0)`); `saving` lists tensors the formula needs (outputs among them are saved as outputs).
  static func record(
    _ name: String, inputs: [Tensor?], outputs: [Tensor], saving: [Tensor] = [],
    formula: @escaping GradFn.Formula
  ) throws {
    // One read of `current` per op: each costs a thread-local lookup and a retain.
    let context = AutogradContext.current
    guard isRecording(inputs, in: context) else { return }
    var saved: [SavedTensor] = []
    for tensor in saving {
      if tensor.isInference && !context.isInferenceModeEnabled {
        throw AutogradError.runtime(AutogradMessages.inferenceSaved)
      }
      if let position = outputs.firstIndex(where: { $0 === tensor }) {
        saved.append(SavedTensor(output: tensor, index: position))
      } else {
        saved.append(SavedTensor(input: tensor))
      }
    }
    var edges: [GraphEdge] = []
    var metadata: [InputMetadata?] = []
    edges.reserveCapacity(inputs.count)
    metadata.reserveCapacity(inputs.count)
    for input in inputs {
      if let input = input {
        edges.append(input.gradientEdge)
        metadata.append(InputMetadata(shape: input.shape, dtype: input.dtype))
      } else {
        edges.append(GraphEdge(node: nil, index: 0))
        metadata.append(nil)
      }
    }
    let node = GradFn(
      name: name, edges: edges, inputMetadata: metadata, saved: saved, outputCount: outputs.count,
      formula: formula, context: context)
    for (index, output) in outputs.enumerated() {
      output.gradFn = node
      output.outputIndex = index
      output.leafRequiresGrad = false
    }
  }

  // MARK: backward

  /// `t.backward(gradient, retain_graph, create_graph)`: accumulates gradients into the leaves' `.grad`.
  public func backward(gradient: Tensor? = nil, retainGraph: Bool? = nil, createGraph: Bool = false) throws {
    try Tensor.backward([self], gradients: [gradient], retainGraph: retainGraph, createGraph: createGraph)
  }

  /// `torch.autograd.backward(tensors, grad_tensors, retain_graph, create_graph)`: one backward pass over
  /// all `outputs` (nil gradients are implicit ones for one-element outputs; extra gradients are ignored,
  /// as PyTorch does).
  public static func backward(
    _ outputs: [Tensor], gradients: [Tensor?], retainGraph: Bool? = nil, createGraph: Bool = false
  ) throws {
    guard gradients.count >= outputs.count else {
      throw AutogradError.runtime("got \(outputs.count) tensors and \(gradients.count) gradients")
    }
    // PyTorch's engine warns with TORCH_WARN_ONCE: the first create_graph backward of a process only.
    if createGraph { AutogradContext.current.warnOnce(AutogradMessages.createGraphWarning) }
    try BackwardEngine.backward(
      outputs: outputs, gradOutputs: gradients, retainGraph: retainGraph ?? createGraph,
      createGraph: createGraph)
  }

  /// `torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)`.
  ///
  /// Returns one gradient per input (nil only when `allowUnused` and the input is unreachable);
  /// does not touch any `.grad`.
  public static func grad(
    outputs: [Tensor], inputs: [Tensor], gradOutputs: [Tensor?]? = nil, retainGraph: Bool? = nil,
    createGraph: Bool = false, allowUnused: Bool = false, materializeGrads: Bool = false
  ) throws -> [Tensor?] {
    let seeds = gradOutputs ?? Array(repeating: nil, count: outputs.count)
    guard seeds.count == outputs.count else {
      throw AutogradError.runtime(
        "grad requires one grad_output per output: got \(seeds.count) grad_outputs and \(outputs.count) outputs"
      )
    }
    return try BackwardEngine.grad(
      outputs: outputs, gradOutputs: seeds, inputs: inputs, retainGraph: retainGraph ?? createGraph,
      createGraph: createGraph,
      ifUnused: materializeGrads ? .returnZeros : allowUnused ? .returnNil : .raiseError)
  }
}
