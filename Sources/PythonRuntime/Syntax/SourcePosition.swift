/// A 1-based line and column in the lesson file.
struct SourcePosition: Equatable {
  var line: Int
  var column: Int
}
