/// The character names of `'\N{...}'` escapes, resolved as CPython 3.11 resolves them (Unicode 14.0).
///
/// Names come from Swift's Unicode data, limited to the characters of Unicode 14.0: checked scalar by scalar against
/// CPython 3.11's `unicodedata` (scripts/generate_unicode_names.py), they agree everywhere except the Tangut
/// ideographs, which CPython 3.11 does not name. Names and aliases match without ASCII case, as CPython's do; the
/// algorithmic names of Hangul syllables and CJK unified ideographs match only as written, as CPython's do.
enum UnicodeNames {
  private static let hangulPrefix = "HANGUL SYLLABLE "
  private static let ideographPrefix = "CJK UNIFIED IDEOGRAPH-"

  /// The scalar `name` stands for, or nil when Python 3.11 knows no such name.
  static func scalar(named name: String) -> Unicode.Scalar? {
    if name.hasPrefix(hangulPrefix) {
      return hangulSyllables[name].flatMap(Unicode.Scalar.init)
    }
    if name.hasPrefix(ideographPrefix) { return unifiedIdeograph(hex: name.dropFirst(ideographPrefix.count)) }
    let key = String(String.UnicodeScalarView(name.unicodeScalars.map(asciiUppercased)))
    if let selector = variationSelector(key) { return selector }
    return namesAndAliases[key].flatMap(Unicode.Scalar.init)
  }

  /// Whether CPython 3.11 (Unicode 14.0) knows `scalar` at all.
  private static func isInUnicode14(_ scalar: Unicode.Scalar) -> Bool {
    guard let age = scalar.properties.age else { return false }
    return (age.major, age.minor) <= (14, 0)
  }

  private static func asciiUppercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 32) ?? scalar : scalar
  }

  /// `VS1`…`VS256`: the variation selectors' abbreviations, which follow a rule (checked by the generator).
  private static func variationSelector(_ key: String) -> Unicode.Scalar? {
    guard key.hasPrefix("VS"), let number = Int(key.dropFirst(2)), String(number) == key.dropFirst(2),
      (1...256).contains(number)
    else { return nil }
    return Unicode.Scalar(number <= 16 ? 0xFE00 + UInt32(number) - 1 : 0xE0100 + UInt32(number) - 17)
  }

  /// `CJK UNIFIED IDEOGRAPH-` followed by four or five upper-case hex digits of a unified ideograph.
  private static func unifiedIdeograph(hex: Substring) -> Unicode.Scalar? {
    guard hex.count == 4 || hex.count == 5,
      hex.allSatisfy({ ("0"..."9").contains($0) || ("A"..."F").contains($0) }),
      let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value), isInUnicode14(scalar),
      scalar.properties.name?.hasPrefix(ideographPrefix) == true
    else { return nil }
    return scalar
  }

  /// Every other name and alias, upper-cased, built on first use (a few hundred milliseconds, once per process).
  private static let namesAndAliases: [String: UInt32] = {
    var table: [String: UInt32] = [:]
    table.reserveCapacity(150_000)
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), isInUnicode14(scalar), let name = scalar.properties.name,
        !name.hasPrefix("TANGUT IDEOGRAPH-"), !name.hasPrefix(hangulPrefix), !name.hasPrefix(ideographPrefix)
      else { continue }
      table[name] = value
    }
    for alias in aliases { table[alias.name] = alias.scalar }
    return table
  }()

  private static let hangulSyllables: [String: UInt32] = {
    var table: [String: UInt32] = [:]
    for value in UInt32(0xAC00)...0xD7A3 {
      if let name = Unicode.Scalar(value)?.properties.name { table[name] = value }
    }
    return table
  }()
}
