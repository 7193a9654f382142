/// Checks a cell's syntax without running it: the error the lexer or parser raises, positioned as
/// `Session.run` would report it (used by the fuzz harnesses; a cell that parses here runs there).
public enum SyntaxCheck {
  /// The `SyntaxError` (or `IndentationError`) of `code` whose first line is line `startLine`; nil when it parses.
  public static func error(in code: String, startLine: Int = 1) -> CellError? {
    var found: CellError?
    // Deep (but accepted) nesting recurses deeply: parse on a large stack, as cells run on.
    let thread = CellThread(stackSize: Session.stackSize)
    defer { thread?.stop() }
    let parse = {
      do {
        _ = try Parser.parse(code, startLine: startLine)
      } catch let error as PythonError {
        found = CellError(
          typeName: error.typeName, message: error.message, line: error.line ?? startLine,
          column: error.column ?? 1)
      } catch {
        found = CellError(typeName: "SystemError", message: "\(error)", line: startLine, column: 1)
      }
    }
    if let thread { thread.run(parse) } else { parse() }
    return found
  }
}
