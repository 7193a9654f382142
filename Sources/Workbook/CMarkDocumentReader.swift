import CCMark

/// The one place that touches cmark: parses Markdown and copies cmark's tree into `MarkdownNode` values.
public enum CMarkDocumentReader {
  /// Deepest nesting of blocks and inlines accepted; deeper documents are refused rather than risking the stack.
  public static let maximumDepth = 128

  /// Why a document could not be read.
  public enum ReadError: Error, Equatable {
    case parserFailed
    case tooDeep(line: Int, column: Int)
  }

  /// Parses `bytes` (UTF-8 Markdown) with source positions and returns the document tree; the cmark tree is freed before returning.
  public static func read(_ bytes: [UInt8]) -> Result<MarkdownNode, ReadError> {
    let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
          cmark_parse_document(chars, buffer.count, CMARK_OPT_SOURCEPOS)
        }
      } ?? cmark_parse_document("", 0, CMARK_OPT_SOURCEPOS)
    }
    guard let document = parsed else { return .failure(.parserFailed) }
    defer { cmark_node_free(document) }
    return copyTree(document)
  }

  /// Copies the tree iteratively (no recursion, so deep nesting cannot exhaust the stack).
  private static func copyTree(_ root: OpaquePointer) -> Result<MarkdownNode, ReadError> {
    guard let iterator = cmark_iter_new(root) else { return .failure(.parserFailed) }
    defer { cmark_iter_free(iterator) }
    var stack: [MarkdownNode] = []
    var finished: MarkdownNode?
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let pointer = cmark_iter_get_node(iterator) else { continue }
      if event == CMARK_EVENT_ENTER {
        let node = copyNode(pointer)
        if isLeaf(node.kind) {
          if stack.isEmpty { finished = node } else { stack[stack.count - 1].children.append(node) }
        } else {
          if stack.count >= maximumDepth {
            return .failure(.tooDeep(line: node.range.startLine, column: node.range.startColumn))
          }
          stack.append(node)
        }
      } else if event == CMARK_EVENT_EXIT {
        guard let node = stack.popLast() else { continue }
        if stack.isEmpty { finished = node } else { stack[stack.count - 1].children.append(node) }
      }
    }
    guard let document = finished else { return .failure(.parserFailed) }
    return .success(document)
  }

  private static func isLeaf(_ kind: MarkdownNodeKind) -> Bool {
    switch kind {
    case .htmlBlock, .thematicBreak, .codeBlock, .text, .softBreak, .lineBreak, .code, .htmlInline:
      return true
    default: return false
    }
  }

  private static func copyNode(_ pointer: OpaquePointer) -> MarkdownNode {
    let kind = kindOf(cmark_node_get_type(pointer))
    let range = SourceRange(
      startLine: Int(cmark_node_get_start_line(pointer)),
      startColumn: Int(cmark_node_get_start_column(pointer)),
      endLine: Int(cmark_node_get_end_line(pointer)), endColumn: Int(cmark_node_get_end_column(pointer)))
    var node = MarkdownNode(kind: kind, range: range)
    switch kind {
    case .text, .code, .htmlInline, .htmlBlock, .codeBlock:
      node.literal = string(cmark_node_get_literal(pointer))
      if kind == .codeBlock { node.fenceInfo = string(cmark_node_get_fence_info(pointer)) }
    case .heading:
      node.headingLevel = Int(cmark_node_get_heading_level(pointer))
    case .list:
      node.isOrderedList = cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST
      node.listStart = Int(cmark_node_get_list_start(pointer))
      node.isTightList = cmark_node_get_list_tight(pointer) != 0
    case .link, .image:
      node.url = string(cmark_node_get_url(pointer))
      node.title = string(cmark_node_get_title(pointer))
    default:
      break
    }
    return node
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }

  private static func kindOf(_ type: cmark_node_type) -> MarkdownNodeKind {
    switch type {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST: return .list
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK: return .codeBlock
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock
    case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code
    case CMARK_NODE_HTML_INLINE: return .htmlInline
    case CMARK_NODE_CUSTOM_INLINE: return .customInline
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK: return .link
    case CMARK_NODE_IMAGE: return .image
    default: return .customBlock
    }
  }
}
