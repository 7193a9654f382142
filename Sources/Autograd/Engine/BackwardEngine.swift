/// Runs a backward pass over the graph: PyTorch's engine order, accumulation, freeing and checks.
enum BackwardEngine {
  /// Differentiates `outputs` (seeded with `gradOutputs`, nil meaning implicit ones for one-element outputs).
  ///
  /// With `inputs` nil, gradients accumulate into leaves' `.grad` (`backward()`); otherwise the gradients
  /// of `inputs` are returned and no `.grad` is touched (`autograd.grad`).
  static func run(
    outputs: [Tensor], gradOutputs: [Tensor?], inputs: [Tensor]?, retainGraph: Bool, createGraph: Bool,
    allowUnused: Bool, materializeGrads: Bool
  ) throws -> [Tensor?] {
    let runtime = AutogradRuntime.shared
    // Seeds: one per output. As in PyTorch, every seed is checked (shape, implicit scalar seed for outputs that
    // require grad) before any output is checked for requiring grad.
    var seeds: [Tensor] = []
    seeds.reserveCapacity(outputs.count)
    for (index, output) in outputs.enumerated() {
      if let given = index < gradOutputs.count ? gradOutputs[index] : nil {
        if given.shape != output.shape {
          throw AutogradError.runtime(
            AutogradMessages.shapeMismatch(index, grad: given.shape, output: output.shape))
        }
        seeds.append(given)
      } else {
        if output.requiresGrad && output.count != 1 {
          throw AutogradError.runtime(AutogradMessages.implicitGradNonScalar)
        }
        seeds.append(
          output.requiresGrad ? try Tensor.full(output.shape, .float(1), dtype: output.dtype) : output)
      }
    }
    var roots: [(edge: (node: GradFn, index: Int), grad: Tensor)] = []
    roots.reserveCapacity(outputs.count)
    for (index, output) in outputs.enumerated() {
      guard output.requiresGrad, let node = output.gradientEdge.node else {
        throw AutogradError.runtime(AutogradMessages.doesNotRequireGrad(index))
      }
      roots.append(((node, output.gradientEdge.index), seeds[index]))
    }

    // Edges whose gradients autograd.grad returns.
    var captureEdges: [GraphEdge] = []
    if let inputs = inputs {
      for input in inputs {
        guard input.requiresGrad else {
          throw AutogradError.runtime("One of the differentiated Tensors does not require grad")
        }
        captureEdges.append(input.gradientEdge)
      }
    }

    // Discover the graph and count dependencies.
    var dependencies: [ObjectIdentifier: Int] = [:]
    var nodes: [ObjectIdentifier: GradFn] = [:]
    // Each node is expanded once, even when several outputs share it (`backward([y, y])`): counting its
    // edges twice would leave its inputs waiting forever for a second delivery.
    var stack: [GradFn] = []
    for root in roots where nodes.updateValue(root.edge.node, forKey: ObjectIdentifier(root.edge.node)) == nil {
      stack.append(root.edge.node)
    }
    while let node = stack.popLast() {
      for edge in node.edges {
        guard let next = edge.node else { continue }
        let key = ObjectIdentifier(next)
        dependencies[key, default: 0] += 1
        if nodes[key] == nil {
          nodes[key] = next
          stack.append(next)
        }
      }
    }

    // For autograd.grad: only run nodes below which a captured edge lies (iteratively: graphs can be long).
    var needed: Set<ObjectIdentifier>? = nil
    if inputs != nil {
      var targets = Set<ObjectIdentifier>()
      for edge in captureEdges { if let node = edge.node { targets.insert(ObjectIdentifier(node)) } }
      needed = nodesLeadingTo(targets, from: roots.map { $0.edge.node })
    }

    // Input buffers per node (one slot per node output).
    var buffers: [ObjectIdentifier: [Tensor?]] = [:]
    var captured: [ObjectIdentifier: [Int: Tensor]] = [:]

    runtime.pushGradEnabled(createGraph)
    defer { runtime.popMode() }

    func accumulate(_ grad: Tensor, into node: GradFn, slot: Int) throws {
      let key = ObjectIdentifier(node)
      var buffer = buffers[key] ?? Array(repeating: nil, count: Swift.max(node.outputCount, 1))
      guard slot >= 0, slot < buffer.count else { return }
      if let existing = buffer[slot] {
        buffer[slot] = try existing.add(grad)
      } else {
        buffer[slot] = grad
      }
      buffers[key] = buffer
    }

    for root in roots { try accumulate(root.grad, into: root.edge.node, slot: root.edge.index) }

    var ready = NodeHeap()
    var readySet = Set<ObjectIdentifier>()
    for root in roots {
      let key = ObjectIdentifier(root.edge.node)
      if dependencies[key, default: 0] == 0 && !readySet.contains(key) {
        readySet.insert(key)
        ready.push(root.edge.node)
      }
    }

    while let node = ready.pop() {
      let key = ObjectIdentifier(node)
      let grads = buffers[key] ?? []
      buffers[key] = nil

      // Capture for autograd.grad.
      for edge in captureEdges {
        if let target = edge.node, target === node, edge.index < grads.count, let grad = grads[edge.index] {
          captured[key, default: [:]][edge.index] = grad
        }
      }

      var inputGrads: [Tensor?] = []
      let shouldRun = needed.map { $0.contains(key) } ?? true
      if node.isAccumulateGrad {
        if inputs == nil, let leaf = node.variable, let incoming = grads.first ?? nil {
          try accumulateIntoLeaf(leaf, incoming, createGraph: createGraph)
        }
      } else if shouldRun {
        // retain_grad() hooks.
        if inputs == nil {
          for (index, weak) in node.retainedOutputs {
            guard let tensor = weak.tensor, index < grads.count, let grad = grads[index] else { continue }
            try accumulateRetained(tensor, grad)
          }
        }
        if grads.contains(where: { $0 != nil }), let formula = node.formula {
          let saved = try node.unpackSaved()
          // Formulas treat an absent output gradient (nil) as zeros.
          inputGrads = try formula(grads, saved)
        }
        if !retainGraph { node.release() }
      }

      for (index, edge) in node.edges.enumerated() {
        guard let next = edge.node else { continue }
        let nextKey = ObjectIdentifier(next)
        if index < inputGrads.count, var grad = inputGrads[index] {
          if index < node.inputMetadata.count, let meta = node.inputMetadata[index] {
            grad = try conform(grad, to: meta)
          }
          try accumulate(grad, into: next, slot: edge.index)
        }
        let remaining = dependencies[nextKey, default: 1] - 1
        dependencies[nextKey] = remaining
        if remaining == 0 && !readySet.contains(nextKey) {
          readySet.insert(nextKey)
          ready.push(next)
        }
      }
    }

    guard let inputs = inputs else { return [] }
    var results: [Tensor?] = []
    for (index, edge) in captureEdges.enumerated() {
      var grad: Tensor? = nil
      if let node = edge.node { grad = captured[ObjectIdentifier(node)]?[edge.index] }
      if let found = grad {
        let input = inputs[index]
        var value = try conform(found, to: InputMetadata(shape: input.shape, dtype: input.dtype))
        if !createGraph { value = value.detach() }
        results.append(value)
      } else if materializeGrads {
        results.append(try Tensor.zerosLike(inputs[index]))
      } else if allowUnused {
        results.append(nil)
      } else {
        throw AutogradError.runtime(AutogradMessages.unusedInput(index))
      }
    }
    return results
  }

