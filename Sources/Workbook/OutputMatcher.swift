import Foundation

/// Compares expected text with actual text: trailing whitespace ignored, `...` matches any text, optional numeric tolerance.
public enum OutputMatcher {
  /// The ellipsis marker that matches any text (including none and line breaks).
  public static let ellipsis = "..."

  /// Whether `actual` satisfies `expected` under `mode`.
  public static func matches(expected: String, actual: String, mode: MatchMode = .exact) -> Bool {
    let wanted = normalize(expected)
    let got = normalize(actual)
    switch mode {
    case .exact:
      return ellipsisMatches(pattern: wanted, text: got)
    case .approx(let relative, let absolute):
      return approximatelyMatches(expected: wanted, actual: got, relative: relative, absolute: absolute)
    }
  }

  /// Removes trailing whitespace from each line and trailing blank lines; turns `\r\n` into `\n`.
  public static func normalize(_ text: String) -> String {
    var lines = text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map {
      line -> Substring in
      var end = line.endIndex
      while end > line.startIndex, let previous = line[..<end].last,
        previous == " " || previous == "\t" || previous == "\r"
      {
        end = line.index(before: end)
      }
      return line[..<end]
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// Doctest-style ELLIPSIS: the pattern's pieces between `...` must appear in order, the first at the start, the last at the end.
  public static func ellipsisMatches(pattern: String, text: String) -> Bool {
    guard pattern.contains(ellipsis) else { return pattern == text }
    let pieces = pattern.components(separatedBy: ellipsis)
    guard let first = pieces.first, let last = pieces.last else { return pattern == text }
    let textUnits = Array(text.utf8)
    let firstUnits = Array(first.utf8)
    let lastUnits = Array(last.utf8)
    guard textUnits.count >= firstUnits.count + lastUnits.count,
      textUnits.starts(with: firstUnits), textUnits.suffix(lastUnits.count).elementsEqual(lastUnits)
    else { return false }
    var position = firstUnits.count
    let limit = textUnits.count - lastUnits.count
    for piece in pieces.dropFirst().dropLast() {
      let units = Array(piece.utf8)
      guard let found = firstOccurrence(of: units, in: textUnits, from: position, before: limit) else {
        return false
      }
      position = found + units.count
    }
    return position <= limit
  }

  private static func firstOccurrence(
    of needle: [UInt8], in haystack: [UInt8], from start: Int, before limit: Int
  ) -> Int? {
    guard !needle.isEmpty else { return start }
    guard limit - start >= needle.count else { return nil }
    var index = start
    while index + needle.count <= limit {
      if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
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
        if a != b { return false }
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

extension String {
  /// The text with Windows line endings turned into `\n`.
  func replacingCRLF() -> String {
    contains("\r\n") ? replacingOccurrences(of: "\r\n", with: "\n") : self
  }
}
