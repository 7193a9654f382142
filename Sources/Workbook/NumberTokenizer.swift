/// Splits text into numbers and the text between them, for tolerant comparison.
enum NumberTokenizer {
  enum Token: Equatable {
    case text(String)
    case number(Double, String)
  }

  /// Numbers are `[-]digits[.digits][e[+-]digits]` (or `.digits`) not glued to a letter or `_` before them; `nan` and `inf` stay text.
  static func tokens(_ text: String) -> [Token] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [Token] = []
    var pending = String.UnicodeScalarView()
    var index = 0
    func isDigit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }
    func isWordScalar(_ i: Int) -> Bool {
      i >= 0 && i < scalars.count && (scalars[i].properties.isAlphabetic || scalars[i] == "_" || isDigit(i))
    }
    while index < scalars.count {
      let start = index
      var cursor = index
      if scalars[cursor] == "-" { cursor += 1 }
      let startsNumber =
        (isDigit(cursor) || (cursor < scalars.count && scalars[cursor] == "." && isDigit(cursor + 1)))
        && !isWordScalar(start - 1) && !(start > 0 && scalars[start - 1] == ".")
      guard startsNumber else {
        pending.append(scalars[index])
        index += 1
        continue
      }
      while isDigit(cursor) { cursor += 1 }
      if cursor < scalars.count, scalars[cursor] == "." {
        cursor += 1
        while isDigit(cursor) { cursor += 1 }
      }
      if cursor < scalars.count, scalars[cursor] == "e" || scalars[cursor] == "E" {
        var exponent = cursor + 1
        if exponent < scalars.count, scalars[exponent] == "+" || scalars[exponent] == "-" { exponent += 1 }
        if isDigit(exponent) {
          while isDigit(exponent) { exponent += 1 }
          cursor = exponent
        }
      }
      var literal = String.UnicodeScalarView()
      literal.append(contentsOf: scalars[start..<cursor])
      let spelled = String(literal)
      if let value = Double(spelled) {
        if !pending.isEmpty { tokens.append(.text(String(pending))); pending = String.UnicodeScalarView() }
        tokens.append(.number(value, spelled))
      } else {
        pending.append(contentsOf: literal)
      }
      index = max(cursor, index + 1)
    }
    if !pending.isEmpty { tokens.append(.text(String(pending))) }
    return tokens
  }
}
