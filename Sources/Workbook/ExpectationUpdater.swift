/// Writes actual results back into a lesson's expectation fences (`check --update`), leaving every other byte alone.
public enum ExpectationUpdater {
  /// The rewritten lesson: its new bytes, how many fences changed, and fences that could not be rewritten.
  public struct Update: Sendable {
    public var bytes: [UInt8]
    public var changedFences: Int
    public var findings: [Finding]
  }

  private struct Edit {
    var range: Range<Int>
    var replacement: [UInt8]
    var order: Int
  }

  /// Computes the updated source for `report`: failing fences get the actual text, fences for channels that are now empty
  /// are removed, and channels with no fence get a new fence after the cell's last remaining fence. Passing fences
  /// (including `output approx` within tolerance and `...` patterns that still match) are never touched.
  public static func update(_ report: LessonReport) -> Update {
    let source = report.lesson.source
    var edits: [Edit] = []
    var findings: [Finding] = []
    var changed = 0
    for cellReport in report.cells where cellReport.status.isFailure && cellReport.cell.kind != .check {
      let cell = cellReport.cell
      guard let cellFence = cell.fence else { continue }
      var removed: Set<ExpectationKind> = []
      var inserts: [ExpectationMismatch] = []
      for mismatch in mismatchesToRecord(cellReport) {
        let actual = mismatch.actual
        if mismatch.kind == .graph, actual.isEmpty, let expectation = cell.expectation(.graph) {
          // A graph that could not be drawn (an undefined name) is the lesson's mistake; its fence stays.
          findings.append(
            Finding(
              location: expectation.location, severity: .warning,
              message: "cannot update this graph fence: \(mismatch.reason ?? "no graph was drawn")"))
          continue
        }
        guard mismatch.hasFence, let expectation = cell.expectation(mismatch.kind),
          let fence = expectation.fence
        else {
          if !actual.isEmpty { inserts.append(mismatch) }
          continue
        }
        if actual.isEmpty {
          guard let range = removalRange(of: fence, in: source) else { continue }
          edits.append(Edit(range: range, replacement: [], order: edits.count))
          removed.insert(mismatch.kind)
          changed += 1
          continue
        }
        guard let body = fence.bodyByteRange else { continue }
        if closesEarly(actual, character: fence.character, length: fence.length) {
          findings.append(
            Finding(
              location: expectation.location, severity: .warning,
              message:
                "cannot update this fence: the new text has a line that would close it; lengthen its \(fence.marker) by hand"
            ))
          continue
        }
        edits.append(
          Edit(range: body, replacement: Array(bodyText(actual, fence: fence).utf8), order: edits.count))
        changed += 1
      }
      guard !inserts.isEmpty else { continue }
      let anchor = cell.expectations.last { !removed.contains($0.kind) }?.fence ?? cellFence
      guard let closingLine = anchor.closingLine, let closing = source.contentRange(ofLine: closingLine)
      else { continue }
      var text = ""
      for mismatch in inserts.sorted(by: { order($0.kind) < order($1.kind) }) {
        text += newFence(kind: mismatch.kind, text: mismatch.actual, like: anchor)
        changed += 1
      }
      edits.append(
        Edit(
          range: closing.upperBound..<closing.upperBound, replacement: Array(text.utf8), order: edits.count))
    }
    var output: [UInt8] = []
    output.reserveCapacity(source.bytes.count)
    var cursor = 0
    for edit in edits.sorted(by: { ($0.range.lowerBound, $0.order) < ($1.range.lowerBound, $1.order) }) {
      guard edit.range.lowerBound >= cursor, edit.range.upperBound <= source.bytes.count else { continue }
      output.append(contentsOf: source.bytes[cursor..<edit.range.lowerBound])
      output.append(contentsOf: edit.replacement)
      cursor = edit.range.upperBound
    }
    output.append(contentsOf: source.bytes[cursor...])
    return Update(bytes: output, changedFences: changed, findings: findings)
  }

  /// The report's mismatches, plus, for a cell with no fence yet, its other non-empty channels: once the cell
  /// has a fence, all three channels are compared, so recording only the error would leave it failing.
  private static func mismatchesToRecord(_ report: CellReport) -> [ExpectationMismatch] {
    var mismatches = report.mismatches
    guard report.cell.expectations.isEmpty, let result = report.result else { return mismatches }
    for (kind, actual) in [(ExpectationKind.output, result.output), (.warning, report.actualWarningsText)]
    where !actual.isEmpty && !mismatches.contains(where: { $0.kind == kind }) {
      mismatches.append(ExpectationMismatch(kind: kind, expected: "", actual: actual, hasFence: false))
    }
    return mismatches
  }

  private static func order(_ kind: ExpectationKind) -> Int {
    switch kind {
    case .output: return 0
    case .warning: return 1
    case .error: return 2
    case .graph: return 3
    }
  }

  /// The fence body for `text`: each line behind the container prefix, each ended with the file's line ending.
  static func bodyText(_ text: String, fence: FencedBlock) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let blankPrefix = String(fence.linePrefix.reversed().drop { $0 == " " }.reversed())
    return lines.map { ($0.isEmpty ? blankPrefix : fence.linePrefix + $0) + fence.lineEnding }.joined()
  }

  /// A new fence (preceded by a blank line) to insert right after the end of `anchor`'s closing marker.
  static func newFence(kind: ExpectationKind, text: String, like anchor: FencedBlock) -> String {
    var fence = anchor
    while closesEarly(text, character: fence.character, length: fence.length) { fence.length += 1 }
    let blankPrefix = String(fence.linePrefix.reversed().drop { $0 == " " }.reversed())
    let ending = fence.lineEnding
    return ending + blankPrefix + ending + fence.linePrefix + fence.marker + kind.rawValue + ending
      + bodyText(text, fence: fence) + fence.linePrefix + fence.marker
  }

  /// Whether some line of `text` would end a fence of `length` `character`s.
  static func closesEarly(_ text: String, character: Character, length: Int) -> Bool {
    text.split(separator: "\n").contains { line in
      let trimmed = line.drop { $0 == " " }
      return trimmed.prefix { $0 == character }.count >= length
        && trimmed.drop { $0 == character }.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }
  }

  /// The bytes to delete to remove a fence and the blank lines before it; at the end of a file without a final
  /// newline, the line ending before the fence goes instead, so the file still ends the way it did.
  static func removalRange(of fence: FencedBlock, in source: SourceText) -> Range<Int>? {
    guard let closingLine = fence.closingLine, let closingFull = source.fullRange(ofLine: closingLine),
      let closingContent = source.contentRange(ofLine: closingLine)
    else { return nil }
    var firstLine = fence.openingLine
    while firstLine > 1, isBlankInContainer(line: firstLine - 1, in: source) { firstLine -= 1 }
    guard let firstFull = source.fullRange(ofLine: firstLine) else { return nil }
    let endsWithoutNewline = closingFull.upperBound == closingContent.upperBound
    if endsWithoutNewline, firstLine > 1, let previous = source.contentRange(ofLine: firstLine - 1) {
      return previous.upperBound..<closingContent.upperBound
    }
    return firstFull.lowerBound..<closingFull.upperBound
  }

  private static func isBlankInContainer(line: Int, in source: SourceText) -> Bool {
    source.lineBytes(line).allSatisfy {
      $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">")
    }
  }
}
