/// A span of a Markdown source, as cmark reports it: 1-based lines and byte columns, both ends inclusive.
public struct SourceRange: Equatable, Hashable, Sendable {
  public var startLine: Int
  public var startColumn: Int
  public var endLine: Int
  public var endColumn: Int

  public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
    self.startLine = startLine
    self.startColumn = startColumn
    self.endLine = endLine
    self.endColumn = endColumn
  }
}
