import Workbook

/// Renders `gradbook check`: one block per failing cell, then `N passed, N failed[, N skipped]`.
public struct CheckRenderer {
  public let options: TerminalOptions

  public init(options: TerminalOptions) {
    self.options = options
  }

  /// The failure blocks of one lesson (empty when every cell passed), plus its time with `--timings`.
  public func render(_ report: LessonReport) -> String {
    report.cells.map { render($0, file: report.lesson.file) }.joined() + renderTimings(report)
  }

  /// The failure block of one cell of the lesson in `file` (empty unless the cell failed): a check lists the cases
  /// that did not pass, other cells their differences from the fences.
  public func render(_ cellReport: CellReport, file: String) -> String {
    guard cellReport.status.isFailure else { return "" }
    let location = ControlCharacters.visibleLine(cellReport.cell.location.description)
    var title = "\(location): cell failed"
    if !cellReport.cases.isEmpty {
      let missed = cellReport.cases.filter { $0.status != .pass }.count
      title = "\(location): check failed (\(missed) of \(cellReport.cases.count) cases)"
    }
    var lines = [options.palette.paint(title, [.bold, .red])]
    guard cellReport.cases.isEmpty else {
      return (lines + caseLines(cellReport)).joined(separator: "\n") + "\n"
    }
    let errorLocation = cellReport.result?.error.map {
      SourceLocation(file: file, line: $0.line, column: $0.column)
    }
    for mismatch in cellReport.mismatches {
      lines += MismatchDescription.lines(
        mismatch, palette: options.palette, indent: "  ", errorLocation: errorLocation)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// With `--timings`, the lesson's time and cell count (else nothing).
  public func renderTimings(_ report: LessonReport) -> String {
    guard options.showsTimings else { return "" }
    let count = report.totals.total
    return Self.timed(report.duration, palette: options.palette)
      + "\(ControlCharacters.visibleLine(report.lesson.file)) (\(count) cell\(count == 1 ? "" : "s"))\n"
  }

  /// The cases of a failing check that did not pass: `✗ line 14: name`, then the explanation.
  func caseLines(_ report: CellReport) -> [String] {
    let hidden = report.cell.isHidden
    return report.cases.filter { $0.status != .pass }.flatMap { checkCase -> [String] in
      let label = checkCase.status == .error ? "error" : "failed"
      let name = ControlCharacters.visibleLine(checkCase.name(hidden: hidden))
      var lines = ["  " + options.palette.paint("✗ line \(checkCase.line): \(name) (\(label))", .bold)]
      if let explanation = checkCase.explanation(hidden: hidden) {
        lines += LineDiff.lines(ControlCharacters.visible(explanation)).map { "    " + $0 }
      }
      return lines
    }
  }

  /// `   0.012s  ` — seconds right-aligned in a column, so `--timings` lines line up.
  static func timed(_ seconds: Double, palette: TerminalPalette) -> String {
    let text = TerminalOptions.formatSeconds(seconds)
    return palette.paint(String(repeating: " ", count: max(0, 9 - text.count)) + text, .dim) + "  "
  }

  /// Non-fatal findings of a lesson, one `file:line:col: warning: …` per line.
  public func renderFindings(_ lesson: Lesson) -> String {
    lesson.findings.map {
      options.palette.paint(ControlCharacters.visibleLine($0.description), .yellow) + "\n"
    }
    .joined()
  }

  /// `file:line:col: error: message`.
  public func render(_ error: LessonError) -> String {
    options.palette.paint(ControlCharacters.visibleLine(error.description), [.bold, .red]) + "\n"
  }

  /// The closing line: `N passed, N failed` (`, N skipped` when any), alone on its line.
  public func renderSummary(_ report: WorkbookReport) -> String {
    let totals = report.totals
    var line = "\(totals.succeeded) passed, \(totals.failures) failed"
    if totals.skipped > 0 { line += ", \(totals.skipped) skipped" }
    var text = options.palette.paint(line, report.exitCode == 0 ? .green : [.bold, .red]) + "\n"
    let tally = CheckTally(report)
    // Said before the closing count, which stays the last line for scripts.
    if !tally.isEmpty { text = tally.summary + "\n" + text }
    if options.showsTimings {
      text = Self.timed(report.duration, palette: options.palette) + "total\n" + text
    }
    return text
  }
}
