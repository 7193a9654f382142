import Workbook

/// Renders `gradbook check`: one block per failing cell, then `N passed, N failed[, N skipped]`.
public struct CheckRenderer {
  public let options: TerminalOptions

  public init(options: TerminalOptions) {
    self.options = options
  }

  /// The failure blocks of one lesson (empty when every cell passed), plus its time with `--timings`.
  public func render(_ report: LessonReport) -> String {
    var blocks: [String] = []
    for cellReport in report.cells where cellReport.status.isFailure {
      var lines = [
        options.palette.paint(
          "\(report.lesson.file):\(cellReport.cell.location.line): cell failed", [.bold, .red])
      ]
      for mismatch in cellReport.mismatches {
        lines += MismatchDescription.lines(
          mismatch, palette: options.palette, indent: "  ", errorLine: cellReport.result?.error?.line)
      }
      blocks.append(lines.joined(separator: "\n") + "\n")
    }
    if options.showsTimings {
      let totals = report.totals
      blocks.append(
        options.palette.paint(
          "\(report.lesson.file): \(totals.total) cells in \(TerminalOptions.formatSeconds(report.duration))",
          .dim) + "\n")
    }
    return blocks.joined()
  }

  /// Non-fatal findings of a lesson, one `file:line:col: warning: …` per line.
  public func renderFindings(_ lesson: Lesson) -> String {
    lesson.findings.map { options.palette.paint($0.description, .yellow) + "\n" }.joined()
  }

  /// `file:line:col: error: message`.
  public func render(_ error: LessonError) -> String {
    options.palette.paint(error.description, [.bold, .red]) + "\n"
  }

  /// The closing line: `N passed, N failed` (`, N skipped` when any), alone on its line.
  public func renderSummary(_ report: WorkbookReport) -> String {
    let totals = report.totals
    var line = "\(totals.succeeded) passed, \(totals.failures) failed"
    if totals.skipped > 0 { line += ", \(totals.skipped) skipped" }
    var text = options.palette.paint(line, report.exitCode == 0 ? .green : [.bold, .red]) + "\n"
    if options.showsTimings {
      text =
        options.palette.paint("total time \(TerminalOptions.formatSeconds(report.duration))", .dim) + "\n"
        + text
    }
    return text
  }
}
