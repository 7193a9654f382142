/// One backward pass, run in phases: seed (`init`), `discover`, `prune`, `execute`, then `results`.
///
/// `backward()` and `autograd.grad` differ only in their ``Target``, i.e. in what happens to the
/// gradients that reach the graph's sinks; the walk itself is shared.
struct GraphTask {
  /// What the pass does with the gradients it computes.
  enum Target {
    /// `backward()`: adds into the leaves' `.grad` and into `retain_grad()` tensors.
    case accumulate
    /// `autograd.grad`: hands back the gradients flowing into these inputs; no `.grad` changes.
    case capture([Tensor], ifUnused: UnusedInputs)
  }

  /// What `autograd.grad` returns for an input no gradient reached.
  enum UnusedInputs {
    /// `allow_unused=False`: PyTorch's "appears to not have been used in the graph" error.
    case raiseError
    /// `allow_unused=True`: None.
    case returnNil
    /// `materialize_grads=True`: zeros shaped like the input.
    case returnZeros
  }

  /// Where a gradient enters the graph: the node that produced an output, which of its outputs, the seed.
  struct Root {
    let node: GradFn
    let slot: Int
    let grad: Tensor
  }

  let target: Target
  let retainGraph: Bool
  let createGraph: Bool
  let roots: [Root]
  /// For `.capture`: per input, the edge whose incoming gradient is the input's result.
  let captureEdges: [GraphEdge]
  /// Per node: how many edges from nodes not yet executed still point at it.
  private var dependencies: [ObjectIdentifier: Int] = [:]
  /// The nodes whose formula runs; nil runs every node (`.accumulate`).
  private var nodesToRun: Set<ObjectIdentifier>? = nil
  /// Per node: the gradient summed so far for each of its outputs (nil: none arrived yet).
  private var buffers: [ObjectIdentifier: [Tensor?]] = [:]
  /// For `.capture`: per input, the gradient seen arriving through its edge.
  private var captured: [Tensor?]

  // MARK: Seed

  /// Seeds the pass: one gradient per output (`gradOutputs`, nil meaning implicit ones for one-element
  /// outputs), with PyTorch's checks in PyTorch's order: every seed (shape, implicit scalar) before any
  /// output is checked for requiring grad, and outputs before inputs.
  init(
    outputs: [Tensor], gradOutputs: [Tensor?], target: Target, retainGraph: Bool, createGraph: Bool
  ) throws {
    self.target = target
    self.retainGraph = retainGraph
    self.createGraph = createGraph
    var seeds: [Tensor] = []
    seeds.reserveCapacity(outputs.count)
    for (index, output) in outputs.enumerated() {
      let given = index < gradOutputs.count ? gradOutputs[index] : nil
      seeds.append(try Self.seed(for: output, at: index, given: given))
    }
    var roots: [Root] = []
    roots.reserveCapacity(outputs.count)
    for (index, output) in outputs.enumerated() {
      let edge = output.gradientEdge
      guard output.requiresGrad, let node = edge.node else {
        throw AutogradError.runtime(AutogradMessages.doesNotRequireGrad(index))
      }
      roots.append(Root(node: node, slot: edge.index, grad: seeds[index]))
    }
    self.roots = roots
    var captureEdges: [GraphEdge] = []
    if case .capture(let inputs, _) = target {
      for input in inputs {
        guard input.requiresGrad else {
          throw AutogradError.runtime("One of the differentiated Tensors does not require grad")
        }
        captureEdges.append(input.gradientEdge)
      }
    }
    self.captureEdges = captureEdges
    captured = Array(repeating: nil, count: captureEdges.count)
  }

  /// The gradient a backward pass starts from at `output`: the given one (same shape), or ones.
  private static func seed(for output: Tensor, at index: Int, given: Tensor?) throws -> Tensor {
    if let given {
      guard given.shape == output.shape else {
        throw AutogradError.runtime(
          AutogradMessages.shapeMismatch(index, grad: given.shape, output: output.shape))
      }
      return given
    }
    guard output.requiresGrad else { return output }
    guard output.count == 1 else { throw AutogradError.runtime(AutogradMessages.implicitGradNonScalar) }
    return try Tensor.full(output.shape, .float(1), dtype: output.dtype)
  }

