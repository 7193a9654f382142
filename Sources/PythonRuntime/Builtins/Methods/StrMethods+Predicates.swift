/// `str.isdigit`, `isdecimal`, `isnumeric`, `isascii`, `isalpha`, `isalnum`, `isspace`, `isupper`, `islower`,
/// `istitle`, `isidentifier`.
extension StrMethods {
  static let predicates: [Member] = [
    numeric("isdigit") { $0 == .decimal || $0 == .digit },
    numeric("isdecimal") { $0 == .decimal },
    numeric("isnumeric") { _ in true },
    testing("isascii") { $0.unicodeScalars.allSatisfy(\.isASCII) },
    testing("isalpha") { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } },
    testing("isalnum") {
      !$0.isEmpty
        && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    },
    testing("isspace") { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } },
    testing("isupper") { text in text.contains { $0.isCased } && !text.contains { $0.isLowercase } },
    testing("islower") { text in text.contains { $0.isCased } && !text.contains { $0.isUppercase } },
    testing("istitle") { text in
      !text.isEmpty && StringAlgorithms.title(text) == text && text.contains { $0.isCased }
    },
    testing("isidentifier") { text in
      guard let first = text.unicodeScalars.first, first == "_" || first.properties.isXIDStart else {
        return false
      }
      return text.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    },
  ]

  /// A no-argument predicate on the whole text.
  private static func testing(_ name: String, _ test: @escaping @Sendable (String) -> Bool) -> Member {
    .str(name, .positional(0...0)) { text, _, _ in .bool(test(text)) }
  }

  /// A predicate true when the text is non-empty and every scalar's numeric type passes `accepts`.
  private static func numeric(_ name: String, accepts: @escaping @Sendable (Unicode.NumericType) -> Bool) -> Member {
    testing(name) { text in
      !text.isEmpty
        && text.unicodeScalars.allSatisfy { scalar in scalar.properties.numericType.map(accepts) ?? false }
    }
  }
}
