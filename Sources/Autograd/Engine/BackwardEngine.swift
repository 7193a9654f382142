/// The two ways into the graph task, and what a backward pass does at the graph's sinks.
enum BackwardEngine {
  /// `backward()` / `torch.autograd.backward`: accumulates into the leaves' `.grad` (and `retain_grad()`
  /// tensors). `gradOutputs` seeds the outputs, nil meaning implicit ones for one-element outputs.
  static func backward(outputs: [Tensor], gradOutputs: [Tensor?], retainGraph: Bool, createGraph: Bool) throws
  {
    var task = try GraphTask(
      outputs: outputs, gradOutputs: gradOutputs, target: .accumulate, retainGraph: retainGraph,
      createGraph: createGraph)
    task.discover()
    try task.execute()
  }

  /// `torch.autograd.grad`: the gradients of `outputs` with respect to `inputs`; no `.grad` is touched.
  static func grad(
    outputs: [Tensor], gradOutputs: [Tensor?], inputs: [Tensor], retainGraph: Bool, createGraph: Bool,
    ifUnused unused: GraphTask.UnusedInputs
  ) throws -> [Tensor?] {
    var task = try GraphTask(
      outputs: outputs, gradOutputs: gradOutputs, target: .capture(inputs, ifUnused: unused),
      retainGraph: retainGraph, createGraph: createGraph)
    task.discover()
    task.prune()
    try task.execute()
    return try task.results()
  }

  /// Casts a gradient to the input's dtype and reduces a broadcast gradient to the input's shape.
  static func conform(_ grad: Tensor, to meta: InputMetadata) throws -> Tensor {
    var result = grad
    if result.shape != meta.shape { result = try result.sumTo(meta.shape) }
    if result.dtype != meta.dtype && meta.dtype.isFloatingPoint { result = try result.to(meta.dtype) }
    return result
  }

  /// AccumulateGrad: stores the first gradient, then adds in place (out of place under create_graph).
  ///
  /// As in PyTorch, only grad mode (create_graph) decides: a `.grad` that itself has a graph (from an
  /// earlier create_graph backward) is still added to in place, keeping its identity and `grad_fn`.
  static func accumulateIntoLeaf(_ leaf: Tensor, _ incoming: Tensor, createGraph: Bool) throws {
    var grad = try conform(incoming, to: InputMetadata(shape: leaf.shape, dtype: leaf.dtype))
    if let existing = leaf.storedGrad {
      if createGraph {
        leaf.storedGrad = try existing.add(grad)
      } else {
        let sum = try existing.detach().add(grad.detach())
        try existing.writeValues(from: sum)
        existing.storage.version &+= 1
      }
      return
    }
    if createGraph {
      grad = try Tensor.unaryRecorded(grad, name: "CopyBackwards") {
        try $0.clonedValues()
      } derivative: { g, _ in
        g
      }
    } else {
      grad = try grad.detach().clonedValues()
    }
    leaf.storedGrad = grad
  }

  /// retain_grad(): stores a clone of the first gradient flowing into a non-leaf, then adds out of place.
  ///
  /// Runs in the pass's grad mode, so under create_graph the stored gradient records `CloneBackward0`
  /// (or `AddBackward0`), as PyTorch's retain_grad hook does.
  static func accumulateRetained(_ tensor: Tensor, _ incoming: Tensor) throws {
    if let existing = tensor.storedGrad {
      tensor.storedGrad = try existing.add(incoming)
    } else {
      tensor.storedGrad = try incoming.clone()
    }
  }

  /// `register_hook` functions for the gradients about to enter `node`: a leaf's hooks before its
  /// AccumulateGrad, a non-leaf's before the node that produced it (and before retain_grad and capture).
  static func runTensorHooks(of node: GradFn, on grads: [Tensor?]) throws -> [Tensor?] {
    var result = grads
    if node.isAccumulateGrad {
      if let leaf = node.variable, !leaf.gradHooks.isEmpty, let grad = result.first ?? nil {
        result[0] = try TensorHook.apply(leaf.gradHooks, to: grad)
      }
      return result
    }
    for (index, hooks) in node.tensorPreHooks where !hooks.isEmpty && index < result.count {
      if let grad = result[index] { result[index] = try TensorHook.apply(hooks, to: grad) }
    }
    return result
  }
}
