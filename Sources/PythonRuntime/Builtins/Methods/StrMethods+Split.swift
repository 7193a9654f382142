/// `str.split`, `rsplit`, `splitlines`, `partition`, `rpartition` and `join`.
extension StrMethods {
  static let splitting: [Member] = [
    splitting("split", fromRight: false),
    splitting("rsplit", fromRight: true),
    .str("splitlines", parameters: Signature("splitlines", [.init("keepends", default: .bool(false))])) {
      text, bound, evaluator in
      let keepEnds = try evaluator.truthValue(bound["keepends"])
      var lines: [Value] = []
      var line = ""
      for character in text {
        guard lineBreaks.contains(character) else {
          line.append(character)
          continue
        }
        if keepEnds { line.append(character) }
        lines.append(.string(line))
        line = ""
      }
      if !line.isEmpty { lines.append(.string(line)) }
      return .list(ListObject(lines))
    },
    partitioning("partition", fromRight: false),
    partitioning("rpartition", fromRight: true),
    .str("join", .positional(1...1)) { separator, arguments, evaluator in
      let iterable = arguments.positional[0]
      guard evaluator.isIterable(iterable) else {
        throw PythonError.typeError("can only join an iterable")
      }
      var parts: [String] = []
      for (offset, item) in try evaluator.materialize(iterable).enumerated() {
        guard case .string(let part) = item else {
          throw PythonError.typeError(
            "sequence item \(offset): expected str instance, \(item.typeName) found")
        }
        parts.append(part)
      }
      let total = parts.reduce(0) { $0 + $1.utf8.count } + separator.utf8.count * max(parts.count - 1, 0)
      try evaluator.checkContainerSize(total, "string")
      try evaluator.chargeWork(total)
      return .string(parts.joined(separator: separator))
    },
  ]

  /// What `splitlines` splits on (CPython's line boundaries; `\r\n` is one Character).
  private static let lineBreaks: Set<Character> = [
    "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}",
  ]

  /// `split`/`rsplit(sep=None, maxsplit=-1)`: on runs of whitespace, or on each `sep`.
  private static func splitting(_ name: String, fromRight: Bool) -> Member {
    let signature = Signature(name, [.init("sep", default: .none), .init("maxsplit", default: .int(-1))])
    return .str(name, parameters: signature) { text, bound, _ in
      let maxSplit = try bound["maxsplit"].asInt()
      let pieces: [String]
      switch bound["sep"] {
      case .string(let separator):
        if separator.isEmpty { throw PythonError.valueError("empty separator") }
        pieces = StringAlgorithms.split(text, separator: separator, maxSplit: maxSplit, fromRight: fromRight)
      case .none:
        pieces = StringAlgorithms.splitWhitespace(text, maxSplit: maxSplit, fromRight: fromRight)
      case let other:
        throw PythonError.typeError("must be str or None, not \(other.typeName)")
      }
      return .list(ListObject(pieces.map { .string($0) }))
    }
  }

  /// `partition`/`rpartition(sep)`: a 3-tuple around the first (last) `sep`.
  private static func partitioning(_ name: String, fromRight: Bool) -> Member {
    .str(name, .positional(1...1)) { text, arguments, evaluator in
      let separator = try StrMethods.text(arguments.positional[0], name)
      if separator.isEmpty { throw PythonError.valueError("empty separator") }
      let pieces = StringAlgorithms.split(text, separator: separator, maxSplit: 1, fromRight: fromRight)
      if pieces.count == 2 { return .tuple([.string(pieces[0]), .string(separator), .string(pieces[1])]) }
      return fromRight
        ? .tuple([.string(""), .string(""), .string(text)])
        : .tuple([.string(text), .string(""), .string("")])
    }
  }
}
