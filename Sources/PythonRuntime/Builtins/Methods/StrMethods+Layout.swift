/// `str.strip` family, padding (`ljust`, `rjust`, `center`, `zfill`), `replace`, `removeprefix`,
/// `removesuffix` and `format`.
extension StrMethods {
  static let layout: [Member] = [
    stripping("strip", leading: true, trailing: true),
    stripping("lstrip", leading: true, trailing: false),
    stripping("rstrip", leading: false, trailing: true),
    padding("ljust"),
    padding("rjust"),
    padding("center"),
    .str("zfill", .positional(1...1)) { text, arguments, evaluator in
      let width = try arguments.positional[0].asInt()
      try evaluator.checkContainerSize(max(width, 0), "string")
      var scalars = Array(text.unicodeScalars)
      guard width > scalars.count else { return .string(text) }
      let padding = Array(repeating: Unicode.Scalar("0"), count: width - scalars.count)
      if let first = scalars.first, first == "+" || first == "-" {
        scalars.insert(contentsOf: padding, at: 1)
      } else {
        scalars.insert(contentsOf: padding, at: 0)
      }
      return .string(String(String.UnicodeScalarView(scalars)))
    },
    .str("replace", .positional(2...3)) { text, arguments, evaluator in
      let old = try StrMethods.text(arguments.positional[0], "replace")
      let new = try StrMethods.text(arguments.positional[1], "replace")
      let count = try arguments[2]?.asInt() ?? -1
      let result = StringAlgorithms.replace(text, old, new, count: count)
      try evaluator.checkContainerSize(result.utf8.count, "string")
      try evaluator.chargeWork(result.utf8.count)
      return .string(result)
    },
    .str("removeprefix", .positional(1...1)) { text, arguments, evaluator in
      let prefix = try StrMethods.text(arguments.positional[0], "removeprefix")
      return .string(text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text)
    },
    .str("removesuffix", .positional(1...1)) { text, arguments, evaluator in
      let suffix = try StrMethods.text(arguments.positional[0], "removesuffix")
      return .string(text.hasSuffix(suffix) && !suffix.isEmpty ? String(text.dropLast(suffix.count)) : text)
    },
    .str("format", .custom) { text, arguments, evaluator in
      .string(try StringFormatter(evaluator: evaluator).format(text, arguments))
    },
  ]

  /// `strip`/`lstrip`/`rstrip(chars=None)`.
  private static func stripping(_ name: String, leading: Bool, trailing: Bool) -> Member {
    .str(name, .positional(0...1)) { text, arguments, evaluator in
      var characters: Set<Unicode.Scalar>?
      if let chars = arguments[0], !chars.isNone {
        characters = Set(try StrMethods.text(chars, name).unicodeScalars)
      }
      return .string(
        StringAlgorithms.strip(text, characters: characters, leading: leading, trailing: trailing))
    }
  }

  /// `ljust`/`rjust`/`center(width, fillchar=' ')`.
  private static func padding(_ name: String) -> Member {
    .str(name, .positional(1...2)) { text, arguments, evaluator in
      let width = try arguments.positional[0].asInt()
      var fill: Unicode.Scalar = " "
      if let fillValue = arguments[1] {
        let fillText = try StrMethods.text(fillValue, name)
        guard fillText.unicodeScalars.count == 1, let scalar = fillText.unicodeScalars.first else {
          throw PythonError.typeError("The fill character must be exactly one character long")
        }
        fill = scalar
      }
      try evaluator.checkContainerSize(max(width, 0), "string")
      return .string(StringAlgorithms.pad(text, width: width, fill: fill, mode: name))
    }
  }
}
