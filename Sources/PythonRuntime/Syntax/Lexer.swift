/// Turns cell source into tokens with Python's indentation rules (INDENT/DEDENT), implicit line
/// joining inside brackets, backslash continuation, and Python's literal syntax.
struct Lexer {
  /// Deepest bracket nesting accepted (CPython's tokenizer limit).
  static let maximumBracketDepth = 200
  /// Deepest indentation nesting accepted.
  static let maximumIndentDepth = 100

  private let scalars: [Unicode.Scalar]
  private var offset = 0
  private var line: Int
  private var lineStart = 0
  private var tokens: [Token] = []
  private var indentStack: [Int] = [0]
  private var brackets: [(Character, Int, Int)] = []
  private var atLineStart = true
  /// Where the token being read starts (scalar offset), for `Token.start`.
  private var tokenStart = 0
  /// The tokens read so far, also after `tokenize()` threw (highlighting shows the text before a syntax error).
  var tokensRead: [Token] { tokens }

  /// The lesson line of the cell's first line; messages quote lines relative to it, as CPython
  /// running the cell alone would.
  private let firstLine: Int

  init(_ source: String, startLine: Int = 1, messageLineBase: Int? = nil) {
    scalars = Array(source.unicodeScalars)
    line = startLine
    firstLine = messageLineBase ?? startLine
  }

  /// `lessonLine` as CPython numbers it within the cell.
  private func cellLine(_ lessonLine: Int) -> Int { lessonLine - firstLine + 1 }

