extension AutogradGraph {
  /// torchviz's colours, so that people who know torchviz's pictures read these at once.
  public enum Colors {
    /// Tensors the graph was asked for.
    public static let output = "darkolivegreen1"
    /// The base a view among the outputs views.
    public static let viewBase = "darkolivegreen3"
    /// Leaves: the tensors gradients accumulate into.
    public static let leaf = "lightblue"
    /// Tensors nodes saved for backward.
    public static let saved = "orange"
    /// `grad_fn` nodes (Graphviz's default fill).
    public static let function = "lightgrey"
  }

  /// The graph in Graphviz's DOT language, drawn as torchviz draws: boxes in a monospace font, arrows from inputs to
  /// what they feed, leaves light blue, outputs olive green, saved tensors orange (joined to their node by a line
  /// without arrow), a view's base joined to it by a dotted arrow, and one dashed `… N more` box for what lies past the
  /// node limit. Nodes are `n1`, `n2`, … in creation order; every label is escaped by `dotString`, here and only here.
  public var dot: String {
    var lines = [
      "digraph autograd {",
      "  graph [size=\"12,12\"];",
      "  node [style=filled, shape=box, align=left, fontsize=10, height=0.2, fontname=monospace];",
    ]
    for node in nodes {
      lines.append("  n\(node.id) [label=\(Self.dotString(Self.dotLabel(node))), fillcolor=\(fill(node))];")
    }
    if omittedCount > 0 {
      lines.append(
        "  more [label=\(Self.dotString("… \(omittedCount) more")), style=dashed, fillcolor=white];")
    }
    func source(_ link: Link) -> String? {
      switch link {
      case .node(let id): return "n\(id)"
      case .omitted: return "more"
      case .none: return nil
      }
    }
    for node in nodes {
      let name = "n\(node.id)"
      if let gradFn = node.gradFn, let from = source(gradFn) { lines.append("  \(from) -> \(name);") }
      if let base = node.viewBase, let from = source(base) {
        lines.append("  \(from) -> \(name) [style=dotted];")
      }
      for input in node.inputs {
        if let from = source(input) { lines.append("  \(from) -> \(name);") }
      }
      if let variable = node.variable, let from = source(variable) { lines.append("  \(from) -> \(name);") }
      for saved in node.saved {
        if let to = source(saved) { lines.append("  \(name) -> \(to) [dir=none];") }
      }
    }
    lines.append("}")
    return lines.map { $0 + "\n" }.joined()
  }

  private func fill(_ node: Node) -> String {
    switch node.kind {
    case .function: return Colors.function
    case .tensor(_, let role):
      switch role {
      case .output: return Colors.output
      case .leaf: return Colors.leaf
      case .viewBase: return Colors.viewBase
      case .saved: return Colors.saved
      }
    }
  }

  /// A node's box text: the name on the first line, then the shape and dtype, then what else applies.
  static func dotLabel(_ node: Node) -> String {
    switch node.kind {
    case .tensor(let info, let role):
      var lines = [tensorName(info, role: role), shapeText(info.shape) + " " + info.dtype]
      if case .saved = role { return lines.joined(separator: "\n") }
      if info.retainsGrad { lines.append("retains_grad=True") }
      if let viewOf = info.viewOf {
        lines.append(viewOf.isEmpty ? "view" : "view of " + viewOf.joined(separator: ", "))
      }
      if let grad = info.grad { lines.append("grad=" + grad) }
      return lines.joined(separator: "\n")
    case .function(let name, let producedNames, let savedFreed):
      var lines = [name]
      if !producedNames.isEmpty { lines.append("(" + producedNames.joined(separator: ", ") + ")") }
      if savedFreed { lines.append("[saved tensors freed]") }
      return lines.joined(separator: "\n")
    }
  }

  /// `text` as a quoted DOT string: backslashes and quotes escaped (so no `\N`-style escape of Graphviz's can form),
  /// line breaks as `\n`, other control characters replaced, since labels hold names and values from learner code.
  public static func dotString(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": quoted += "\\\\"
      case "\"": quoted += "\\\""
      case "\n": quoted += "\\n"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          quoted += "\u{FFFD}"
        } else {
          quoted.unicodeScalars.append(scalar)
        }
      }
    }
    return quoted + "\""
  }
}
