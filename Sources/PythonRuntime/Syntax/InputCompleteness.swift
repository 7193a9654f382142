/// Whether text typed at an interactive prompt is a whole statement yet, by CPython's interactive rules.
///
/// CPython's console reads more lines (`... `) while a bracket is open, a triple-quoted string is unterminated, a line
/// ends with a backslash, or a compound statement (`if`, `for`, `def`, a decorator, …) is being typed; a compound
/// statement, even on one line (`if x: y()`), ends only at a blank line. Anything else is complete: it runs, and a
/// syntax error it holds is reported by running it.
public enum InputCompleteness: Equatable, Sendable {
  /// A whole statement: run it.
  case complete
  /// More lines are needed.
  case incomplete
  /// No further line can make this valid (`x = )`): run it to report its syntax error.
  case invalid

  /// Statements that open a block and so continue until a blank line.
  static let compoundKeywords: Set<String> = [
    "if", "elif", "else", "while", "for", "def", "class", "with", "try", "except", "finally", "async",
  ]

  /// Words that continue a compound statement after its block rather than starting a new statement.
  public static let blockContinuations: Set<String> = ["elif", "else", "except", "finally"]

  /// How complete `source` (the lines typed so far, joined with `\n`, no final newline) is.
  public static func of(_ source: String) -> InputCompleteness {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let lastLine = lines.last.map(String.init) ?? ""
    // Lexed without a final newline, so that a backslash ending the text (outside a comment) is seen as one.
    var lexer = Lexer(source, startLine: 1)
    let tokens: [Token]
    do {
      tokens = try lexer.tokenize()
    } catch let error as PythonError {
      return isUnfinished(error, lastLine: lastLine) ? .incomplete : .invalid
    } catch {
      return .invalid
    }
    let once = syntaxError(source + "\n")
    guard opensBlock(tokens) else { return once == nil ? .complete : .invalid }
    // A compound statement, as CPython's codeop decides: it runs once valid and ended by a blank line. An error that
    // moves when another blank line is added comes from the end of the input, which more lines may cure; one that
    // stays put is a real error.
    guard let once else { return isBlank(lastLine) ? .complete : .incomplete }
    return once == syntaxError(source + "\n\n") ? .invalid : .incomplete
  }

  /// The parser's error for `source` as `message@line:column`, or nil when it parses.
  private static func syntaxError(_ source: String) -> String? {
    do {
      _ = try Parser.parse(source, startLine: 1)
      return nil
    } catch let error as PythonError {
      return "\(error.message)@\(error.line ?? 0):\(error.column ?? 0)"
    } catch {
      return "\(error)"
    }
  }

  /// Whether `line`, typed while a compound statement is open, starts a new top-level statement rather than
  /// continuing it: it is not blank, not indented, and not `else:`/`elif`/`except`/`finally`.
  public static func startsNewStatement(_ line: String) -> Bool {
    guard let first = line.unicodeScalars.first, first != " ", first != "\t", !isBlank(line) else {
      return false
    }
    if line.hasPrefix("#") || line.hasPrefix(")") || line.hasPrefix("]") || line.hasPrefix("}") {
      return false
    }
    let word = String(line.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    return !blockContinuations.contains(word)
  }

  /// Whether `source` begins a compound statement (`if`, `for`, `def`, a decorator, …), which only a blank line ends.
  public static func isCompoundStatement(_ source: String) -> Bool {
    var lexer = Lexer(source, startLine: 1)
    guard let tokens = try? lexer.tokenize() else {
      let word = source.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      return compoundKeywords.contains(String(word)) || source.hasPrefix("@")
    }
    return opensBlock(tokens)
  }

  /// A lexer error that more lines could cure: an open bracket, a triple-quoted string running to the end, or a
  /// backslash ending the last line.
  private static func isUnfinished(_ error: PythonError, lastLine: String) -> Bool {
    let message = error.message
    if message == "unexpected character after line continuation character" {
      return lastLine.trimmingTrailingCarriageReturns.hasSuffix("\\")
    }
    return message.hasSuffix("was never closed") || message.hasPrefix("unterminated triple-quoted string")
  }

  /// Whether the tokens begin a compound statement or contain an indented block.
  private static func opensBlock(_ tokens: [Token]) -> Bool {
    if tokens.contains(where: { $0.kind == .indent }) { return true }
    guard let first = tokens.first else { return false }
    switch first.kind {
    case .name(let word): return compoundKeywords.contains(word)
    case .op("@"): return true
    default: return false
    }
  }

  private static func isBlank(_ line: String) -> Bool {
    line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" }
  }
}

extension String {
  fileprivate var trimmingTrailingCarriageReturns: Substring {
    var text = Substring(self)
    while text.last == "\r" { text = text.dropLast() }
    return text
  }
}
