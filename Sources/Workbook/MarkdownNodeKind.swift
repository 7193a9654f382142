/// The kinds of CommonMark nodes cmark produces.
public enum MarkdownNodeKind: String, Equatable, Hashable, Sendable {
  case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
  case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image

  /// Whether the node is a block (as opposed to an inline).
  public var isBlock: Bool {
    switch self {
    case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph, .heading,
      .thematicBreak:
      return true
    default:
      return false
    }
  }
}
