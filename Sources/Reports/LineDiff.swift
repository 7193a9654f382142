/// Line diffs of expected against actual text (longest common subsequence).
public enum LineDiff {
  /// Above this many line pairs the diff shows all expected lines removed and all actual lines added.
  static let maximumCells = 4_000_000

  /// The diff turning `expected` into `actual`.
  public static func diff(expected: String, actual: String) -> [DiffLine] {
    let old = lines(expected)
    let new = lines(actual)
    let (cells, overflow) = old.count.multipliedReportingOverflow(by: new.count)
    if overflow || cells > maximumCells {
      return old.map(DiffLine.removed) + new.map(DiffLine.added)
    }
    var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var result: [DiffLine] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        result.append(.same(old[i])); i += 1; j += 1
      } else if i < old.count, j == new.count || table[i + 1][j] >= table[i][j + 1] {
        result.append(.removed(old[i])); i += 1
      } else {
        result.append(.added(new[j])); j += 1
      }
    }
    return result
  }

  /// `- expected` / `+ actual` / `  same` lines, red and green when colour is on. With colour, when as many lines
  /// are added as were just removed, each pair underlines the characters where the two lines differ.
  public static func render(expected: String, actual: String, palette: TerminalPalette, indent: String = "")
    -> [String]
  {
    let lines = diff(expected: expected, actual: actual)
    var result: [String] = []
    var index = 0
    while index < lines.count {
      guard case .removed = lines[index] else {
        if case .same(let text) = lines[index] { result.append(indent + "  " + text) }
        if case .added(let text) = lines[index] { result.append(indent + palette.paint("+ " + text, .green)) }
        index += 1
        continue
      }
      var removed: [String] = []
      while index < lines.count, case .removed(let text) = lines[index] {
        removed.append(text)
        index += 1
      }
      var added: [String] = []
      while index < lines.count, case .added(let text) = lines[index] {
        added.append(text)
        index += 1
      }
      if palette.isEnabled, removed.count == added.count {
        let pairs = zip(removed, added).map { changedSpans($0, $1) }
        result += pairs.map { indent + paint("- ", $0.old, .red, palette) }
        result += pairs.map { indent + paint("+ ", $0.new, .green, palette) }
      } else {
        result += removed.map { indent + palette.paint("- " + $0, .red) }
        result += added.map { indent + palette.paint("+ " + $0, .green) }
      }
    }
    return result
  }

  /// A line split into the part it shares with its counterpart at the start, the part that differs, and the part
  /// shared at the end.
  struct Spans {
    var prefix: String
    var changed: String
    var suffix: String
  }

  /// The spans of `old` and `new` around their common prefix and suffix (in characters).
  static func changedSpans(_ old: String, _ new: String) -> (old: Spans, new: Spans) {
    let oldCharacters = Array(old)
    let newCharacters = Array(new)
    var prefix = 0
    while prefix < oldCharacters.count, prefix < newCharacters.count,
      oldCharacters[prefix] == newCharacters[prefix]
    {
      prefix += 1
    }
    var suffix = 0
    while suffix < oldCharacters.count - prefix, suffix < newCharacters.count - prefix,
      oldCharacters[oldCharacters.count - 1 - suffix] == newCharacters[newCharacters.count - 1 - suffix]
    {
      suffix += 1
    }
    func spans(_ characters: [Character]) -> Spans {
      Spans(
        prefix: String(characters[..<prefix]),
        changed: String(characters[prefix..<(characters.count - suffix)]),
        suffix: String(characters[(characters.count - suffix)...]))
    }
    return (spans(oldCharacters), spans(newCharacters))
  }

  /// `marker` and the line in `style`, the changed span also bold and underlined when the line shares anything.
  static func paint(_ marker: String, _ spans: Spans, _ style: TextStyle, _ palette: TerminalPalette)
    -> String
  {
    guard !spans.prefix.isEmpty || !spans.suffix.isEmpty else {
      return palette.paint(marker + spans.changed, style)
    }
    return palette.paint(marker + spans.prefix, style)
      + palette.paint(spans.changed, style.union([.bold, .underline]))
      + palette.paint(spans.suffix, style)
  }

  /// Lines of `text` with trailing whitespace and trailing blank lines dropped (as matching ignores them).
  static func lines(_ text: String) -> [String] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      var trimmed = Substring(line)
      while let last = trimmed.last, last == " " || last == "\t" || last == "\r" {
        trimmed = trimmed.dropLast()
      }
      return String(trimmed)
    }
    while let last = result.last, last.isEmpty { result.removeLast() }
    return result
  }
}
