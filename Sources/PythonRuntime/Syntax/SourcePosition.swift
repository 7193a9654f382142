/// A 1-based line and column in the lesson file.
struct SourcePosition: Equatable {
  var line: Int
  var column: Int

  /// Whether this position comes before `other` in the source.
  func isBefore(_ other: SourcePosition) -> Bool {
    line < other.line || (line == other.line && column < other.column)
  }
}
