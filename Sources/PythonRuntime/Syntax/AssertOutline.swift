/// A top-level `assert` statement of a cell, found by reading the cell without running it.
public struct TopLevelAssert: Equatable, Sendable {
  /// The assert's first line, counted from the cell's first line (1-based).
  public var firstLine: Int
  /// The assert's last line (the same as `firstLine` unless the statement continues over lines).
  public var lastLine: Int
  /// The statement as written, from `assert` to the end of its last line, trailing blanks removed.
  public var source: String
  /// Whether the assert gives a message (`assert test, message`).
  public var hasMessage: Bool
  /// `assert` and its test, without the message: what the assert checks, a readable name for it.
  public var testSource: String

  public init(firstLine: Int, lastLine: Int, source: String, hasMessage: Bool, testSource: String? = nil) {
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.source = source
    self.hasMessage = hasMessage
    self.testSource = testSource ?? source
  }
}

/// Where a cell's top-level `assert` statements lie, so a check cell can be graded one assert at a time.
///
/// Only asserts that begin a logical line at the top level count: an assert inside a block (`if`, `for`, `def`) is
/// part of that statement, and one after a `;` belongs to the statement before it.
public enum AssertOutline {
  /// The top-level asserts of `code` in order; nil when the code is not valid Python (it then runs as a whole and
  /// reports its own SyntaxError).
  public static func asserts(in code: String) -> [TopLevelAssert]? {
    guard (try? Parser.parse(code, startLine: 1)) != nil else { return nil }
    var lexer = Lexer(code, startLine: 1)
    guard let tokens = try? lexer.tokenize() else { return nil }
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    var asserts: [TopLevelAssert] = []
    var depth = 0
    var startsLogicalLine = true
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      switch token.kind {
      case .indent, .dedent:
        // Indentation tokens come between a NEWLINE and the statement they indent.
        depth += token.kind == .indent ? 1 : -1
        index += 1
        continue
      case .newline:
        startsLogicalLine = true
        index += 1
        continue
      case .name("assert") where startsLogicalLine && depth == 0:
        let (end, comma) = statementEnd(tokens, from: index)
        let lastLine = max(token.line, end < tokens.count ? tokens[end].line : token.line)
        let start = (token.line, token.column)
        let source = sourceText(lines, from: start, to: (lastLine, nil))
        asserts.append(
          TopLevelAssert(
            firstLine: token.line, lastLine: lastLine, source: source, hasMessage: comma != nil,
            testSource: comma.map { sourceText(lines, from: start, to: ($0.line, $0.column)) } ?? source))
        index = end
        continue
      default:
        break
      }
      startsLogicalLine = false
      index += 1
    }
    return asserts
  }

  /// The index of the token that ends the simple statement starting at `start` (its NEWLINE or `;`), and the comma
  /// outside brackets that separates a message from the test, if any.
  private static func statementEnd(_ tokens: [Token], from start: Int) -> (Int, Token?) {
    var brackets = 0
    var comma: Token?
    var index = start + 1
    while index < tokens.count {
      switch tokens[index].kind {
      case .newline, .end:
        return (index, comma)
      case .op(let op):
        switch op {
        case "(", "[", "{": brackets += 1
        case ")", "]", "}": brackets -= 1
        case "," where brackets == 0 && comma == nil: comma = tokens[index]
        case ";" where brackets == 0: return (index, comma)
        default: break
        }
      default:
        break
      }
      index += 1
    }
    return (index, comma)
  }

  /// The cell's text from `start` (line, column) up to `end`: the end of line `end.line` when its column is nil, else
  /// just before that column; columns count Unicode scalars from 1, as the lexer counts. Each line loses its trailing
  /// blanks.
  private static func sourceText(
    _ lines: [Substring], from start: (line: Int, column: Int), to end: (line: Int, column: Int?)
  )
    -> String
  {
    var pieces: [String] = []
    for number in start.line...max(start.line, end.line) where number >= 1 && number <= lines.count {
      var scalars = Array(lines[number - 1].unicodeScalars)
      if number == end.line, let column = end.column { scalars = Array(scalars.prefix(max(column - 1, 0))) }
      if number == start.line { scalars = Array(scalars.dropFirst(max(start.column - 1, 0))) }
      while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
      pieces.append(String(String.UnicodeScalarView(scalars)))
    }
    return pieces.joined(separator: "\n")
  }
}
