/// Finds how a learner's copy differs from its source in everything but exercise bodies: checks and cells edited,
/// removed, added or duplicated. Grading ignores all of it (the source's cells run); each difference becomes a note.
enum LessonComparison {
  /// A cell as compared: its kind, code and expectation fences.
  private struct Signature: Equatable {
    var kind: CellKind
    var code: String
    var expectations: [String]

    init(_ cell: Cell) {
      kind = cell.kind
      code = cell.code
      expectations = cell.expectations.map { $0.kind.rawValue + "\n" + $0.text }
    }

    var noun: String {
      switch kind {
      case .check: return "check"
      case .solution: return "solution"
      case .code, .exercise: return "cell"
      }
    }
  }

  /// Notes for every difference between the copy's cells and the source's released cells (code and public checks).
  static func differences(copy: Lesson, source: Lesson) -> [String] {
    let expected = source.cells.filter { $0.kind == .code || ($0.kind == .check && !$0.isHidden) }
    let actual = copy.cells.filter { $0.kind != .exercise }
    let left = expected.map(Signature.init)
    let right = actual.map(Signature.init)
    var notes: [String] = []
    var removed: [Int] = []
    var added: [Int] = []
    func flush() {
      var pairs = 0
      while pairs < removed.count, pairs < added.count, left[removed[pairs]].kind == right[added[pairs]].kind
      {
        let was = expected[removed[pairs]]
        let now = actual[added[pairs]]
        notes.append(
          "\(copy.file):\(now.location.line): the \(right[added[pairs]].noun) differs from the source "
            + "(\(source.file):\(was.location.line)); the source's is used")
        pairs += 1
      }
      for index in removed.dropFirst(pairs) {
        let was = expected[index]
        notes.append(
          "\(copy.file): the \(left[index].noun) at \(source.file):\(was.location.line) is missing; "
            + "it runs from the source anyway")
      }
      for index in added.dropFirst(pairs) {
        let now = actual[index]
        let noun = right[index].noun
        if let twin = right.indices.first(where: { $0 != index && right[$0] == right[index] }) {
          notes.append(
            "\(copy.file):\(now.location.line): a copy of the \(noun) at line \(actual[twin].location.line); ignored"
          )
        } else {
          notes.append("\(copy.file):\(now.location.line): a \(noun) that is not in the source; ignored")
        }
      }
      removed = []
      added = []
    }
    for step in editScript(left, right) {
      switch step {
      case .same:
        flush()
      case .removed(let index):
        removed.append(index)
      case .added(let index):
        added.append(index)
      }
    }
    flush()
    return notes
  }

  private enum Step {
    case same
    case removed(Int)
    case added(Int)
  }

  /// The longest-common-subsequence edit script from `left` to `right` (lessons have tens of cells).
  private static func editScript(_ left: [Signature], _ right: [Signature]) -> [Step] {
    var table = Array(repeating: Array(repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in stride(from: left.count - 1, through: 0, by: -1) {
      for j in stride(from: right.count - 1, through: 0, by: -1) {
        table[i][j] = left[i] == right[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var steps: [Step] = []
    var i = 0
    var j = 0
    while i < left.count || j < right.count {
      if i < left.count, j < right.count, left[i] == right[j] {
        steps.append(.same)
        i += 1
        j += 1
      } else if j < right.count, i == left.count || table[i][j + 1] >= table[i + 1][j] {
        steps.append(.added(j))
        j += 1
      } else {
        steps.append(.removed(i))
        i += 1
      }
    }
    return steps
  }
}
