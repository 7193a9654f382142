/// The results of running every lesson given on the command line.
public struct WorkbookReport: Sendable {
  public var outcomes: [LessonOutcome]
  /// Wall-clock seconds for everything.
  public var duration: Double

  public init(outcomes: [LessonOutcome], duration: Double) {
    self.outcomes = outcomes
    self.duration = duration
  }

  /// Cell counts over every lesson that ran.
  public var totals: StatusTotals {
    var totals = StatusTotals()
    for case .ran(let report) in outcomes { totals.add(report.totals) }
    return totals
  }

  /// Lessons that could not be read or parsed.
  public var rejected: [LessonError] {
    outcomes.compactMap { if case .rejected(let error) = $0 { return error } else { return nil } }
  }

  /// Reports of the lessons that ran.
  public var lessonReports: [LessonReport] {
    outcomes.compactMap { if case .ran(let report) = $0 { return report } else { return nil } }
  }

  /// The process exit status: 0 all good, 1 some cell failed, 2 some lesson was malformed or missing.
  public var exitCode: Int32 {
    if !rejected.isEmpty { return 2 }
    return totals.failures > 0 ? 1 : 0
  }
}
