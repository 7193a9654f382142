import PythonRuntime

/// Compares expected text with actual text: trailing whitespace ignored, `...` matches any text, optional numeric
/// tolerance. Texts are compared scalar by scalar (`é` is not `e` + U+0301), as the interpreter's `==` does, and
/// every comparison takes time linear in the two texts.
public enum OutputMatcher {
  /// The ellipsis marker that matches any text (including none and line breaks).
  public static let ellipsis = "..."

  /// Whether `actual` satisfies `expected` under `mode`.
  public static func matches(expected: String, actual: String, mode: MatchMode = .exact) -> Bool {
    switch mode {
    case .exact:
      return ellipsisMatches(pattern: normalizedScalars(expected), text: normalizedScalars(actual))
    case .approx(let relative, let absolute):
      return approximatelyMatches(
        expected: normalize(expected), actual: normalize(actual), relative: relative, absolute: absolute)
    }
  }

  /// Removes trailing whitespace from each line and trailing blank lines; turns `\r\n` into `\n`.
  public static func normalize(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: normalizedScalars(text))
    return String(scalars)
  }

  /// The lines of `text` as matching sees them: split at `\n`, each without trailing spaces, tabs and `\r`, with
  /// trailing blank lines dropped.
  public static func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var blankRun = 0
    func finish() {
      while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
      if line.isEmpty {
        blankRun += 1
      } else {
        lines += repeatElement("", count: blankRun)
        blankRun = 0
        lines.append(String(line))
      }
      line = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      if scalar == "\n" { finish() } else { line.append(scalar) }
    }
    finish()
    return lines
  }

  /// The normalised text (see `normalize`) as scalars.
  static func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.utf8.count)
    for (index, line) in lines(text).enumerated() {
      if index > 0 { result.append("\n") }
      result.append(contentsOf: line.unicodeScalars)
    }
    return result
  }

  /// Doctest-style ELLIPSIS: the pattern's pieces between `...` must appear in order, the first at the start, the
  /// last at the end.
  public static func ellipsisMatches(pattern: String, text: String) -> Bool {
    ellipsisMatches(pattern: Array(pattern.unicodeScalars), text: Array(text.unicodeScalars))
  }

  /// Each middle piece is taken at its leftmost occurrence after the previous one (which never loses a match), found
  /// with a linear-time search, so the whole match is linear in the pattern and the text.
  static func ellipsisMatches(pattern: [Unicode.Scalar], text: [Unicode.Scalar]) -> Bool {
    let pieces = splitAtEllipses(pattern)
    guard pieces.count > 1, let first = pieces.first, let last = pieces.last else { return pattern == text }
    guard text.count >= first.count + last.count, text.starts(with: first),
      text[(text.count - last.count)...].elementsEqual(last)
    else { return false }
    var position = first.count
    let limit = text.count - last.count
    for piece in pieces.dropFirst().dropLast() {
      guard let found = SubstringSearch(Array(piece)).firstMatch(in: text, from: position, to: limit) else {
        return false
      }
      position = found + piece.count
    }
    return position <= limit
  }

  /// The pattern's pieces between non-overlapping `...`, taken from the left (`....` is `...` then `.`).
  static func splitAtEllipses(_ pattern: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
    var pieces: [ArraySlice<Unicode.Scalar>] = []
    var start = 0
    var index = 0
    while index + 2 < pattern.count {
      if pattern[index] == ".", pattern[index + 1] == ".", pattern[index + 2] == "." {
        pieces.append(pattern[start..<index])
        index += 3
        start = index
      } else {
        index += 1
      }
    }
    pieces.append(pattern[start...])
    return pieces
  }

  /// Every number within tolerance, and the text between numbers equal.
  static func approximatelyMatches(expected: String, actual: String, relative: Double, absolute: Double)
    -> Bool
  {
    let wanted = NumberTokenizer.tokens(expected)
    let got = NumberTokenizer.tokens(actual)
    guard wanted.count == got.count else { return false }
    for (left, right) in zip(wanted, got) {
      switch (left, right) {
      case (.text(let a), .text(let b)):
        if !a.hasSameScalars(as: b) { return false }
      case (.number(let a, _), .number(let b, _)):
        if a.isNaN || b.isNaN { if !(a.isNaN && b.isNaN) { return false } else { continue } }
        if a.isInfinite || b.isInfinite { if a != b { return false } else { continue } }
        if abs(a - b) > absolute + relative * abs(a) { return false }
      default:
        return false
      }
    }
    return true
  }
}
