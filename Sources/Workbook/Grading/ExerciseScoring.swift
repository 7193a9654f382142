/// Turns a run lesson into exercise grades: points per check, shares per case (docs/lesson-format.md, Points).
public enum ExerciseScoring {
  /// Scores are reported to six decimal places, so a third of a point reads 0.333333 and three thirds make 1; sums
  /// are taken before rounding.
  public static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

  /// The points each check of exercise `exercise` is worth, in the order of `checks`.
  public static func checkPoints(exercise: Cell, checks: [Cell]) -> [Double] {
    let shared = Double(exercise.points ?? 1)
    let unpointed = checks.filter { $0.points == nil }.count
    return checks.map { check in
      check.points.map(Double.init) ?? shared / Double(max(unpointed, 1))
    }
  }

  /// One grade per graded exercise of `report` (those with an id and at least one check), in document order.
  /// `notRun` holds the reasons exercises were not run (see `GradedLesson`).
  public static func grades(for report: LessonReport, notRun: [Int: String] = [:]) -> [ExerciseGrade] {
    let lesson = report.lesson
    var grades: [ExerciseGrade] = []
    // Each exercise's checks and code, gathered in one pass: a lesson of many exercises stays linear.
    var checksOf: [Int: [CellReport]] = [:]
    var codeOf: [Int: CellReport] = [:]
    for cell in report.cells {
      guard let exercise = cell.cell.exerciseIndex else { continue }
      if cell.cell.kind == .check { checksOf[exercise, default: []].append(cell) }
      if codeOf[exercise] == nil, cell.cell.isCode(ofExercise: exercise) { codeOf[exercise] = cell }
    }
    for (index, exercise) in lesson.cells.enumerated() where exercise.kind == .exercise {
      guard let id = exercise.id else { continue }
      let checks = checksOf[index] ?? []
      guard !checks.isEmpty else { continue }
      let points = checkPoints(exercise: exercise, checks: checks.map(\.cell))
      var tests: [TestGrade] = []
      var score = 0.0
      var maxScore = 0.0
      var problem = notRun[index]
      if problem == nil, let code = codeOf[index],
        code.status == .error, let error = code.result?.error
      {
        problem = "the exercise's code raised \(error.text) (line \(error.line))"
      }
      for (check, checkPoints) in zip(checks, points) {
        let hidden = check.cell.isHidden
        let cases =
          check.cases.isEmpty
          ? [
            CheckCase(
              line: check.cell.codeStartLine, assertSource: nil, status: .error, message: "did not run")
          ]
          : check.cases
        let share = checkPoints / Double(cases.count)
        let passed = cases.filter { $0.status == .pass }.count
        score += checkPoints * Double(passed) / Double(cases.count)
        maxScore += checkPoints
        for checkCase in cases {
          tests.append(
            TestGrade(
              name: checkCase.name(hidden: hidden), isHidden: hidden, status: checkCase.status,
              score: checkCase.status == .pass ? share : 0, maxScore: share,
              message: checkCase.explanation(hidden: hidden), file: lesson.file, line: checkCase.line))
        }
      }
      grades.append(
        ExerciseGrade(
          id: id, lessonFile: lesson.file, lessonTitle: lesson.title, line: exercise.location.line,
          score: score, maxScore: maxScore, problem: problem, isMissing: notRun[index] != nil, tests: tests))
    }
    return grades
  }
}
