import Foundation
import Reports
import Workbook

extension StudyDriver {
  /// `gradbook hint [ID]`: one more hint of the exercise (the first unfinished one without ID), with those shown
  /// before. Exit 0 when a hint was shown, 1 when the exercise has none, 2 on errors. Outside a course, a `FILE#NAME`
  /// reference shows every hint of that lesson's exercise, recording nothing.
  public func hint(_ reference: String?, course: String?, format: StudyFormat) -> Int32 {
    if course == nil, let reference,
      CourseLocator.locate(course: nil, reference: reference, from: folder).isFailure
    {
      return hintOutsideCourse(reference, format: format)
    }
    guard let workspace = workspace(course: course, reference: reference) else { return 2 }
    let status = status(of: workspace)
    let outcome: ExerciseOutcome
    if let reference {
      switch status.exercise(named: reference) {
      case .failure(let error):
        writeError("error: \(error)\n")
        return 2
      case .success(let found): outcome = found
      }
    } else {
      guard let next = status.firstUnfinished else {
        writeError(
          Phrasebook(for: status.course).courseFinished(total: status.exercises.count, score: status.score)
            + "\n")
        return 1
      }
      outcome = next
    }
    let lesson = status.lesson(of: outcome).lesson
    let name = lesson.exerciseName(at: outcome.cellIndex)
    let total = status.cell(of: outcome).hints.count
    let shown = workspace.showHint(outcome, in: status)
    for notice in workspace.takeNotices() { writeError(palette.paint("note: " + notice, .yellow) + "\n") }
    writeHints(
      shown, total: total, name: name, key: outcome.key, phrasebook: Phrasebook(for: lesson), format: format)
    return total == 0 ? 1 : 0
  }

  private func hintOutsideCourse(_ reference: String, format: StudyFormat) -> Int32 {
    guard let hash = reference.lastIndex(of: "#") else {
      writeError(
        "error: not inside a course, so `\(reference)` cannot be found; name it as FILE#ID (a lesson file and the "
          + "exercise's id)\n")
      return 2
    }
    let file = String(reference[..<hash])
    let name = String(reference[reference.index(after: hash)...])
    let lesson: Lesson
    let path = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: folder)).standardizedFileURL.path
    switch Course.load(path, as: file) {
    case .failure(let error):
      writeError(error.description + "\n")
      return 2
    case .success(let loaded): lesson = loaded
    }
    guard let index = lesson.exerciseIndices.first(where: { lesson.exerciseName(at: $0) == name }) else {
      writeError("\(file): error: no exercise `\(name)` in this lesson\n")
      return 2
    }
    let hints = lesson.cells[index].hints
    writeHints(
      hints, total: hints.count, name: name, key: reference, phrasebook: Phrasebook(for: lesson),
      format: format)
    return hints.isEmpty ? 1 : 0
  }

  private func writeHints(
    _ hints: [String], total: Int, name: String, key: String, phrasebook: Phrasebook, format: StudyFormat
  ) {
    switch format {
    case .json:
      write(StudyJSON.encode(StudyJSON.Hint(exercise: key, total: total, shown: hints.count, hints: hints)))
    case .text:
      guard total > 0 else {
        write(phrasebook.noHints(name) + "\n")
        return
      }
      var text =
        palette.paint(
          ControlCharacters.visibleLine(phrasebook.hintHeading(name, shown: hints.count, total: total)), .bold
        ) + "\n"
      for (number, hint) in hints.enumerated() {
        var body = hint
        while body.hasSuffix("\n") { body.removeLast() }
        text += palette.paint(phrasebook.hint(number + 1) + ": ", [.bold, .yellow])
        text += palette.paint(ControlCharacters.visible(body), .yellow) + "\n"
      }
      if hints.count == total, total > 1 { text += palette.paint(phrasebook.allHintsShown, .dim) + "\n" }
      write(text)
    }
  }
}
