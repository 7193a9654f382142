/// A source lesson made ready to grade one learner: each exercise runs the learner's code in place of its solution,
/// and every check — public and hidden — runs after it, exactly as in the source.
public enum GradedLesson {
  /// What a submission holds for one exercise.
  public enum Answer: Equatable, Sendable {
    /// The body of the learner's exercise fence; `startLine` is its first line in the learner's file, so errors point
    /// there.
    case code(String, startLine: Int)
    /// Nothing to run: the checks report `reason` as their error.
    case missing(reason: String)
  }

  /// The lesson to run and the exercises (by cell index) whose code must not run. An exercise without an entry in
  /// `answers` (keyed by exercise id) keeps its starter code.
  public static func make(_ source: Lesson, answers: [String: Answer]) -> (
    lesson: Lesson, notRun: [Int: String]
  ) {
    var lesson = source
    var notRun: [Int: String] = [:]
    for index in lesson.cells.indices {
      switch lesson.cells[index].kind {
      case .solution:
        lesson.cells[index].isSkipped = true
      case .exercise:
        lesson.cells[index].hasSolution = false
        lesson.cells[index].isSkipped = false
        switch lesson.cells[index].id.flatMap({ answers[$0] }) {
        case .code(let code, let startLine):
          lesson.cells[index].code = code
          lesson.cells[index].codeStartLine = startLine
        case .missing(let reason):
          notRun[index] = reason
        case nil:
          break
        }
      case .code, .check:
        break
      }
    }
    return (lesson, notRun)
  }
}
