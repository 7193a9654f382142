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

  /// `- expected` / `+ actual` / `  same` lines, red and green when colour is on.
  public static func render(expected: String, actual: String, palette: TerminalPalette, indent: String = "")
    -> [String]
  {
    diff(expected: expected, actual: actual).map { line in
      switch line {
      case .same(let text): return indent + "  " + text
      case .removed(let text): return indent + palette.paint("- " + text, .red)
      case .added(let text): return indent + palette.paint("+ " + text, .green)
      }
    }
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
