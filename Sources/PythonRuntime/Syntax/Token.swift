/// One lexical token with its lesson position.
struct Token {
  enum Kind: Equatable {
    case name(String)
    case integer(Int)
    /// An integer literal too large for 64 bits (evaluates to OverflowError).
    case bigInteger(String)
    case float(Double)
    /// A string literal, escapes already processed.
    case string(String)
    /// An f-string literal body, escapes not yet processed; `raw` for rf-strings.
    case formattedString(String, raw: Bool)
    case op(String)
    case newline
    case indent
    case dedent
    case end
  }

  var kind: Kind
  var line: Int
  var column: Int
  /// Where the token's text starts and ends, as Unicode-scalar offsets into the cell source (for highlighting;
  /// meaningless for NEWLINE, INDENT, DEDENT and END).
  var start = 0
  var end = 0

  /// The token as an error message may quote it.
  var text: String {
    switch kind {
    case .name(let name): return name
    case .integer(let number): return String(number)
    case .bigInteger(let digits): return digits
    case .float(let number): return String(number)
    case .string, .formattedString: return "string"
    case .op(let op): return op
    case .newline: return "newline"
    case .indent: return "indent"
    case .dedent: return "dedent"
    case .end: return "end of input"
    }
  }
}
