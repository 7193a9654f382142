/// How many check cases ran and passed, public and hidden, and how many hidden ones only grading runs: what a
/// summary may honestly claim.
public struct CheckTally: Equatable, Sendable {
  public var publicPassed = 0
  public var publicTotal = 0
  public var hiddenPassed = 0
  public var hiddenTotal = 0
  /// Hidden cases a learner's copy does not have (from its release stamp): they run only when grading.
  public var hiddenAtGrading = 0

  public init() {}

  /// The tally of one lesson's report.
  public init(_ report: LessonReport) {
    for cellReport in report.cells where cellReport.cell.kind == .check {
      let passed = cellReport.cases.filter { $0.status == .pass }.count
      if cellReport.cell.isHidden {
        hiddenPassed += passed
        hiddenTotal += cellReport.cases.count
      } else {
        publicPassed += passed
        publicTotal += cellReport.cases.count
      }
    }
    hiddenAtGrading = report.lesson.releaseStamp?.hiddenChecks ?? 0
  }

  /// The tally over every lesson that ran.
  public init(_ report: WorkbookReport) {
    self.init()
    for lesson in report.lessonReports { add(CheckTally(lesson)) }
  }

  public mutating func add(_ other: CheckTally) {
    publicPassed += other.publicPassed
    publicTotal += other.publicTotal
    hiddenPassed += other.hiddenPassed
    hiddenTotal += other.hiddenTotal
    hiddenAtGrading += other.hiddenAtGrading
  }

  /// Whether there is anything to say (some check case ran or waits for grading).
  public var isEmpty: Bool { publicTotal + hiddenTotal + hiddenAtGrading == 0 }

  /// `public checks 3/3 passed · 2 hidden checks run at grading`, in English; never "all tests passed".
  public var summary: String {
    var parts = ["public checks \(publicPassed)/\(publicTotal) passed"]
    if hiddenTotal > 0 { parts.append("hidden checks \(hiddenPassed)/\(hiddenTotal) passed") }
    if hiddenAtGrading > 0 {
      parts.append("\(hiddenAtGrading) hidden check\(hiddenAtGrading == 1 ? "" : "s") run at grading")
    }
    return parts.joined(separator: " · ")
  }
}
