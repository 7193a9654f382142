/// A place in a lesson file: 1-based line and 1-based byte column.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The lesson file's path, as given on the command line.
  public var file: String
  /// 1-based line number.
  public var line: Int
  /// 1-based column, counted in UTF-8 bytes from the start of the line (as cmark and most compilers count).
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:col`.
  public var description: String { "\(file):\(line):\(column)" }
}
