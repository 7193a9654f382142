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

  /// `gradbook run`: every lesson as a learner reads it (or JSON/HTML), each cell shown as it finishes. Returns the
  /// exit code.
  public func run(paths: [String], format: OutputFormat, options: TerminalOptions, jobs: Int = 1) -> Int32 {
    let renderer = TerminalRenderer(options: options)
    var stream: TerminalLessonStream?
    let report = runLessons(
      "run", paths: paths, format: format, options: options, jobs: jobs,
      showStart: { lesson in
        var started = TerminalLessonStream(renderer: renderer, lesson: lesson)
        write(started.start())
        stream = started
      },
      showCell: { cell in
        guard var current = stream else { return }
        // Set aside while it changes, so the stream's storage is not shared and appending stays O(1).
        stream = nil
        write(current.add(cell))
        stream = current
      },
      showLesson: { report in
        guard var current = stream else { return }
        stream = nil
        write(current.finish(report) + "\n")
      },
      showRejected: { writeError(renderer.render($0)) },
      showSummary: { if $0.outcomes.count > 1 { write(renderer.renderSummary($0)) } })
    return report.exitCode
  }

  /// `gradbook check`: failures only, each as its cell finishes, then the closing count; with `update`, promotes
  /// actual results into the fences.
  public func check(
    paths: [String], format: OutputFormat, options: TerminalOptions, update: Bool, jobs: Int = 1
  ) -> Int32 {
    let renderer = CheckRenderer(options: options)
    var file = ""
    let report = runLessons(
      "check", paths: paths, format: format, options: options, jobs: jobs,
      showStart: { lesson in
        file = lesson.file
        writeError(renderer.renderFindings(lesson))
      },
      showCell: { write(renderer.render($0, file: file)) },
      showLesson: { write(renderer.renderTimings($0)) },
      showRejected: { writeError(renderer.render($0)) },
      showSummary: { write(renderer.renderSummary($0)) })
    // A lesson that could not be updated is an error of its own (2), beyond the failures the run found.
    if update, !writeUpdates(report) { return 2 }
    return report.exitCode
  }

  /// Runs the lessons of `command`: in text format each lesson is shown as it starts, each cell as it finishes and
  /// the summary at the end; JSON and HTML are written whole at the end, with unreadable lessons also named on
  /// standard error.
  private func runLessons(
    _ command: String, paths: [String], format: OutputFormat, options: TerminalOptions, jobs: Int,
    showStart: @escaping (Lesson) -> Void, showCell: @escaping (CellReport) -> Void,
    showLesson: @escaping (LessonReport) -> Void, showRejected: @escaping (LessonError) -> Void,
    showSummary: (WorkbookReport) -> Void
  ) -> WorkbookReport {
    let isText = format == .text
    let report = Workbook(makeRunner: makeRunner, jobs: jobs).run(
      paths: paths, requiringCells: command == "check",
      onLessonStart: { if isText { showStart($0) } },
      onCell: { if isText { showCell($1) } },
      onOutcome: { outcome in
        guard isText else { return }
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
      let pictures = GraphPictures.draw(report, audience: .learner, graphviz: Graphviz.fromPath())
      write(HTMLReport(audience: .learner, pictures: pictures).render(report))
    case .junit:
      reportRejectedLessons(report, options: options)
      write(JUnitReport.render(report))
    }
    return report
  }

  private func reportRejectedLessons(_ report: WorkbookReport, options: TerminalOptions) {
    for error in report.rejected { writeError(CheckRenderer(options: options).render(error)) }
  }

  /// Rewrites the fences of failing cells in each lesson file (through `AtomicFileWriter`) and says what changed on
  /// standard error. Returns false when some lesson could not be written.
  private func writeUpdates(_ report: WorkbookReport) -> Bool {
    var wroteAll = true
    for lessonReport in report.lessonReports where lessonReport.totals.failures > 0 {
      let file = lessonReport.lesson.file
      let update = ExpectationUpdater.update(lessonReport)
      for finding in update.findings { writeError(ControlCharacters.visibleLine(finding.description) + "\n") }
      guard update.changedFences > 0, update.bytes != lessonReport.lesson.source.bytes else { continue }
      do {
        try AtomicFileWriter(path: file).write(update.bytes, replacing: lessonReport.lesson.source.bytes)
        let count = update.changedFences
        writeError("\(ControlCharacters.visibleLine(file)): updated \(count) fence\(count == 1 ? "" : "s")\n")
      } catch let failure as AtomicFileWriter.Failure {
        wroteAll = false
        let hint = failure.reason == .changedSinceRead ? " (run `check --update` again)" : ""
        writeError(ControlCharacters.visibleLine(failure.description + hint) + "\n")
      } catch {
        wroteAll = false
        writeError(ControlCharacters.visibleLine("\(file): error: cannot write: \(error)") + "\n")
      }
    }
    return wroteAll
  }
}