  private var column: Int { offset - lineStart + 1 }

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    let index = offset + ahead
    return index < scalars.count ? scalars[index] : nil
  }

  private func error(
    _ message: String, line errorLine: Int? = nil, column errorColumn: Int? = nil,
    kind: PythonError.Kind = .syntaxError
  ) -> PythonError {
    SyntaxErrorFactory.make(message, line: errorLine ?? line, column: errorColumn ?? column, kind: kind)
  }

  /// All tokens, ending with NEWLINE, DEDENTs and END.
  mutating func tokenize() throws -> [Token] {
    while offset < scalars.count {
      if atLineStart {
        try readIndentation()
        if offset >= scalars.count { break }
        if atLineStart { continue }
      }
      guard let scalar = peek() else { break }
      switch scalar {
      case " ", "\t", "\u{0C}":
        offset += 1
      case "\r":
        offset += 1
      case "\n":
        if brackets.isEmpty {
          add(.newline)
          atLineStart = true
        }
        offset += 1
        newLine()
      case "#":
        while let next = peek(), next != "\n" { offset += 1 }
      case "\\":
        if peek(1) == "\n" {
          offset += 2
          newLine()
        } else if peek(1) == "\r", peek(2) == "\n" {
          offset += 3
          newLine()
        } else {
          throw error("unexpected character after line continuation character", column: column + 1)
        }
      default:
        tokenStart = offset
        try readToken(scalar)
      }
    }
    if let (opening, openLine, openColumn) = brackets.last {
      throw error("'\(opening)' was never closed", line: openLine, column: openColumn)
    }
    if let last = tokens.last, last.kind != .newline {
      add(.newline)
    }
    while indentStack.count > 1 {
      indentStack.removeLast()
      add(.dedent)
    }
    add(.end)
    return tokens
  }

  private mutating func newLine() {
    line += 1
    lineStart = offset
  }

  private mutating func add(_ kind: Token.Kind, column tokenColumn: Int? = nil, line tokenLine: Int? = nil) {
    tokens.append(
      Token(kind: kind, line: tokenLine ?? line, column: tokenColumn ?? column, start: tokenStart, end: offset))
  }

  /// Measures the indentation of a logical line start; skips blank and comment-only lines.
  private mutating func readIndentation() throws {
    var width = 0
    while let scalar = peek() {
      if scalar == " " {
        width += 1
      } else if scalar == "\t" {
        width = (width / 8 + 1) * 8
      } else if scalar == "\u{0C}" {
        width = 0
      } else {
        break
      }
      offset += 1
    }
    guard let scalar = peek() else { return }
    if scalar == "\n" || scalar == "#" || scalar == "\r" {
      while let next = peek(), next != "\n" { offset += 1 }
      if peek() == "\n" {
        offset += 1
        newLine()
      }
      return
    }
    if scalar == "\\" && (peek(1) == "\n") {
      // A continuation on an otherwise empty line: keep reading the logical line.
      atLineStart = false
      return
    }
    atLineStart = false
    let current = indentStack.last ?? 0
    if width > current {
      guard indentStack.count <= Self.maximumIndentDepth else {
        throw error("too many levels of indentation", kind: .indentationError)
      }
      indentStack.append(width)
      add(.indent, column: 1)
    } else if width < current {
      while let top = indentStack.last, top > width {
        indentStack.removeLast()
        add(.dedent)
      }
      if indentStack.last != width {
        throw error(
          "unindent does not match any outer indentation level", column: column + 1, kind: .indentationError)
      }
    }
  }

  // ASCII is decided without the Unicode property tables, which cost far more per scalar.
  private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar == "_" || (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }
    return scalar.properties.isXIDStart
  }

  private static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar == "_" || (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
        || (scalar >= "0" && scalar <= "9")
    }
    return scalar.properties.isXIDContinue
  }

  /// The source text of `range`. Appending scalar by scalar stays in specialized code; building a
  /// String from the slice went through unspecialized generics, ~5,000 instructions per identifier.
  private func text(_ range: Range<Int>) -> String {
    var text = String.UnicodeScalarView()
    for index in range { text.append(scalars[index]) }
    return String(text)
  }

  private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar >= "0" && scalar <= "9"
  }

  private mutating func readToken(_ scalar: Unicode.Scalar) throws {
    let startColumn = column
    if Self.isIdentifierStart(scalar) {
      let start = offset
      while let next = peek(), Self.isIdentifierContinue(next) { offset += 1 }
      let word = text(start..<offset)
      if let quote = peek(), quote == "'" || quote == "\"", let prefix = Self.stringPrefix(word) {
        try readString(prefix: prefix, startColumn: startColumn)
        return
      }
      add(.name(word), column: startColumn)
      return
    }
    if Self.isDigit(scalar) || (scalar == "." && Self.isDigit(peek(1))) {
      try readNumber(startColumn: startColumn)
      return
    }
    if scalar == "'" || scalar == "\"" {
      try readString(prefix: StringPrefix(), startColumn: startColumn)
      return
    }
    try readOperator(startColumn: startColumn)
  }

  private struct StringPrefix {
    var raw = false
    var formatted = false
    var bytes = false
  }

  private static func stringPrefix(_ word: String) -> StringPrefix? {
    let lower = word.lowercased()
    guard lower.count <= 2, !lower.isEmpty else { return nil }
    var prefix = StringPrefix()
    for character in lower {
      switch character {
      case "r": if prefix.raw { return nil }; prefix.raw = true
      case "f": if prefix.formatted || prefix.bytes { return nil }; prefix.formatted = true
      case "b": if prefix.bytes || prefix.formatted { return nil }; prefix.bytes = true
      case "u": if lower.count != 1 { return nil }
      default: return nil
      }
    }
    return prefix
  }

  private mutating func readNumber(startColumn: Int) throws {
    let start = offset
    func text() -> String { self.text(start..<offset) }
    if peek() == "0", let marker = peek(1), "xXoObB".unicodeScalars.contains(marker) {
      offset += 2
      let radix: Int
      let name: String
      switch marker {
      case "x", "X": radix = 16; name = "hexadecimal"
      case "o", "O": radix = 8; name = "octal"
      default: radix = 2; name = "binary"
      }
      var digits = ""
      while let next = peek() {
        if next == "_" {
          offset += 1
          continue
        }
        guard next.properties.isASCIIHexDigit || Self.isIdentifierContinue(next) else { break }
        guard let value = Int(String(next), radix: 16), value < radix, next.properties.isASCIIHexDigit else {
          throw error("invalid digit '\(Character(next))' in \(name) literal")
        }
        digits.unicodeScalars.append(next)
        offset += 1
      }
      guard !digits.isEmpty else { throw error("invalid \(name) literal", column: startColumn) }
      if let value = Int(digits, radix: radix) {
        add(.integer(value), column: startColumn)
      } else {
        add(.bigInteger(text()), column: startColumn)
      }
      return
    }
    var isFloat = false
    func readDigits() throws {
      while let next = peek() {
        if Self.isDigit(next) {
          offset += 1
        } else if next == "_" && Self.isDigit(peek(1)) {
          offset += 1
        } else {
          break
        }
      }
    }
    try readDigits()
    if peek() == "." {
      isFloat = true
      offset += 1
      try readDigits()
    }
    if let next = peek(), next == "e" || next == "E" {
      let save = offset
      offset += 1
      if let sign = peek(), sign == "+" || sign == "-" { offset += 1 }
      if Self.isDigit(peek()) {
        isFloat = true
        try readDigits()
      } else {
        offset = save
        throw error("invalid decimal literal", column: startColumn + (offset - start) - 1)
      }
    }
    if let next = peek(), Self.isIdentifierStart(next) {
      if next == "j" || next == "J" {
        throw error("complex numbers are not supported in Gradbook cells", column: startColumn)
      }
      throw error("invalid decimal literal", column: startColumn + (offset - start) - 1)
    }
    var literal = text()
    literal.unicodeScalars.removeAll { $0 == "_" }
    if isFloat {
      guard let value = Double(literal) else { throw error("invalid decimal literal", column: startColumn) }
      add(.float(value), column: startColumn)
    } else {
      if literal.count > 1, literal.hasPrefix("0"), literal.contains(where: { $0 != "0" }) {
        throw error(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          column: startColumn)
      }
      if let value = Int(literal) {
        add(.integer(value), column: startColumn)
      } else {
        add(.bigInteger(literal), column: startColumn)
      }
    }
  }

  private mutating func readString(prefix: StringPrefix, startColumn: Int) throws {
    let startLine = line
    guard let quote = peek() else { return }
    let triple = peek(1) == quote && peek(2) == quote
    offset += triple ? 3 : 1
    var body = String.UnicodeScalarView()
    while true {
      guard let scalar = peek() else {
        if triple {
          let detected = max(startLine, offset > 0 && scalars[offset - 1] == "\n" ? line - 1 : line)
          throw error(
            "unterminated triple-quoted string literal (detected at line \(cellLine(detected)))",
            line: startLine,
            column: startColumn)
        }
        throw error(
          "unterminated string literal (detected at line \(cellLine(line)))", line: startLine,
          column: startColumn)
      }
      if scalar == quote {
        if !triple {
          offset += 1
          break
        }
        if peek(1) == quote && peek(2) == quote {
          offset += 3
          break
        }
      }
      if scalar == "\n" {
        if !triple {
          throw error(
            "unterminated string literal (detected at line \(cellLine(line)))", line: startLine,
            column: startColumn)
        }
        body.append(scalar)
        offset += 1
        newLine()
        continue
      }
      if scalar == "\\", let next = peek(1) {
        body.append(scalar)
        body.append(next)
        offset += 2
        if next == "\n" { newLine() }
        continue
      }
      body.append(scalar)
      offset += 1
    }
    let raw = String(body)
    if prefix.bytes {
      throw error("bytes literals are not supported in Gradbook cells", line: startLine, column: startColumn)
    }
    if prefix.formatted {
      add(.formattedString(raw, raw: prefix.raw), column: startColumn, line: startLine)
    } else if prefix.raw {
      add(.string(raw), column: startColumn, line: startLine)
    } else {
      add(
        .string(try Self.unescape(raw, line: startLine, column: startColumn)), column: startColumn,
        line: startLine)
    }
  }

  /// Processes backslash escapes as Python does for a non-raw string literal.
  static func unescape(_ text: String, line: Int, column: Int) throws -> String {
    guard text.contains("\\") else { return text }
    let input = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    func hexValue(_ count: Int) throws -> Unicode.Scalar {
      guard index + count < input.count + 1, index + 1 + count <= input.count else {
        throw SyntaxErrorFactory.make("(unicode error) truncated escape", line: line, column: column)
      }
      let digits = String(String.UnicodeScalarView(input[(index + 1)...(index + count)]))
      guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
        throw SyntaxErrorFactory.make("(unicode error) truncated escape", line: line, column: column)
      }
      index += count
      return scalar
    }
    while index < input.count {
      let scalar = input[index]
      guard scalar == "\\", index + 1 < input.count else {
        output.append(scalar)
        index += 1
        continue
      }
      index += 1
      let escape = input[index]
      switch escape {
      case "\n": break
      case "\\": output.append("\\")
      case "'": output.append("'")
      case "\"": output.append("\"")
      case "n": output.append("\n")
      case "t": output.append("\t")
      case "r": output.append("\r")
      case "a": output.append("\u{07}")
      case "b": output.append("\u{08}")
      case "f": output.append("\u{0C}")
      case "v": output.append("\u{0B}")
      case "0"..."7":
        var value: UInt32 = 0
        var count = 0
        while count < 3, index < input.count, input[index] >= "0", input[index] <= "7" {
          value = value * 8 + (input[index].value - 48)
          index += 1
          count += 1
        }
        index -= 1
        output.append(Unicode.Scalar(value) ?? "?")
      case "N":
        output.append(
          try namedScalar(input, escapeAt: index - 1, endingAt: &index, line: line, column: column))
      case "x": output.append(try hexValue(2))
      case "u": output.append(try hexValue(4))
      case "U": output.append(try hexValue(8))
      default:
        output.append("\\")
        output.append(escape)
      }
      index += 1
    }
    return String(output)
  }

  /// The scalar of a `\\N{name}` escape whose backslash is `input[escapeAt]`; leaves `index` on the closing brace.
  /// Errors are CPython's, which counts positions in bytes of the literal with each non-ASCII character as the
  /// ten bytes of its `\\UXXXXXXXX` escape.
  private static func namedScalar(
    _ input: [Unicode.Scalar], escapeAt start: Int, endingAt index: inout Int, line: Int, column: Int
  ) throws -> Unicode.Scalar {
    func error(_ reason: String, through end: Int) -> PythonError {
      func offset(_ position: Int) -> Int { input[..<position].reduce(0) { $0 + ($1.isASCII ? 1 : 10) } }
      return SyntaxErrorFactory.make(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(offset(start))-\(offset(end) - 1): \(reason)",
        line: line, column: column)
    }
    let malformed = "malformed \\N character escape"
    guard index + 1 < input.count, input[index + 1] == "{" else { throw error(malformed, through: index + 1) }
    guard let close = input[(index + 2)...].firstIndex(of: "}") else {
      throw error(malformed, through: input.count)
    }
    guard close > index + 2 else { throw error(malformed, through: close) }
    let name = String(String.UnicodeScalarView(input[(index + 2)..<close]))
    guard let scalar = UnicodeNames.scalar(named: name) else {
      throw error("unknown Unicode character name", through: close + 1)
    }
    index = close
    return scalar
  }

  private static let operators: [String] = [
    "**=", "//=", ">>=", "<<=", "...",
    "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=",
    "^=", ":=",
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".",
    ";", "=",
  ]

  /// The operators (longest first) with their scalars, keyed by first scalar, so matching one reads
  /// only the candidates that can start here and allocates nothing.
  private static let operatorsByFirstScalar: [Unicode.Scalar: [(text: String, scalars: [Unicode.Scalar])]] = {
    var table: [Unicode.Scalar: [(text: String, scalars: [Unicode.Scalar])]] = [:]
    for text in operators {
      let scalars = Array(text.unicodeScalars)
      if let first = scalars.first { table[first, default: []].append((text, scalars)) }
    }
    return table
  }()

  private mutating func readOperator(startColumn: Int) throws {
    let scalar = peek() ?? " "
    for candidate in Self.operatorsByFirstScalar[scalar] ?? [] where matches(candidate.scalars) {
      offset += candidate.scalars.count
      try trackBrackets(candidate.text, column: startColumn)
      add(.op(candidate.text), column: startColumn)
      return
    }
    if scalar == "!" {
      throw error("invalid syntax")
    }
    if scalar.properties.generalCategory == .control || scalar.value > 127 {
      throw error(
        "invalid character '\(Character(scalar))' (U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)))"
      )
    }
    throw error("invalid syntax")
  }

  /// Whether the source continues with `expected` at the current offset.
  private func matches(_ expected: [Unicode.Scalar]) -> Bool {
    guard offset + expected.count <= scalars.count else { return false }
    for (index, scalar) in expected.enumerated() where scalars[offset + index] != scalar { return false }
    return true
  }

  private mutating func trackBrackets(_ op: String, column opColumn: Int) throws {
    switch op {
    case "(", "[", "{":
      brackets.append((Character(op), line, opColumn))
      if brackets.count > Self.maximumBracketDepth {
        throw error("too many nested parentheses", column: opColumn)
      }
    case ")", "]", "}":
      guard let (opening, openLine, _) = brackets.popLast() else {
        throw error("unmatched '\(op)'", column: opColumn)
      }
      let expected: Character = opening == "(" ? ")" : opening == "[" ? "]" : "}"
      if Character(op) != expected {
        if openLine == line {
          throw error(
            "closing parenthesis '\(op)' does not match opening parenthesis '\(opening)'", column: opColumn)
        }
        throw error(
          "closing parenthesis '\(op)' does not match opening parenthesis '\(opening)' on line \(cellLine(openLine))",
          column: opColumn)
      }
    default:
      break
    }
  }
}

extension String {
  /// Left-pads with zeros to `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