  /// The nodes from which some node in `targets` is reachable through at least one edge.
  static func nodesLeadingTo(_ targets: Set<ObjectIdentifier>, from roots: [GradFn]) -> Set<ObjectIdentifier>
  {
    // Post-order over the DAG with an explicit stack, then propagate "leads to a target" upwards.
    var order: [GradFn] = []
    var visited = Set<ObjectIdentifier>()
    var stack: [(node: GradFn, expanded: Bool)] = roots.map { ($0, false) }
    while let (node, expanded) = stack.popLast() {
      let key = ObjectIdentifier(node)
      if expanded {
        order.append(node)
        continue
      }
      if visited.contains(key) { continue }
      visited.insert(key)
      stack.append((node, true))
      for edge in node.edges {
        if let next = edge.node, !visited.contains(ObjectIdentifier(next)) { stack.append((next, false)) }
      }
    }
    var leads = Set<ObjectIdentifier>()
    for node in order {
      for edge in node.edges {
        guard let next = edge.node else { continue }
        let key = ObjectIdentifier(next)
        if targets.contains(key) || leads.contains(key) {
          leads.insert(ObjectIdentifier(node))
          break
        }
      }
    }
    return leads
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
}

/// A max-heap of ready nodes by sequence number (newest first; AccumulateGrad nodes first of all).
struct NodeHeap {
  private var items: [GradFn] = []

  mutating func push(_ node: GradFn) {
    items.append(node)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      if items[parent].sequenceNumber >= items[child].sequenceNumber { break }
      items.swapAt(parent, child)
      child = parent
    }
  }

  mutating func pop() -> GradFn? {
    guard !items.isEmpty else { return nil }
    items.swapAt(0, items.count - 1)
    let top = items.removeLast()
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var largest = parent
      if left < items.count && items[left].sequenceNumber > items[largest].sequenceNumber { largest = left }
      if right < items.count && items[right].sequenceNumber > items[largest].sequenceNumber {
        largest = right
      }
      if largest == parent { break }
      items.swapAt(parent, largest)
      parent = largest
    }
    return top
  }
}
