/// Runs lessons from command-line paths: expands folders, parses each file, runs each lesson in a fresh session.
public struct Workbook {
  public let runner: LessonRunner

  public init(makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter) {
    runner = LessonRunner(makeRunner: makeRunner)
  }

  /// Runs every lesson found under `paths`; a lesson that fails to load is reported and the others still run. With
  /// `requiringCells` (as `check` asks), a path whose lessons all ran and hold no python cell at all is an error too:
  /// checking it would pass while checking nothing.
  public func run(
    paths: [String], requiringCells: Bool = false, onLessonStart: ((Lesson) -> Void)? = nil,
    onCell: ((Lesson, CellReport) -> Void)? = nil, onOutcome: ((LessonOutcome) -> Void)? = nil
  ) -> WorkbookReport {
    let clock = ContinuousClock()
    let start = clock.now
    var outcomes: [LessonOutcome] = []
    func record(_ outcome: LessonOutcome) {
      onOutcome?(outcome)
      outcomes.append(outcome)
    }
    for path in paths {
      var cells = 0
      var ranLessons = 0
      var rejected = false
      for entry in LessonCatalog.lessonFiles(forPath: path) {
        switch entry.flatMap({ LessonCatalog.load($0) }) {
        case .failure(let error):
          rejected = true
          record(.rejected(error))
        case .success(let lesson):
          onLessonStart?(lesson)
          ranLessons += 1
          cells += lesson.cells.count
          record(.ran(runner.run(lesson) { onCell?(lesson, $0) }))
        }
      }
      if requiringCells, ranLessons > 0, cells == 0, !rejected {
        let isFile = ranLessons == 1 && outcomes.last?.file == path
        record(.rejected(.noCells(path, isFolder: !isFile)))
      }
    }
    return WorkbookReport(outcomes: outcomes, duration: LessonRunner.seconds(clock.now - start))
  }
}
