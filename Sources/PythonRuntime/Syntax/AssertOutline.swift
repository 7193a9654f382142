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

  public init(firstLine: Int, lastLine: Int, source: String, hasMessage: Bool) {
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.source = source
    self.hasMessage = hasMessage
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
        let (end, hasMessage) = statementEnd(tokens, from: index)
        let lastLine = end < tokens.count ? tokens[end].line : token.line
        asserts.append(
          TopLevelAssert(
            firstLine: token.line, lastLine: max(token.line, lastLine),
            source: sourceText(lines, from: token.line, column: token.column, to: lastLine),
            hasMessage: hasMessage))
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

  /// The index of the token that ends the simple statement starting at `start` (its NEWLINE or `;`), and whether a
  /// comma outside brackets separates a message from the test.
  private static func statementEnd(_ tokens: [Token], from start: Int) -> (Int, Bool) {
    var brackets = 0
    var hasMessage = false
    var index = start + 1
    while index < tokens.count {
      switch tokens[index].kind {
      case .newline, .end:
        return (index, hasMessage)
      case .op(let op):
        switch op {
        case "(", "[", "{": brackets += 1
        case ")", "]", "}": brackets -= 1
        case "," where brackets == 0: hasMessage = true
        case ";" where brackets == 0: return (index, hasMessage)
        default: break
        }
      default:
        break
      }
      index += 1
    }
    return (index, hasMessage)
  }

  /// Lines `first...last` (1-based) of the cell, the first from `column` (counted in Unicode scalars, as the lexer
  /// counts), each without trailing blanks.
  private static func sourceText(_ lines: [Substring], from first: Int, column: Int, to last: Int) -> String {
    var pieces: [String] = []
    for number in first...max(first, last) where number >= 1 && number <= lines.count {
      var line = lines[number - 1]
      if number == first {
        line = Substring(String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(max(column - 1, 0)))))
      }
      while let lastCharacter = line.last,
        lastCharacter == " " || lastCharacter == "\t" || lastCharacter == "\r"
      {
        line = line.dropLast()
      }
      pieces.append(String(line))
    }
    return pieces.joined(separator: "\n")
  }
}