  // MARK: Discover

  /// Finds every node reachable from the roots and counts the edges pointing at each.
  mutating func discover() {
    // Each node is expanded once, even when several outputs share it (`backward([y, y])`): counting its
    // edges twice would leave its inputs waiting forever for a second delivery.
    var seen = Set<ObjectIdentifier>()
    var stack = roots.map(\.node).filter { seen.insert(ObjectIdentifier($0)).inserted }
    while let node = stack.popLast() {
      for edge in node.edges {
        guard let next = edge.node else { continue }
        let key = ObjectIdentifier(next)
        dependencies[key, default: 0] += 1
        if seen.insert(key).inserted { stack.append(next) }
      }
    }
  }

  // MARK: Prune

  /// For `.capture`: only nodes from which a captured edge can be reached run their formula, as in
  /// PyTorch (the others are still walked, so the order of the rest is unchanged, but compute nothing).
  mutating func prune() {
    guard case .capture = target else { return }
    var targets = Set<ObjectIdentifier>()
    for edge in captureEdges {
      if let node = edge.node { targets.insert(ObjectIdentifier(node)) }
    }
    nodesToRun = Self.nodesLeading(to: targets, from: roots.map(\.node))
  }

  /// The nodes from which some node in `targets` is reachable through at least one edge.
  private static func nodesLeading(to targets: Set<ObjectIdentifier>, from roots: [GradFn])
    -> Set<ObjectIdentifier>
  {
    // Post-order with an explicit stack (graphs can be 100,000 nodes long), then propagate "leads to a
    // target" from the sinks upwards.
    var order: [GradFn] = []
    var visited = Set<ObjectIdentifier>()
    var stack: [(node: GradFn, expanded: Bool)] = roots.map { ($0, false) }
    while let (node, expanded) = stack.popLast() {
      if expanded {
        order.append(node)
        continue
      }
      guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
      stack.append((node, true))
      for edge in node.edges {
        if let next = edge.node, !visited.contains(ObjectIdentifier(next)) { stack.append((next, false)) }
      }
    }
    var leads = Set<ObjectIdentifier>()
    for node in order {
      let reachesTarget = node.edges.contains { edge in
        guard let next = edge.node else { return false }
        let key = ObjectIdentifier(next)
        return targets.contains(key) || leads.contains(key)
      }
      if reachesTarget { leads.insert(ObjectIdentifier(node)) }
    }
    return leads
  }

  // MARK: Execute

  /// Walks the graph in PyTorch's order: a node runs once every edge into it has delivered, and among
  /// ready nodes the newest (highest sequence number) goes first. Grad mode is `create_graph` throughout.
  mutating func execute() throws {
    let context = AutogradContext.current
    context.pushGradEnabled(createGraph)
    defer { context.popMode() }
    for root in roots { try deliver(root.grad, to: root.node, slot: root.slot) }
    var ready = NodeHeap()
    var queued = Set<ObjectIdentifier>()
    for root in roots where dependencies[ObjectIdentifier(root.node), default: 0] == 0 {
      // Two outputs of one node share a root; a node reached through an edge is never a ready root.
      if queued.insert(ObjectIdentifier(root.node)).inserted { ready.push(root.node) }
    }
    while let node = ready.pop() {
      var grads = buffers.removeValue(forKey: ObjectIdentifier(node)) ?? []
      if runsHooks(of: node) { grads = try BackwardEngine.runTensorHooks(of: node, on: grads) }
      capture(grads, arrivingAt: node)
      let inputGrads = try evaluate(node, grads)
      try propagate(inputGrads, from: node, into: &ready)
    }
  }

