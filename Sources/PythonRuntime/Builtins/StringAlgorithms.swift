/// Python's string algorithms on Unicode code points (split, strip, find, replace, padding).
enum StringAlgorithms {
  private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    String(String.UnicodeScalarView(scalars))
  }

  /// Offsets of non-overlapping occurrences of `part` in `text`, leftmost first (or, `fromRight`, taken from the
  /// right as `rsplit` does), at most `limit` of them when it is not negative. Linear in both texts: a
  /// Knuth–Morris–Pratt search, so a needle that almost matches everywhere cannot make it quadratic.
  static func occurrences(
    _ text: [Unicode.Scalar], _ part: [Unicode.Scalar], fromRight: Bool = false, limit: Int = -1
  ) -> [Int] {
    var found: [Int] = []
    guard !part.isEmpty, part.count <= text.count else { return found }
    // From the right: the leftmost matches in the reversed text are the rightmost ones in the text.
    let haystack = fromRight ? Array(text.reversed()) : text
    let search = SubstringSearch(fromRight ? Array(part.reversed()) : part)
    var index = 0
    while limit < 0 || found.count < limit,
      let match = search.firstMatch(in: haystack, from: index, to: haystack.count)
    {
      found.append(fromRight ? text.count - match - part.count : match)
      index = match + part.count
    }
    return fromRight ? found.reversed() : found
  }

  /// Whether `part` occurs in `text` (Python's `in` on strings, scalar by scalar), in linear time.
  static func contains(_ text: String, _ part: String) -> Bool {
    if part.isEmpty { return true }
    let needle = Array(part.unicodeScalars)
    let haystack = scalars(text)
    return SubstringSearch(needle).firstMatch(in: haystack, from: 0, to: haystack.count) != nil
  }

  static func split(_ text: String, separator: String, maxSplit: Int, fromRight: Bool) -> [String] {
    let source = scalars(text)
    let part = scalars(separator)
    let positions = occurrences(source, part, fromRight: fromRight, limit: maxSplit)
    var pieces: [String] = []
    var start = 0
    for position in positions {
      pieces.append(string(source[start..<position]))
      start = position + part.count
    }
    pieces.append(string(source[start...]))
    return pieces
  }

  static func splitWhitespace(_ text: String, maxSplit: Int, fromRight: Bool) -> [String] {
    var source = scalars(text)
    if fromRight { source.reverse() }
    var pieces: [[Unicode.Scalar]] = []
    var index = 0
    while index < source.count {
      while index < source.count && source[index].properties.isWhitespace { index += 1 }
      if index >= source.count { break }
      if maxSplit >= 0 && pieces.count == maxSplit {
        var rest = Array(source[index...])
        while let last = rest.last, last.properties.isWhitespace { rest.removeLast() }
        pieces.append(rest)
        break
      }
      let start = index
      while index < source.count && !source[index].properties.isWhitespace { index += 1 }
      pieces.append(Array(source[start..<index]))
    }
    if fromRight { return pieces.reversed().map { string($0.reversed()[...]) } }
    return pieces.map { string($0[...]) }
  }

  static func strip(_ text: String, characters: Set<Unicode.Scalar>?, leading: Bool, trailing: Bool) -> String
  {
    let source = scalars(text)
    func strippable(_ scalar: Unicode.Scalar) -> Bool {
      characters.map { $0.contains(scalar) } ?? scalar.properties.isWhitespace
    }
    var start = 0
    var end = source.count
    if leading { while start < end && strippable(source[start]) { start += 1 } }
    if trailing { while end > start && strippable(source[end - 1]) { end -= 1 } }
    return string(source[start..<end])
  }

  static func title(_ text: String) -> String {
    var result = ""
    var previousCased = false
    for character in text {
      if character.isCased || character.isLetter {
        result += previousCased ? character.lowercased() : character.uppercased()
        previousCased = true
      } else {
        result.append(character)
        previousCased = false
      }
    }
    return result
  }

  static func replace(_ text: String, _ old: String, _ new: String, count: Int) -> String {
    let source = scalars(text)
    let part = scalars(old)
    if part.isEmpty {
      var result = String.UnicodeScalarView()
      var replaced = 0
      for scalar in source {
        if count < 0 || replaced < count {
          result.append(contentsOf: new.unicodeScalars)
          replaced += 1
        }
        result.append(scalar)
      }
      if count < 0 || replaced < count { result.append(contentsOf: new.unicodeScalars) }
      return String(result)
    }
    let positions = occurrences(source, part, limit: count)
    var result = String.UnicodeScalarView()
    var start = 0
    for position in positions {
      result.append(contentsOf: source[start..<position])
      result.append(contentsOf: new.unicodeScalars)
      start = position + part.count
    }
    result.append(contentsOf: source[start...])
    return String(result)
  }

  static func pad(_ text: String, width: Int, fill: Unicode.Scalar, mode: String) -> String {
    let length = text.unicodeScalars.count
    guard width > length else { return text }
    let total = width - length
    func filler(_ count: Int) -> String { String(repeating: String(Character(fill)), count: count) }
    switch mode {
    case "ljust": return text + filler(total)
    case "rjust": return filler(total) + text
    default:
      let left = total / 2 + (total & width & 1)
      return filler(left) + text + filler(total - left)
    }
  }

  static func count(_ text: String, _ part: String) -> Int {
    if part.isEmpty { return text.unicodeScalars.count + 1 }
    return occurrences(scalars(text), scalars(part)).count
  }

  static func find(_ text: String, _ part: String, fromRight: Bool) -> Int {
    let source = scalars(text)
    let target = scalars(part)
    if target.isEmpty { return fromRight ? source.count : 0 }
    return occurrences(source, target, fromRight: fromRight, limit: 1).first ?? -1
  }
}
