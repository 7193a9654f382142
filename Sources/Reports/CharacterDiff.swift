/// Which characters of a changed line differ from the line it replaces: a shortest edit script over Unicode scalars
/// between one removed and one added line of a line diff.
enum CharacterDiff {
  /// A run of a line's text, changed or kept.
  struct Segment: Equatable {
    var text: String
    var isChanged: Bool
  }

  /// Lines longer than this (in scalars) are not compared character by character.
  static let maximumLength = 4_000

  /// The removed and the added line as segments, or nil when they share too little (under a third of the longer
  /// line) for marks to help, or are too long to compare.
  static func segments(removed: String, added: String) -> (removed: [Segment], added: [Segment])? {
    let old = Array(removed.unicodeScalars)
    let new = Array(added.unicodeScalars)
    guard old.count <= maximumLength, new.count <= maximumLength, !old.isEmpty, !new.isEmpty,
      let steps = MyersDiff.steps(
        old: old.map { Int($0.value) }, new: new.map { Int($0.value) }, maximumDifferences: maximumLength)
    else { return nil }
    var same = 0
    var oldMarks = [Bool](repeating: true, count: old.count)
    var newMarks = [Bool](repeating: true, count: new.count)
    for case .same(let oldIndex, let newIndex) in steps {
      same += 1
      oldMarks[oldIndex] = false
      newMarks[newIndex] = false
    }
    guard same * 3 >= max(old.count, new.count) else { return nil }
    return (runs(old, oldMarks), runs(new, newMarks))
  }

  /// `scalars` cut where `changed` flips.
  private static func runs(_ scalars: [Unicode.Scalar], _ changed: [Bool]) -> [Segment] {
    var segments: [Segment] = []
    var current = String.UnicodeScalarView()
    var state = changed.first ?? false
    for (scalar, mark) in zip(scalars, changed) {
      if mark != state, !current.isEmpty {
        segments.append(Segment(text: String(current), isChanged: state))
        current = String.UnicodeScalarView()
      }
      state = mark
      current.append(scalar)
    }
    if !current.isEmpty { segments.append(Segment(text: String(current), isChanged: state)) }
    return segments
  }
}
