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
    let workbook = Workbook(makeRunner: makeRunner)
    let renderer = TerminalRenderer(options: options)
    let report = workbook.run(
      paths: paths,
      onOutcome: { outcome in
        guard format == .text else { return }
        switch outcome {
        case .ran(let lessonReport): write(renderer.render(lessonReport) + "\n")
        case .rejected(let error): writeError(renderer.render(error))
        }
      })
    switch format {
    case .text:
      if report.outcomes.count > 1 { write(renderer.renderSummary(report)) }
    case .json:
      reportRejectedLessons(report, options: options)
      write(JSONReport(report, command: "run", version: GradbookVersion.current).encoded())
    case .html:
      reportRejectedLessons(report, options: options)
      write(HTMLReport().render(report))
    }
    return report.exitCode
  }

  /// `gradbook check`: failures only, then the closing count; with `update`, promotes actual results into the fences.
  public func check(paths: [String], format: OutputFormat, options: TerminalOptions, update: Bool) -> Int32 {
    let workbook = Workbook(makeRunner: makeRunner)
    let renderer = CheckRenderer(options: options)
    let report = workbook.run(
      paths: paths,
      onOutcome: { outcome in
        guard format == .text else { return }
        switch outcome {
        case .ran(let lessonReport):
          writeError(renderer.renderFindings(lessonReport.lesson))
          write(renderer.render(lessonReport))
        case .rejected(let error):
          writeError(renderer.render(error))
        }
      })
    switch format {
    case .text: write(renderer.renderSummary(report))
    case .json:
      reportRejectedLessons(report, options: options)
      write(JSONReport(report, command: "check", version: GradbookVersion.current).encoded())
    case .html:
      reportRejectedLessons(report, options: options)
      write(HTMLReport().render(report))
    }
    if update { writeUpdates(report) }
    return report.exitCode
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
