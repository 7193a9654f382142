import Reports
import Workbook

/// `gradbook list` as text: each lesson, then its exercises with a mark, points, hints seen and attempts.
struct StudyListRenderer {
  let options: TerminalOptions
  private var palette: TerminalPalette { options.palette }

  func render(_ status: CourseStatus, progress: Progress) -> String {
    lines(status, progress: progress).lines.joined(separator: "\n") + "\n"
  }

  /// The lines of the list, and which of them is the row of exercise `current` (marked with `▸`).
  func lines(_ status: CourseStatus, progress: Progress, current: String? = nil) -> (
    lines: [String], row: Int?
  ) {
    var currentRow: Int?
    let phrasebook = Phrasebook(for: status.course)
    let names = status.exercises.map { status.lesson(of: $0).lesson.exerciseName(at: $0.cellIndex) }
    let nameColumn = min(28, names.map { DisplayWidth.of($0) }.max() ?? 0)
    var lines: [String] = []
    for (lessonIndex, courseLesson) in status.course.lessons.enumerated() {
      let exercises = status.exercises.enumerated().filter { $0.element.lessonIndex == lessonIndex }
      guard !exercises.isEmpty else { continue }
      let header = courseLesson.lesson.file + " · " + courseLesson.lesson.title
      lines.append(palette.paint(ControlCharacters.visibleLine(Self.cut(header, to: options.width)), .bold))
      for (position, outcome) in exercises {
        let history = progress.history(outcome.key)
        let hints = status.cell(of: outcome).hints.count
        var details = [
          outcome.state == .notStarted
            ? phrasebook.state(.notStarted) : phrasebook.points(outcome.score, of: outcome.maxScore)
        ]
        if hints > 0, history.hintsShown > 0 {
          details.append(phrasebook.hintsSeen(min(history.hintsShown, hints), of: hints))
        }
        if history.attempts > 0 { details.append(phrasebook.attempts(history.attempts)) }
        if outcome.isUpdated { details.append(phrasebook.exerciseUpdated) }
        let name = ControlCharacters.visibleLine(names[position])
        let padding = String(repeating: " ", count: max(0, nameColumn - DisplayWidth.of(name)))
        let pointer = outcome.key == current ? palette.paint("▸ ", .bold) : "  "
        if outcome.key == current { currentRow = lines.count }
        let row =
          pointer + mark(outcome.state) + " " + name + padding + "  " + details.joined(separator: " · ")
        lines.append(row)
      }
    }
    if !status.retired.isEmpty { lines.append(palette.paint(phrasebook.retired(status.retired), .dim)) }
    let totals = phrasebook.courseTotals(
      passed: status.passedCount, of: status.exercises.count, score: status.score, of: status.maxScore)
    let finished = status.passedCount == status.exercises.count
    lines.append(palette.paint(totals, finished ? [.bold, .green] : .bold))
    return (lines, currentRow)
  }

  func mark(_ state: ExerciseState) -> String {
    switch state {
    case .passed: return palette.paint("✓", [.bold, .green])
    case .failed: return palette.paint("✗", [.bold, .red])
    case .notStarted: return palette.paint("·", .dim)
    }
  }

  /// `text` cut to `width` columns with `…`.
  static func cut(_ text: String, to width: Int) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    var result = ""
    var used = 0
    for character in text {
      let columns = DisplayWidth.of(character)
      if used + columns > width - 1 { break }
      result.append(character)
      used += columns
    }
    return result + "…"
  }
}
