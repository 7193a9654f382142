/// `str.count`, `find`, `rfind`, `index`, `rindex`, `startswith`, `endswith`: searching within an
/// optional `[start, end)` window.
extension StrMethods {
  static let search: [Member] = [
    .str("count", .positionalTuple(1...3)) { text, arguments, evaluator in
      let part = try StrMethods.text(arguments.positional[0], "count")
      guard let (searched, _) = try searched(text, arguments, evaluator) else { return .int(0) }
      return .int(StringAlgorithms.count(searched, part))
    },
    finding("find", fromRight: false, raises: false),
    finding("rfind", fromRight: true, raises: false),
    finding("index", fromRight: false, raises: true),
    finding("rindex", fromRight: true, raises: true),
    matchingEnd("startswith", atStart: true),
    matchingEnd("endswith", atStart: false),
  ]

  /// The text a search looks in (the `[start, end)` window of arguments 1 and 2) and the window's
  /// offset, or nil when the window is empty past the end. Without a window, the text itself.
  private static func searched(_ text: String, _ arguments: Arguments, _ evaluator: Evaluator) throws -> (
    text: String, offset: Int
  )? {
    guard arguments[1] != nil else { return (text, 0) }
    let scalars = Array(text.unicodeScalars)
    guard let window = try window(scalars.count, arguments[1], arguments[2], evaluator) else { return nil }
    return (String(String.UnicodeScalarView(scalars[window])), window.lowerBound)
  }

  /// `find`/`rfind` (-1 when absent) and `index`/`rindex` (ValueError when absent).
  private static func finding(_ name: String, fromRight: Bool, raises: Bool) -> Member {
    .str(name, .positionalTuple(1...3)) { text, arguments, evaluator in
      let part = try StrMethods.text(arguments.positional[0], name)
      var position = -1
      if let (searched, offset) = try searched(text, arguments, evaluator) {
        let found = StringAlgorithms.find(searched, part, fromRight: fromRight)
        if found >= 0 { position = found + offset }
      }
      if position < 0 && raises { throw PythonError.valueError("substring not found") }
      return .int(position)
    }
  }

  /// `startswith`/`endswith`: one affix or a tuple of them.
  private static func matchingEnd(_ name: String, atStart: Bool) -> Member {
    .str(name, .positionalTuple(1...3)) { text, arguments, evaluator in
      let affixes: [Value]
      if case .tuple(let options) = arguments.positional[0] {
        affixes = options
      } else {
        affixes = [arguments.positional[0]]
      }
      let scalars = Array(text.unicodeScalars)
      let window = try window(scalars.count, arguments[1], arguments[2], evaluator)
      for option in affixes {
        guard case .string(let affix) = option else {
          throw PythonError.typeError(
            "\(name) first arg must be str or a tuple of str, not \(option.typeName)")
        }
        guard let window else { continue }
        let part = scalars[window]
        let matches =
          atStart
          ? part.starts(with: affix.unicodeScalars)
          : part.reversed().starts(with: affix.unicodeScalars.reversed())
        if matches { return .bool(true) }
      }
      return .bool(false)
    }
  }
}
