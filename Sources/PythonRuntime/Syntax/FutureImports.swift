/// The rules for `from __future__ import feature`, checked once a cell has parsed, as CPython checks them
/// after parsing a module (each cell is compiled as its own module, as Jupyter compiles cells).
enum FutureImports {
  /// Every feature CPython 3.11 knows. All but `barry_as_FLUFL` are no-ops in Python 3: their behaviour
  /// is the language's default (`annotations` too, since Gradbook never evaluates annotations).
  static let features = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
  ]

  /// Checks the cell's leading future imports, as CPython's first pass does: an unknown feature is an error,
  /// and so is a future import after another statement on the same line. Returns where the other misplaced
  /// future imports are (after any other statement, or inside a block): the compiler's pass rejects those in
  /// source order, together with misplaced `yield`s.
  static func check(_ statements: [Statement]) throws -> [SourcePosition] {
    var done = false
    var previousLine = 0
    var lastFutureLine = 0
    for (offset, statement) in statements.enumerated() {
      if offset == 0, case .expression(.literal(.string, _), _) = statement { continue }  // the docstring
      let line = statement.position.line
      if done && line > previousLine { break }
      previousLine = line
      guard case .importFrom("__future__", let names, let position) = statement else {
        done = true
        continue
      }
      // CPython gives this one error the statement's 0-based column.
      guard !done else { throw error(lateMessage, SourcePosition(line: line, column: position.column - 1)) }
      for (name, _) in names {
        if name == "braces" { throw error("not a chance", position) }
        if name == "barry_as_FLUFL" {
          throw error(
            "future feature barry_as_FLUFL (the <> operator) is not supported in Gradbook", position)
        }
        guard features.contains(name) else { throw error("future feature \(name) is not defined", position) }
      }
      lastFutureLine = line
    }
    var misplaced: [SourcePosition] = []
    for statement in statements { collectFutureImports(in: statement, into: &misplaced) }
    return misplaced.filter { $0.line > lastFutureLine }
  }

  /// The position of every future import in `statement` and the blocks inside it.
  private static func collectFutureImports(in statement: Statement, into positions: inout [SourcePosition]) {
    var blocks: [[Statement]] = []
    switch statement {
    case .importFrom("__future__", _, let position): positions.append(position)
    case .ifStatement(let branches, let orElse, _): blocks = branches.map(\.1) + [orElse ?? []]
    case .whileLoop(_, let body, let orElse, _), .forLoop(_, _, let body, let orElse, _):
      blocks = [body, orElse ?? []]
    case .functionDefinition(let definition, _, _): blocks = [definition.body]
    case .classDefinition(let definition, _, _): blocks = [definition.body]
    case .with(_, let body, _): blocks = [body]
    case .tryStatement(let body, let handlers, let orElse, let finally, _):
      blocks = [body] + handlers.map(\.body) + [orElse ?? [], finally ?? []]
    default: return
    }
    for block in blocks {
      for inner in block { collectFutureImports(in: inner, into: &positions) }
    }
  }

  static let lateMessage = "from __future__ imports must occur at the beginning of the file"

  private static func error(_ message: String, _ position: SourcePosition) -> PythonError {
    SyntaxErrorFactory.make(message, line: position.line, column: position.column)
  }
}
