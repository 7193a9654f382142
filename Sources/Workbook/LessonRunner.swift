/// Runs a lesson's cells in order in one fresh session and checks each against its fences.
public struct LessonRunner {
  public let makeRunner: CellRunnerFactory

  public init(makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter) {
    self.makeRunner = makeRunner
  }

  /// Runs `lesson`; `onCell` sees each cell's report as soon as it is ready.
  public func run(_ lesson: Lesson, onCell: ((CellReport) -> Void)? = nil) -> LessonReport {
    let clock = ContinuousClock()
    let lessonStart = clock.now
    let runner = makeRunner()
    var reports: [CellReport] = []
    for (index, cell) in lesson.cells.enumerated() {
      let report: CellReport
      if cell.isRunnable {
        let start = clock.now
        let result = runner.run(cell.code, startLine: cell.codeStartLine)
        let elapsed = Self.seconds(clock.now - start)
        let verdict = CellEvaluator.evaluate(cell, result: result)
        report = CellReport(
          cellIndex: index, cell: cell, status: verdict.status, result: result,
          mismatches: verdict.mismatches, duration: elapsed)
      } else {
        report = CellReport(
          cellIndex: index, cell: cell, status: .skipped, result: nil, mismatches: [], duration: 0)
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
