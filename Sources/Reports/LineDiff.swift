import Workbook

/// Line diffs of expected against actual text: a shortest edit script (`MyersDiff`) over lines compared by their
/// Unicode scalars, as matching and the interpreter's `==` compare text.
public enum LineDiff {
  /// The work a diff may do, in line comparisons (about total lines × differences); a diff that would need more
  /// shows every differing line in the middle as removed and then added.
  static let workBudget = 40_000_000

  /// The diff turning `expected` into `actual`: each run of changes lists its removed lines, then its added lines.
  public static func diff(expected: String, actual: String) -> [DiffLine] {
    let old = lines(expected)
    let new = lines(actual)
    // Lines become small integers, equal exactly when their scalars are: each pair is then compared in O(1).
    var ids: [[UInt8]: Int] = [:]
    func id(_ line: String) -> Int {
      let key = Array(line.utf8)
      if let known = ids[key] { return known }
      ids[key] = ids.count
      return ids.count - 1
    }
    let oldIDs = old.map(id)
    let newIDs = new.map(id)
    let total = max(1, old.count + new.count)
    let steps =
      MyersDiff.steps(old: oldIDs, new: newIDs, maximumDifferences: max(64, workBudget / total))
      ?? wholesale(old: oldIDs, new: newIDs)
    var result: [DiffLine] = []
    result.reserveCapacity(steps.count)
    var removed: [DiffLine] = []
    var added: [DiffLine] = []
    for step in steps {
      switch step {
      case .same(let index, _):
        result += removed + added
        removed.removeAll()
        added.removeAll()
        result.append(.same(old[index]))
      case .removed(let index): removed.append(.removed(old[index]))
      case .added(let index): added.append(.added(new[index]))
      }
    }
    return result + removed + added
  }

  /// The lines both texts start and end with kept, everything between removed and then added.
  static func wholesale(old: [Int], new: [Int]) -> [MyersDiff.Step] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    var steps: [MyersDiff.Step] = (0..<prefix).map { .same(old: $0, new: $0) }
    steps += (prefix..<(old.count - suffix)).map { .removed(old: $0) }
    steps += (prefix..<(new.count - suffix)).map { .added(new: $0) }
    steps += (0..<suffix).reversed().map { .same(old: old.count - 1 - $0, new: new.count - 1 - $0) }
    return steps
  }

  /// `- expected` / `+ actual` / `  same` lines for a terminal (control characters made visible), red and green
  /// when colour is on. With colour, when as many lines
  /// are added as were just removed, each pair underlines the characters where the two lines differ.
  public static func render(expected: String, actual: String, palette: TerminalPalette, indent: String = "")
    -> [String]
  {
    let lines = diff(expected: expected, actual: actual).map { line -> DiffLine in
      switch line {
      case .same(let text): return .same(ControlCharacters.visible(text))
      case .removed(let text): return .removed(ControlCharacters.visible(text))
      case .added(let text): return .added(ControlCharacters.visible(text))
      }
    }
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

  /// The spans of `old` and `new` around their common prefix and suffix (in characters, compared by scalars).
  static func changedSpans(_ old: String, _ new: String) -> (old: Spans, new: Spans) {
    let oldCharacters = Array(old)
    let newCharacters = Array(new)
    var prefix = 0
    while prefix < oldCharacters.count, prefix < newCharacters.count,
      oldCharacters[prefix].unicodeScalars.elementsEqual(newCharacters[prefix].unicodeScalars)
    {
      prefix += 1
    }
    var suffix = 0
    while suffix < oldCharacters.count - prefix, suffix < newCharacters.count - prefix,
      oldCharacters[oldCharacters.count - 1 - suffix].unicodeScalars.elementsEqual(
        newCharacters[newCharacters.count - 1 - suffix].unicodeScalars)
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
  static func lines(_ text: String) -> [String] { OutputMatcher.lines(text) }
}
