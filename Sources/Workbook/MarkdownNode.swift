/// A Swift copy of one cmark node and its subtree, free of any C pointers.
public struct MarkdownNode: Equatable, Sendable {
  public var kind: MarkdownNodeKind
  /// Text of text, code, code blocks and HTML nodes (code block text ends with a newline; line endings are `\n`).
  public var literal: String
  /// The info string of a fenced code block (empty for an indented block or a bare fence).
  public var fenceInfo: String
  /// Link or image destination.
  public var url: String
  /// Link or image title.
  public var title: String
  /// Heading level 1…6 (0 for other nodes).
  public var headingLevel: Int
  /// Whether a list is ordered (`1.`) rather than bulleted.
  public var isOrderedList: Bool
  /// The first number of an ordered list.
  public var listStart: Int
  /// Whether a list is tight (no blank lines between items).
  public var isTightList: Bool
  /// Where the node is in the source.
  public var range: SourceRange
  public var children: [MarkdownNode]

  public init(
    kind: MarkdownNodeKind, literal: String = "", fenceInfo: String = "", url: String = "",
    title: String = "",
    headingLevel: Int = 0, isOrderedList: Bool = false, listStart: Int = 1, isTightList: Bool = true,
    range: SourceRange, children: [MarkdownNode] = []
  ) {
    self.kind = kind
    self.literal = literal
    self.fenceInfo = fenceInfo
    self.url = url
    self.title = title
    self.headingLevel = headingLevel
    self.isOrderedList = isOrderedList
    self.listStart = listStart
    self.isTightList = isTightList
    self.range = range
    self.children = children
  }

  /// The node's text with all markup removed (soft and hard breaks become spaces).
  public var plainText: String {
    switch kind {
    case .text, .code, .htmlInline: return literal
    case .softBreak, .lineBreak: return " "
    default: return children.map(\.plainText).joined()
    }
  }

  /// Calls `visit` on this node and every descendant, in document order.
  public func forEachNode(_ visit: (MarkdownNode) -> Void) {
    visit(self)
    for child in children { child.forEachNode(visit) }
  }
}
