/// Runs lessons from command-line paths: expands folders, parses each file, runs each lesson in a fresh session.
public struct Workbook {
  public let runner: LessonRunner
  /// Lessons run at once, each in its own session.
  public var jobs: Int

  public init(makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter, jobs: Int = 1) {
    runner = LessonRunner(makeRunner: makeRunner)
    self.jobs = jobs
  }

  /// Runs every lesson found under `paths`; a lesson that fails to load is reported and the others still run. With
  /// `requiringCells` (as `check` asks), a path whose lessons all ran and hold no python cell at all is an error too:
  /// checking it would pass while checking nothing.
  ///
  /// The callbacks always see lessons in the order of `paths`. With one job, each cell is reported as it finishes;
  /// with several, a lesson's start and cells are reported together once every lesson before it is done.
  public func run(
    paths: [String], requiringCells: Bool = false, onLessonStart: ((Lesson) -> Void)? = nil,
    onCell: ((Lesson, CellReport) -> Void)? = nil, onOutcome: ((LessonOutcome) -> Void)? = nil
  ) -> WorkbookReport {
    let clock = ContinuousClock()
    let start = clock.now
    // Every lesson file of every path, with the index of its path and whether it is that path's last entry.
    var entries: [(path: Int, entry: Result<String, LessonError>, isLast: Bool)] = []
    for (index, path) in paths.enumerated() {
      let found = LessonCatalog.lessonFiles(forPath: path)
      entries += found.enumerated().map { (index, $0.element, $0.offset == found.count - 1) }
    }
    let map = OrderedConcurrentMap.forSessions(jobs: jobs)
    let live = map.jobs == 1
    var outcomes: [LessonOutcome] = []
    func record(_ outcome: LessonOutcome) {
      onOutcome?(outcome)
      outcomes.append(outcome)
    }
    var cells = 0
    var ranLessons = 0
    var rejected = false
    _ = map.map(
      entries,
      { item -> (outcome: LessonOutcome, cells: [CellReport]) in
        switch item.entry.flatMap({ LessonCatalog.load($0) }) {
        case .failure(let error):
          return (.rejected(error), [])
        case .success(let lesson):
          if live { onLessonStart?(lesson) }
          let report = runner.run(lesson) { if live { onCell?(lesson, $0) } }
          return (.ran(report), live ? [] : report.cells)
        }
      },
      deliver: { index, result in
        switch result.outcome {
        case .rejected:
          rejected = true
        case .ran(let report):
          if !live {
            onLessonStart?(report.lesson)
            for cell in result.cells { onCell?(report.lesson, cell) }
          }
          ranLessons += 1
          cells += report.lesson.cells.count
        }
        record(result.outcome)
        guard entries[index].isLast else { return }
        let path = paths[entries[index].path]
        if requiringCells, ranLessons > 0, cells == 0, !rejected {
          let isFile = ranLessons == 1 && outcomes.last?.file == path
          record(.rejected(.noCells(path, isFolder: !isFile)))
        }
        (cells, ranLessons, rejected) = (0, 0, false)
      })
    return WorkbookReport(outcomes: outcomes, duration: LessonRunner.seconds(clock.now - start))
  }
}
