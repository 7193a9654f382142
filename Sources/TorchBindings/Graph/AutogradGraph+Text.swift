extension AutogradGraph {
  /// The canonical text form: an indented tree from each root down to the leaves, one node a line, children in
  /// `next_functions` order (`None` entries included, as `next_functions` shows them), then saved tensors in label
  /// order. A node met again is not expanded twice: it is marked `#1`, `#2`, … in the order the tree first shows such
  /// nodes, and the later line starts with `↑`. What lies past the node limit is one `… N more` line. This is what a
  /// `graph` fence holds and `gradbook run` shows. Everything in it can be read off PyTorch's own graph (names,
  /// `next_functions`, `_saved_*`), so `tools/pytorch_expected.py` checks these fences against real PyTorch.
  public var text: String {
    var references: [Int: Int] = [:]
    for root in roots { references[root, default: 0] += 1 }
    for node in nodes {
      for case .node(let id) in node.links { references[id, default: 0] += 1 }
    }
    struct Entry {
      var link: Link
      /// `saved ` or `view of `: how the node relates to the line above.
      var relation: String
      var lead: String
      var childIndent: String
      /// Whether the line above is the tensor this node produced (its names would repeat that line's).
      var producesParent: Bool
    }
    var lines: [String] = []
    var markers: [Int: Int] = [:]
    var printed: Set<Int> = []
    var omittedShown = false
    var stack = roots.reversed().map {
      Entry(link: .node($0), relation: "", lead: "", childIndent: "", producesParent: false)
    }
    while let entry = stack.popLast() {
      switch entry.link {
      case .none:
        lines.append(entry.lead + entry.relation + "None")
      case .omitted:
        lines.append(entry.lead + entry.relation + (omittedShown ? "…" : "… \(omittedCount) more"))
        omittedShown = true
      case .node(let id):
        guard let node = node(id) else { continue }
        let label = Self.textLabel(node, producesParent: entry.producesParent)
        if references[id, default: 0] > 1, markers[id] == nil { markers[id] = markers.count + 1 }
        let marker = markers[id].map { " #\($0)" } ?? ""
        guard printed.insert(id).inserted else {
          lines.append(entry.lead + "↑ " + entry.relation + label + marker)
          continue
        }
        lines.append(entry.lead + entry.relation + label + marker)
        let children = self.children(of: node)
        for (index, child) in children.enumerated().reversed() {
          let isLast = index == children.count - 1
          stack.append(
            Entry(
              link: child.link, relation: child.relation,
              lead: entry.childIndent + (isLast ? "└─ " : "├─ "),
              childIndent: entry.childIndent + (isLast ? "   " : "│  "), producesParent: child.isGradFn))
        }
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// A node's children in text order, with how each relates to it.
  private func children(of node: Node) -> [(link: Link, relation: String, isGradFn: Bool)] {
    var children: [(link: Link, relation: String, isGradFn: Bool)] = []
    if let gradFn = node.gradFn { children.append((gradFn, "", true)) }
    if let base = node.viewBase { children.append((base, "view of ", false)) }
    children += node.inputs.map { ($0, "", false) }
    if let variable = node.variable { children.append((variable, "", false)) }
    children += saved(of: node).map { ($0, "saved ", false) }
    return children
  }

  /// What the node saved, ordered by label: PyTorch lists saved tensors by attribute name, Gradbook's engine by
  /// formula, so only this order is the same in both.
  private func saved(of node: Node) -> [Link] {
    let labelled = node.saved.map { link -> (link: Link, label: String) in
      guard case .node(let id) = link, let saved = self.node(id) else { return (link, "") }
      return (link, Self.textLabel(saved))
    }
    return labelled.enumerated().sorted { left, right in
      let (a, b) = (left.element.label.unicodeScalars, right.element.label.unicodeScalars)
      if a.elementsEqual(b) { return left.offset < right.offset }
      return a.lexicographicallyPrecedes(b)
    }.map(\.element.link)
  }

  /// One node's line: `x: [2, 2] float32, leaf, requires_grad=True` or `MulBackward0 (y)`.
  static func textLabel(_ node: Node, producesParent: Bool = false) -> String {
    switch node.kind {
    case .tensor(let info, let role):
      return tensorSummary(info, role: role).joined(separator: ", ")
    case .function(let name, let producedNames, let savedFreed):
      var label = name
      if !producedNames.isEmpty, !producesParent {
        label += " (" + producedNames.joined(separator: ", ") + ")"
      }
      if savedFreed { label += " [saved tensors freed]" }
      return label
    }
  }

  /// The parts of a tensor's label: `name: shape dtype`, then `leaf`, `requires_grad=…`, `retains_grad=True`,
  /// `view of …` and `grad=…` (of a leaf or a tensor that retains it) as they apply; a saved tensor shows only the
  /// first.
  static func tensorSummary(_ info: TensorInfo, role: TensorRole) -> [String] {
    var parts = [tensorName(info, role: role) + ": " + shapeText(info.shape) + " " + info.dtype]
    if case .saved = role { return parts }
    if info.isLeaf { parts.append("leaf") }
    parts.append("requires_grad=" + (info.requiresGrad ? "True" : "False"))
    if info.retainsGrad { parts.append("retains_grad=True") }
    if let viewOf = info.viewOf {
      parts.append(viewOf.isEmpty ? "view" : "view of " + viewOf.joined(separator: ", "))
    }
    if let grad = info.grad { parts.append("grad=" + grad) }
    return parts
  }

  /// The learner's names, `result` for a node's saved output, else `(unnamed)`.
  static func tensorName(_ info: TensorInfo, role: TensorRole) -> String {
    if case .saved(isResult: true) = role { return "result" }
    return info.names.isEmpty ? "(unnamed)" : info.names.joined(separator: ", ")
  }

  /// `[2, 3]`, `[]` for a 0-d tensor: the list inside `torch.Size([2, 3])`.
  public static func shapeText(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
  }
}
