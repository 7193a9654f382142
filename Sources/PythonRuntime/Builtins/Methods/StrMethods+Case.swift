/// `str.upper`, `lower`, `casefold`, `swapcase`, `title`, `capitalize`.
extension StrMethods {
  static let letterCase: [Member] = [
    .str("upper", .positional(0...0)) { text, _, _ in .string(text.uppercased()) },
    .str("lower", .positional(0...0)) { text, _, _ in .string(text.lowercased()) },
    .str("casefold", .positional(0...0)) { text, _, _ in .string(text.lowercased()) },
    .str("swapcase", .positional(0...0)) { text, _, _ in
      .string(
        String(
          text.map {
            $0.isUppercase ? Character($0.lowercased()) : $0.isLowercase ? Character($0.uppercased()) : $0
          }))
    },
    .str("title", .positional(0...0)) { text, _, _ in .string(StringAlgorithms.title(text)) },
    .str("capitalize", .positional(0...0)) { text, _, _ in
      guard let first = text.first else { return .string("") }
      return .string(first.uppercased() + text.dropFirst().lowercased())
    },
  ]
}
