/// Runs lessons from command-line paths: expands folders, parses each file, runs each lesson in a fresh session.
public struct Workbook {
  public let runner: LessonRunner

  public init(makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter) {
    runner = LessonRunner(makeRunner: makeRunner)
  }

  /// Runs every lesson found under `paths`; a lesson that fails to load is reported and the others still run.
  public func run(
    paths: [String], onLessonStart: ((Lesson) -> Void)? = nil, onCell: ((Lesson, CellReport) -> Void)? = nil,
    onOutcome: ((LessonOutcome) -> Void)? = nil
  ) -> WorkbookReport {
    let clock = ContinuousClock()
    let start = clock.now
    var outcomes: [LessonOutcome] = []
    for entry in LessonCatalog.lessonFiles(for: paths) {
      let outcome: LessonOutcome
      switch entry.flatMap(LessonCatalog.load) {
      case .failure(let error):
        outcome = .rejected(error)
      case .success(let lesson):
        onLessonStart?(lesson)
        outcome = .ran(runner.run(lesson) { onCell?(lesson, $0) })
      }
      onOutcome?(outcome)
      outcomes.append(outcome)
    }
    return WorkbookReport(outcomes: outcomes, duration: LessonRunner.seconds(clock.now - start))
  }
}