  /// Whether `register_hook` functions run on the gradients entering `node`: when the pass needs the
  /// node, or captures a gradient arriving at it (`autograd.grad` on a leaf runs the leaf's hooks).
  private func runsHooks(of node: GradFn) -> Bool {
    (nodesToRun?.contains(ObjectIdentifier(node)) ?? true) || captureEdges.contains { $0.node === node }
  }

  /// Adds `grad` into the buffer slot of `node`'s output `slot`.
  private mutating func deliver(_ grad: Tensor, to node: GradFn, slot: Int) throws {
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

  /// For `.capture`: records the gradients arriving through captured edges at `node`.
  private mutating func capture(_ grads: [Tensor?], arrivingAt node: GradFn) {
    for (input, edge) in captureEdges.enumerated() where edge.node === node && edge.index < grads.count {
      if let grad = grads[edge.index] { captured[input] = grad }
    }
  }

  /// Runs `node` on its output gradients and returns one gradient per edge (empty: nothing flows on).
  ///
  /// AccumulateGrad stores into its leaf (for `.accumulate` only). Any other node that the pass needs
  /// fires its `retain_grad()` hooks (`.accumulate` only), applies its formula, and frees its saved
  /// tensors unless the graph is retained.
  private func evaluate(_ node: GradFn, _ grads: [Tensor?]) throws -> [Tensor?] {
    if node.isAccumulateGrad {
      if case .accumulate = target, let leaf = node.variable, let incoming = grads.first ?? nil {
        try BackwardEngine.accumulateIntoLeaf(leaf, incoming, createGraph: createGraph)
      }
      return []
    }
    if let nodesToRun, !nodesToRun.contains(ObjectIdentifier(node)) { return [] }
    if case .accumulate = target {
      for (index, weak) in node.retainedOutputs {
        guard let tensor = weak.tensor, index < grads.count, let grad = grads[index] else { continue }
        try BackwardEngine.accumulateRetained(tensor, grad)
      }
    }
    var inputGrads: [Tensor?] = []
    if grads.contains(where: { $0 != nil }), let formula = node.formula {
      // Formulas treat an absent output gradient (nil) as zeros.
      inputGrads = try formula(grads, try node.unpackSaved())
    }
    if !retainGraph { node.release() }
    return inputGrads
  }

  /// Sends each input gradient of `node` along its edge (shaped to the input) and queues the nodes
  /// whose last pending edge this was.
  private mutating func propagate(_ inputGrads: [Tensor?], from node: GradFn, into ready: inout NodeHeap)
    throws
  {
    for (index, edge) in node.edges.enumerated() {
      guard let next = edge.node else { continue }
      if index < inputGrads.count, var grad = inputGrads[index] {
        if index < node.inputMetadata.count, let meta = node.inputMetadata[index] {
          grad = try BackwardEngine.conform(grad, to: meta)
        }
        try deliver(grad, to: next, slot: edge.index)
      }
      let key = ObjectIdentifier(next)
      let remaining = dependencies[key, default: 1] - 1
      dependencies[key] = remaining
      if remaining == 0 { ready.push(next) }
    }
  }

  // MARK: Results

  /// For `.capture`: per input, its gradient shaped and typed like the input (detached unless
  /// `create_graph`), or what the target's ``UnusedInputs`` says when none arrived. Empty for `.accumulate`.
  func results() throws -> [Tensor?] {
    guard case .capture(let inputs, let unused) = target else { return [] }
    var results: [Tensor?] = []
    results.reserveCapacity(inputs.count)
    for (index, input) in inputs.enumerated() {
      if let grad = captured[index] {
        let value = try BackwardEngine.conform(
          grad, to: InputMetadata(shape: input.shape, dtype: input.dtype))
        results.append(createGraph ? value : value.detach())
        continue
      }
      switch unused {
      case .returnZeros: results.append(try Tensor.zerosLike(input))
      case .returnNil: results.append(nil)
      case .raiseError: throw AutogradError.runtime(AutogradMessages.unusedInput(index))
      }
    }
    return results
  }
}
