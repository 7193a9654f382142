/// Makes the learner's copy of a source lesson: the same bytes without solutions and hidden checks, stamped.
public enum LessonRelease {
  /// The released bytes of `lesson`: the release stamp as a first line, then the source with every `python
  /// solution` fence and every `python check hidden` fence (with its expectation fences) removed, each together with
  /// the blank lines before it. A solution's expectation fences stay — they follow the starter code and become the
  /// learner's target — unless `keepTargets` is false. Every other byte is kept.
  public static func bytes(of lesson: Lesson, source: String, keepTargets: Bool) -> [UInt8] {
    let text = lesson.source
    var removals: [Range<Int>] = []
    for cell in lesson.cells {
      var fences: [FencedBlock] = []
      switch cell.kind {
      case .solution:
        fences = [cell.fence].compactMap { $0 }
        if !keepTargets { fences += cell.expectations.compactMap(\.fence) }
      case .check where cell.isHidden:
        fences = [cell.fence].compactMap { $0 } + cell.expectations.compactMap(\.fence)
      default:
        break
      }
      removals += fences.compactMap { ExpectationUpdater.removalRange(of: $0, in: text) }
    }
    let stamp = ReleaseStamp(
      source: source, sha256: SHA256.hex(text.bytes), hiddenChecks: hiddenCases(in: lesson))
    var output = Array((stamp.line + text.lineEnding(ofLine: 1)).utf8)
    output.reserveCapacity(output.count + text.bytes.count)
    var cursor = 0
    for range in removals.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= cursor {
      output += text.bytes[cursor..<range.lowerBound]
      cursor = min(range.upperBound, text.bytes.count)
    }
    output += text.bytes[cursor...]
    return output
  }

  /// How many cases the hidden checks of `lesson` have: the number `check` tells a learner will run at grading.
  public static func hiddenCases(in lesson: Lesson) -> Int {
    lesson.cells.filter { $0.kind == .check && $0.isHidden }.reduce(0) {
      $0 + CheckCaseRunner.caseCount(of: $1)
    }
  }
}
