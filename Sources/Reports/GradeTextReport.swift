import Workbook

/// `gradbook grade` for a person: a table of submissions × exercises with totals, the exercises it numbers, then for
/// each submission that lost points why, and its notes.
public enum GradeTextReport {
  /// The report; every text from a submission or a lesson is shown on one line with its control characters spelled
  /// out (`\x1b`), so nothing a learner wrote can drive the terminal.
  public static func render(_ report: GradeReport) -> String {
    guard report.sourceErrors.isEmpty else {
      return report.sourceErrors.map { line($0.description) + "\n" }.joined() + "nothing was graded\n"
    }
    var lines: [String] = []
    let numbers = report.exercises.indices.map { String($0 + 1) }
    let names = report.submissions.map { line($0.name) }
    let nameWidth = min(40, max(10, names.map { DisplayWidth.of($0) }.max() ?? 0))
    var rows: [[String]] = [["submission"] + numbers + ["score", "%"]]
    for submission in report.submissions {
      var scores: [String: Double] = [:]
      for exercise in submission.exercises { scores[exercise.id] = exercise.score }
      let marker = submission.status == .error ? " !" : ""
      rows.append(
        [line(submission.name) + marker]
          + report.exercises.map { PointsFormat.text(scores[$0.id] ?? 0, decimals: 2) }
          + [
            PointsFormat.text(submission.score, decimals: 2) + "/"
              + PointsFormat.text(submission.maxScore, decimals: 2),
            PointsFormat.percent(submission.score, of: submission.maxScore),
          ])
    }
    let maxima = report.exercises.map { PointsFormat.text($0.maxScore, decimals: 2) }
    let total = report.exercises.reduce(0) { $0 + $1.maxScore }
    rows.append(["max"] + maxima + [PointsFormat.text(total, decimals: 2), "100"])
    if !report.submissions.isEmpty {
      let count = Double(report.submissions.count)
      let means = report.exercises.map { column in
        report.submissions.reduce(0.0) { sum, submission in
          sum + (submission.exercises.first { $0.id == column.id }?.score ?? 0)
        } / count
      }
      let meanScore = report.submissions.reduce(0) { $0 + $1.score } / count
      rows.append(
        ["mean"] + means.map { PointsFormat.text($0, decimals: 2) } + [
          PointsFormat.text(meanScore, decimals: 2), PointsFormat.percent(meanScore, of: total),
        ])
    }
    var widths = rows[0].indices.map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    widths[0] = max(nameWidth, DisplayWidth.of("submission"))
    for (index, row) in rows.enumerated() {
      if index == rows.count - (report.submissions.isEmpty ? 1 : 2) {
        lines.append(String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
      }
      let cells = row.enumerated().map { column, text in
        column == 0 ? pad(text, widths[0]) : leftPad(text, widths[column])
      }
      lines.append(cells.joined(separator: "  "))
    }
    lines.append("")
    for (number, exercise) in report.exercises.enumerated() {
      lines.append(
        "\(leftPad(String(number + 1), numbers.last?.count ?? 1)) \(exercise.id) "
          + "(\(line(exercise.lessonFile)):\(exercise.line), \(PointsFormat.text(exercise.maxScore)) pt)")
    }
    for submission in report.submissions where submission.status != .pass || !submission.notes.isEmpty {
      lines.append("")
      lines.append("\(line(submission.name)): \(submission.status.rawValue)")
      for error in submission.errors { lines.append("  error: " + line(error)) }
      let missing = submission.exercises.filter(\.isMissing).map(\.id)
      if !missing.isEmpty { lines.append("  missing (0 points): " + missing.joined(separator: ", ")) }
      for exercise in submission.exercises where !exercise.isMissing && exercise.score < exercise.maxScore {
        var text = "  \(exercise.id) \(PointsFormat.text(exercise.score, decimals: 2))/"
        text += PointsFormat.text(exercise.maxScore, decimals: 2) + ": "
        if let problem = exercise.problem {
          text += line(problem)
        } else {
          let missed = exercise.tests.filter { $0.status != .pass }
          text += missed.first.map { "✗ " + line($0.message ?? $0.name) } ?? ""
          if missed.count > 1 { text += " (+\(missed.count - 1) more)" }
        }
        lines.append(text)
      }
      for note in submission.notes { lines.append("  note: " + line(note)) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One line of text from a submission or a lesson, control characters spelled out.
  private static func line(_ text: String) -> String { ControlCharacters.visibleLine(text) }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
  }

  private static func leftPad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
  }
}
