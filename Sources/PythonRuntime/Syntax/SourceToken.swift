/// One piece of a cell's source as the interpreter's own lexer reads it, for syntax highlighting: what is highlighted
/// as a string, a number or a keyword is exactly what the interpreter runs as one.
public struct SourceToken: Equatable, Sendable {
  /// What a piece of source is.
  public enum Kind: String, Equatable, Sendable, CaseIterable {
    /// A keyword of the language (`def`, `for`, `not`, …).
    case keyword
    /// `True`, `False` or `None`.
    case constant
    /// Any other name.
    case name
    case number
    /// A string literal with its prefix and quotes (f-strings included).
    case string
    /// A `#` comment up to the end of its line.
    case comment
    /// An operator or a bracket.
    case `operator`
    /// Whitespace, line continuations, and everything after a syntax error.
    case plain
  }

  public var kind: Kind
  public var text: String

  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }

  /// Python's keywords (soft keywords such as `match` are names unless the parser says otherwise).
  static let keywords: Set<String> = [
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
    "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
    "raise", "return", "try", "while", "with", "yield",
  ]

  /// Splits `source` into consecutive pieces whose texts join back into `source`, classified by the lexer that runs
  /// cells. A syntax error ends the classification: the rest of the source is one `plain` piece.
  public static func split(_ source: String) -> [SourceToken] {
    let scalars = Array(source.unicodeScalars)
    var lexer = Lexer(source)
    let tokens = (try? lexer.tokenize()) ?? lexer.tokensRead
    var pieces: [SourceToken] = []
    var cursor = 0
    func text(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return String(view)
    }
    func appendGap(upTo end: Int) {
      // Between tokens lie only whitespace, line continuations and comments.
      var index = cursor
      var plainStart = cursor
      while index < end {
        if scalars[index] == "#" {
          if plainStart < index { pieces.append(SourceToken(kind: .plain, text: text(plainStart..<index))) }
          var stop = index
          while stop < end, scalars[stop] != "\n", scalars[stop] != "\r" { stop += 1 }
          pieces.append(SourceToken(kind: .comment, text: text(index..<stop)))
          index = stop
          plainStart = stop
        } else {
          index += 1
        }
      }
      if plainStart < end { pieces.append(SourceToken(kind: .plain, text: text(plainStart..<end))) }
      cursor = end
    }
    for token in tokens {
      guard let kind = kind(of: token.kind), token.start >= cursor, token.start < token.end,
        token.end <= scalars.count
      else { continue }
      appendGap(upTo: token.start)
      pieces.append(SourceToken(kind: kind, text: text(token.start..<token.end)))
      cursor = token.end
    }
    if cursor < scalars.count {
      // After a syntax error nothing is known about the rest: no comment is looked for in it either.
      let lexedAll = tokens.last?.kind == .end
      if lexedAll {
        appendGap(upTo: scalars.count)
      } else {
        pieces.append(SourceToken(kind: .plain, text: text(cursor..<scalars.count)))
      }
    }
    return pieces
  }

  /// The highlighting class of a lexer token; nil for tokens with no text of their own (NEWLINE, INDENT, …).
  private static func kind(of kind: Token.Kind) -> Kind? {
    switch kind {
    case .name(let word):
      if word == "True" || word == "False" || word == "None" { return .constant }
      return keywords.contains(word) ? .keyword : .name
    case .integer, .bigInteger, .float: return .number
    case .string, .formattedString: return .string
    case .op: return .operator
    case .newline, .indent, .dedent, .end: return nil
    }
  }
}
