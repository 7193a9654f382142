import Autograd

/// Walks the engine's graph from some tensors and nodes and makes an `AutogradGraph` of what it finds.
///
/// The walk is breadth-first and iterative (a chain of 100,000 nodes must not overflow the stack, torchviz #57), keeps
/// the first `nodeLimit` nodes it meets (those nearest the roots) and goes on only to count the others. It reads the
/// graph and changes nothing: no `AccumulateGrad` is made, no `.grad` warning raised.
struct GraphBuilder {
  /// Where the walk starts.
  enum Root {
    case tensor(Tensor)
    case function(GradFn)
  }

  /// A thing the walk meets: a tensor in some role, a `grad_fn` node, or one tensor a node saved.
  private enum Item {
    case tensor(Tensor, AutogradGraph.TensorRole)
    case function(GradFn)
    case saved(owner: GradFn, index: Int, GradFn.SavedValue)

    var key: Key {
      switch self {
      case .tensor(let tensor, _): return .object(ObjectIdentifier(tensor))
      case .function(let node): return .object(ObjectIdentifier(node))
      case .saved(let owner, let index, _): return .saved(ObjectIdentifier(owner), index)
      }
    }

    /// Creation order: the session's object counter; a saved tensor right after the node that saved it.
    var order: (Int, Int) {
      switch self {
      case .tensor(let tensor, _): return (tensor.objectID, 0)
      case .function(let node): return (node.objectID, 0)
      case .saved(let owner, let index, _): return (owner.objectID, index + 1)
      }
    }
  }

  /// Identity of an item: a saved tensor is its own node even when a variable holds the same tensor (torchviz draws
  /// saved tensors apart too).
  private enum Key: Hashable {
    case object(ObjectIdentifier)
    case saved(ObjectIdentifier, Int)
  }

  /// An item's out-links before ids are known.
  private enum Child {
    case item(Item)
    case none
  }

  private struct Expansion {
    var gradFn: Child?
    var viewBase: Child?
    var inputs: [Child] = []
    var variable: Child?
    var saved: [Child] = []
  }

  let request: GraphRequest
  let names: TensorNames

  /// The graph reachable from `roots`.
  func build(from roots: [Root]) -> AutogradGraph {
    var queue: [Item] = []
    var discovered: [Key: Int] = [:]
    func discover(_ item: Item) {
      guard let index = discovered[item.key] else {
        discovered[item.key] = queue.count
        queue.append(item)
        return
      }
      // A view's base that is also a leaf is coloured as a leaf, as torchviz (which meets it first that way) does.
      if case .tensor(let tensor, .leaf) = item, index >= 0, index < queue.count,
        case .tensor(_, .viewBase) = queue[index]
      {
        queue[index] = .tensor(tensor, .leaf)
      }
    }
    for root in roots {
      switch root {
      case .tensor(let tensor): discover(.tensor(tensor, .output))
      case .function(let node): discover(.function(node))
      }
    }
    let rootKeys = queue.map(\.key)
    var kept: [(item: Item, expansion: Expansion)] = []
    var head = 0
    while head < queue.count {
      let item = queue[head]
      head += 1
      let expansion = expand(item)
      for child in Self.children(of: expansion) { discover(child) }
      if kept.count < max(request.nodeLimit, 1) { kept.append((item, expansion)) }
    }
    let ordered = kept.sorted { $0.item.order < $1.item.order }
    var ids: [Key: Int] = [:]
    for (offset, entry) in ordered.enumerated() { ids[entry.item.key] = offset + 1 }
    func link(_ child: Child) -> AutogradGraph.Link {
      switch child {
      case .none: return .none
      case .item(let item): return ids[item.key].map { .node($0) } ?? .omitted
      }
    }
    let nodes = ordered.enumerated().map { offset, entry -> AutogradGraph.Node in
      let expansion = entry.expansion
      return AutogradGraph.Node(
        id: offset + 1, kind: kind(of: entry.item), gradFn: expansion.gradFn.map(link),
        viewBase: expansion.viewBase.map(link), inputs: expansion.inputs.map(link),
        variable: expansion.variable.map(link), saved: expansion.saved.map(link))
    }
    return AutogradGraph(
      nodes: nodes, roots: rootKeys.compactMap { ids[$0] }, omittedCount: queue.count - kept.count)
  }

