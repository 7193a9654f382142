import Workbook

extension Lesson {
  /// The text of the last heading above `line` (the exercise's own heading, as in `### Exercise 1: …`); the lesson's
  /// title when there is none.
  public func heading(before line: Int) -> String {
    var found = title
    func visit(_ nodes: [MarkdownNode]) {
      for node in nodes where node.range.startLine < line {
        if node.kind == .heading { found = node.plainText }
        visit(node.children)
      }
    }
    visit(document.children)
    return found
  }
}
