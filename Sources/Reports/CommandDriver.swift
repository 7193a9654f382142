import Foundation
import Workbook

/// What `gradbook run` and `gradbook check` do, apart from parsing options: run lessons, print, update, pick the exit code.
public struct CommandDriver {
  public var makeRunner: CellRunnerFactory
  /// Receives standard output text.
  public var write: (String) -> Void
  /// Receives standard error text.
  public var writeError: (String) -> Void

  public init(
    makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter, write: @escaping (String) -> Void,
    writeError: @escaping (String) -> Void
  ) {
    self.makeRunner = makeRunner
    self.write = write
    self.writeError = writeError
  }

  /// `gradbook run`: every lesson as a learner reads it (or JSON/HTML). Returns the exit code.
  public func run(paths: [String], format: OutputFormat, options: TerminalOptions) -> Int32 {
    let renderer = TerminalRenderer(options: options)
    let report = runLessons(
      "run", paths: paths, format: format, options: options,
      showLesson: { write(renderer.render($0) + "\n") },
      showRejected: { writeError(renderer.render($0)) },
      showSummary: { if $0.outcomes.count > 1 { write(renderer.renderSummary($0)) } })
    return report.exitCode
  }

  /// `gradbook check`: failures only, then the closing count; with `update`, promotes actual results into the fences.
  public func check(paths: [String], format: OutputFormat, options: TerminalOptions, update: Bool) -> Int32 {
    let renderer = CheckRenderer(options: options)
    let report = runLessons(
      "check", paths: paths, format: format, options: options,
      showLesson: {
        writeError(renderer.renderFindings($0.lesson))
        write(renderer.render($0))
      },
      showRejected: { writeError(renderer.render($0)) },
      showSummary: { write(renderer.renderSummary($0)) })
    if update { writeUpdates(report) }
    return report.exitCode
  }

  /// Runs the lessons of `command`: in text format each lesson is shown as it finishes and the summary at the end;
  /// JSON and HTML are written whole at the end, with unreadable lessons also named on standard error.
  private func runLessons(
    _ command: String, paths: [String], format: OutputFormat, options: TerminalOptions,
    showLesson: @escaping (LessonReport) -> Void, showRejected: @escaping (LessonError) -> Void,
    showSummary: (WorkbookReport) -> Void
  ) -> WorkbookReport {
    let report = Workbook(makeRunner: makeRunner).run(
      paths: paths,
      onOutcome: { outcome in
        guard format == .text else { return }
        switch outcome {
        case .ran(let lessonReport): showLesson(lessonReport)
        case .rejected(let error): showRejected(error)
        }
      })
    switch format {
    case .text:
      showSummary(report)
    case .json:
      reportRejectedLessons(report, options: options)
      write(JSONReport(report, command: command, version: GradbookVersion.current).encoded())
    case .html:
      reportRejectedLessons(report, options: options)
      write(HTMLReport().render(report))
    }
    return report
  }

  private func reportRejectedLessons(_ report: WorkbookReport, options: TerminalOptions) {
    for error in report.rejected { writeError(CheckRenderer(options: options).render(error)) }
  }

  /// Rewrites the fences of failing cells in each lesson file and says what changed on standard error.
  private func writeUpdates(_ report: WorkbookReport) {
    for lessonReport in report.lessonReports where lessonReport.totals.failures > 0 {
      let update = ExpectationUpdater.update(lessonReport)
      for finding in update.findings { writeError(finding.description + "\n") }
      guard update.changedFences > 0, update.bytes != lessonReport.lesson.source.bytes else { continue }
      do {
        try Data(update.bytes).write(to: URL(fileURLWithPath: lessonReport.lesson.file), options: .atomic)
        let count = update.changedFences
        writeError("\(lessonReport.lesson.file): updated \(count) fence\(count == 1 ? "" : "s")\n")
      } catch {
        writeError(
          "\(lessonReport.lesson.file): error: could not write the updated lesson: \(error.localizedDescription)\n"
        )
      }
    }
  }
}
