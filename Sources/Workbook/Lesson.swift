/// A parsed lesson: its Markdown (as Swift values), its cells in order, and what was noticed while reading it.
public struct Lesson: Sendable {
  /// The path the lesson was read from.
  public var file: String
  /// The text of the first level-1 heading (the file name when there is none).
  public var title: String
  /// The whole document, prose and code blocks alike.
  public var document: MarkdownNode
  /// Python cells in document order.
  public var cells: [Cell]
  /// Non-fatal problems.
  public var findings: [Finding]
  /// The source bytes, for positions and `--update`.
  public var source: SourceText
  /// What each code block is, keyed by the line its fence opens on.
  public var codeBlockRoles: [Int: CodeBlockRole]
  /// The stamp of a learner's copy made by `gradbook release` (its first line); nil in a source lesson.
  public var releaseStamp: ReleaseStamp?

  public init(
    file: String, title: String, document: MarkdownNode, cells: [Cell], findings: [Finding],
    source: SourceText,
    codeBlockRoles: [Int: CodeBlockRole]
  ) {
    self.file = file
    self.title = title
    self.document = document
    self.cells = cells
    self.findings = findings
    self.source = source
    self.codeBlockRoles = codeBlockRoles
    language = Self.language(title: title, document: document)
  }

  /// The role of the code block that starts on `line`; nil for prose code (e.g. a shell snippet).
  public func role(ofCodeBlockAt line: Int) -> CodeBlockRole? { codeBlockRoles[line] }

  /// The language the lesson is written in: Korean when its title or first paragraph holds Hangul, else English.
  /// Decided once, when the lesson is made (renderers ask for every cell).
  public let language: LessonLanguage

  static func language(title: String, document: MarkdownNode) -> LessonLanguage {
    var sample = title
    if let paragraph = document.children.first(where: { $0.kind == .paragraph }) {
      sample += paragraph.plainText
    }
    return LessonLanguage.detect(in: sample)
  }

  /// Top-level blocks that are not cells, expectations or hints.
  public var prose: [MarkdownNode] {
    document.children.filter { $0.kind != .codeBlock || role(ofCodeBlockAt: $0.range.startLine) == nil }
  }
}
