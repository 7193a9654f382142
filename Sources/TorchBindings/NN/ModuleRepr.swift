import PythonRuntime

/// PyTorch's `Module.__repr__`: `Name(extra)` on one line, or the extra lines and `(name): child`
/// lines indented by two spaces inside `Name(` … `)`; ModuleList collapses runs of equal children
/// into `(0-1): 2 x Child(...)`.
enum ModuleRepr {
  /// Nesting deeper than this (a module that contains itself) is written as `...` instead of recursing
  /// without end; PyTorch raises RecursionError there.
  static let maximumDepth = 64

  /// A child as its parent shows it: `repr(child)`, which is a cell class's own `__repr__` if it has one.
  private static func childText(_ child: NNModule, depth: Int) -> String {
    child.cellInstance.flatMap { cellMethodText($0, "__repr__") } ?? text(of: child, depth: depth)
  }

  static func text(of module: NNModule, depth: Int = 0) -> String {
    guard depth < maximumDepth else { return module.className + "(...)" }
    // A cell class's own extra_repr wins, as Python's method lookup finds it first.
    let extra = module.cellInstance.flatMap { cellMethodText($0, "extra_repr") } ?? module.extraRepr()
    let extraLines =
      extra.isEmpty ? [] : extra.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let childLines: [String]
    if module is ModuleListModule {
      childLines = collapsedChildLines(module, depth: depth)
      if childLines.isEmpty { return module.className + "()" }
    } else {
      childLines = module.submodules.entries.map { name, child in
        indented("(\(name)): " + (child.map { childText($0, depth: depth + 1) } ?? "None"))
      }
    }
    let lines = extraLines + childLines
    var result = module.className + "("
    if extraLines.count == 1 && childLines.isEmpty {
      result += extraLines[0]
    } else if !lines.isEmpty {
      result += "\n  " + lines.joined(separator: "\n  ") + "\n"
    }
    return result + ")"
  }

  /// Runs of consecutive children with the same repr become one `(first-last): n x repr` line.
  private static func collapsedChildLines(_ module: NNModule, depth: Int) -> [String] {
    let reprs = module.submodules.entries.map { entry in
      entry.element.map { childText($0, depth: depth + 1) } ?? "None"
    }
    var lines: [String] = []
    var start = 0
    while start < reprs.count {
      var end = start
      while end + 1 < reprs.count && reprs[end + 1] == reprs[start] { end += 1 }
      let line =
        start == end
        ? "(\(start)): \(reprs[start])" : "(\(start)-\(end)): \(end - start + 1) x \(reprs[start])"
      lines.append(indented(line))
      start = end + 1
    }
    return lines
  }

  /// Indents every line but the first by two spaces (`_addindent`).
  private static func indented(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > 1 else { return text }
    return lines[0] + "\n" + lines.dropFirst().map { "  " + $0 }.joined(separator: "\n")
  }
}
