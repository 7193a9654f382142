/// Runs a lesson's cells in order in one fresh session and checks each against its fences.
public struct LessonRunner {
  public let makeRunner: CellRunnerFactory

  public init(makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter) {
    self.makeRunner = makeRunner
  }

  /// Runs `lesson`; `onCell` sees each cell's report as soon as it is ready.
  ///
  /// A check cell runs case by case (`CheckCaseRunner`). When its exercise's code (the solution, or the exercise itself
  /// when it has none) stopped with an error nobody expected, the check does not run: each case is an error naming it.
  ///
  /// `notRun` names exercises (by cell index) whose code must not run, with the reason their checks report (grading a
  /// submission that lacks them).
  public func run(
    _ lesson: Lesson, notRun: [Int: String] = [:], onCell: ((CellReport) -> Void)? = nil
  ) -> LessonReport {
    let clock = ContinuousClock()
    let lessonStart = clock.now
    let runner = makeRunner()
    var reports: [CellReport] = []
    // Why each exercise's code stopped, keyed by the exercise's cell index.
    var stopped = notRun
    for (index, cell) in lesson.cells.enumerated() {
      var report = CellReport(
        cellIndex: index, cell: cell, status: .skipped, result: nil, mismatches: [], duration: 0)
      if cell.kind == .check, let exercise = cell.exerciseIndex, let reason = stopped[exercise] {
        report.status = .failed
        report.cases = CheckCaseRunner.notRun(cell, because: reason)
      } else if cell.kind == .check {
        let start = clock.now
        let (result, cases) = CheckCaseRunner.run(cell, with: runner)
        report.duration = Self.seconds(clock.now - start)
        report.result = result
        report.cases = cases
        let verdict = CellEvaluator.evaluate(cell, result: result)
        report.mismatches = verdict.mismatches
        if cases.contains(where: { $0.status != .pass }) {
          report.status = cell.expectations.isEmpty ? .failed : verdict.status
        } else {
          report.status = .passed
        }
      } else if cell.isRunnable, notRun[index] == nil {
        let start = clock.now
        let result = runner.run(cell.code, startLine: cell.codeStartLine)
        report.duration = Self.seconds(clock.now - start)
        let verdict = CellEvaluator.evaluate(cell, result: result)
        report.result = result
        report.status = verdict.status
        report.mismatches = verdict.mismatches
        if let exercise = cell.exerciseIndex, cell.isCode(ofExercise: exercise), verdict.status == .error,
          let error = result.error
        {
          stopped[exercise] = "the exercise's code raised \(error.text) (line \(error.line))"
        }
        GraphCheck.check(&report, drawingWith: runner)
      }
      onCell?(report)
      reports.append(report)
    }
    return LessonReport(lesson: lesson, cells: reports, duration: Self.seconds(clock.now - lessonStart))
  }

  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }
}