  /// What `item` points at, by the rules torchviz draws with: an output goes on to its `grad_fn` and, for a view,
  /// to its base; a node to its `next_functions`, its leaf and (when asked) its saved tensors.
  private func expand(_ item: Item) -> Expansion {
    var expansion = Expansion()
    switch item {
    case .tensor(let tensor, let role):
      guard role == .output || role == .viewBase else { break }
      expansion.gradFn = tensor.gradFn.map { .item(.function($0)) }
      if role == .output, let base = tensor.viewBase, base !== tensor {
        expansion.viewBase = .item(.tensor(base, .viewBase))
      }
    case .function(let node):
      expansion.inputs = node.nextFunctions.map { edge in edge.node.map { .item(.function($0)) } ?? .none }
      expansion.variable = node.variable.map { .item(.tensor($0, .leaf)) }
      if request.showsSaved {
        expansion.saved = node.savedValues.enumerated().map { .item(.saved(owner: node, index: $0, $1)) }
      }
    case .saved:
      break
    }
    return expansion
  }

  private static func children(of expansion: Expansion) -> [Item] {
    let all =
      [expansion.gradFn, expansion.viewBase].compactMap { $0 } + expansion.inputs
      + (expansion.variable.map { [$0] } ?? []) + expansion.saved
    return all.compactMap { if case .item(let item) = $0 { return item } else { return nil } }
  }

  private func kind(of item: Item) -> AutogradGraph.Node.Kind {
    switch item {
    case .tensor(let tensor, let role):
      return .tensor(info(tensor, names: names.names(of: tensor), role: role), role)
    case .function(let node):
      return .function(
        name: node.name, producedNames: names.names(producedBy: node),
        savedFreed: request.showsSaved && node.savedValuesWereFreed)
    case .saved(_, _, let saved):
      let role = AutogradGraph.TensorRole.saved(isResult: saved.isOutput)
      let bound = saved.isOutput ? [] : names.names(of: saved.tensor)
      return .tensor(info(saved.tensor, names: bound, role: role), role)
    }
  }

  private func info(_ tensor: Tensor, names: [String], role: AutogradGraph.TensorRole)
    -> AutogradGraph.TensorInfo
  {
    var info = AutogradGraph.TensorInfo(
      names: names, shape: tensor.shape, dtype: tensor.dtype.rawValue, requiresGrad: tensor.requiresGrad,
      isLeaf: tensor.isLeaf, retainsGrad: tensor.retainsGrad, viewOf: nil, grad: nil)
    if role == .output, let base = tensor.viewBase, base !== tensor {
      info.viewOf = self.names.names(of: base)
    }
    if request.showsGrads, tensor.isLeaf || tensor.retainsGrad, tensor.requiresGrad {
      info.grad = Self.gradText(tensor.gradIfPresent)
    }
    return info
  }

  /// Gradients up to this many elements are printed in full; bigger ones by their shape.
  static let printedGradLimit = 16

  /// `.grad` on one line: `None`, `tensor([2., 2.])`, or `[4, 5] tensor` when it is too big to print.
  static func gradText(_ grad: Tensor?) -> String {
    guard let grad else { return "None" }
    guard grad.count <= printedGradLimit else { return AutogradGraph.shapeText(grad.shape) + " tensor" }
    var text = ""
    var pendingSpace = false
    for character in grad.description {
      if character == "\n" {
        pendingSpace = true
      } else if pendingSpace, character == " " {
        continue
      } else {
        if pendingSpace { text.append(" ") }
        pendingSpace = false
        text.append(character)
      }
    }
    return text
  }
}
