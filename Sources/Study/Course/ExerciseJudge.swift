import PythonRuntime
import Workbook

/// Reads a lesson's report for each exercise: did its code meet its target, how each public check case ended, what
/// it scores (points split over checks and their cases as grading splits them, docs/lesson-format.md).
enum ExerciseJudge {
  /// The outcome of each exercise of `report`; `starter` gives the starter code of an exercise by key (nil when
  /// unknown), which tells an untouched exercise from a changed one.
  static func outcomes(
    of report: LessonReport, lessonIndex: Int, in courseLesson: CourseLesson, starter: (String) -> String?
  ) -> [ExerciseOutcome] {
    let lesson = report.lesson
    var outcomes: [ExerciseOutcome] = []
    for index in lesson.exerciseIndices {
      let exercise = lesson.cells[index]
      let key = courseLesson.key(ofExercise: index)
      let code = report.cells.first { $0.cell.isCode(ofExercise: index) }
      let checkReports = report.cells.filter { $0.cell.kind == .check && $0.cell.exerciseIndex == index }
      let points = ExerciseScoring.checkPoints(exercise: exercise, checks: checkReports.map(\.cell))
      var checks: [CheckResult] = []
      var score = 0.0
      var maxScore = 0.0
      var allPass = true
      for (check, checkPoints) in zip(checkReports, points) {
        let cases =
          check.cases.isEmpty
          ? [
            CheckCase(
              line: check.cell.codeStartLine, assertSource: nil, status: .error, message: "did not run")
          ]
          : check.cases
        let share = checkPoints / Double(cases.count)
        maxScore += checkPoints
        for checkCase in cases {
          if checkCase.status == .pass { score += share } else { allPass = false }
          // A hidden check of an instructor's course counts, but its code is never shown.
          guard !check.cell.isHidden else { continue }
          checks.append(
            CheckResult(
              name: checkCase.name(hidden: false), status: CheckResult.Status(checkCase.status),
              message: checkCase.explanation(hidden: false), line: checkCase.line))
        }
      }
      let codeRan = code.map { $0.status != .skipped } ?? false
      let passes = codeRan && !(code?.status.isFailure ?? true) && allPass
      if checkReports.isEmpty {
        maxScore = Double(exercise.points ?? 1)
        score = passes ? maxScore : 0
      }
      let untouched = starter(key).map { normalized($0) == normalized(exercise.code) } ?? false
      let state: ExerciseState = passes ? .passed : (untouched ? .notStarted : .failed)
      outcomes.append(
        ExerciseOutcome(
          key: key, lessonIndex: lessonIndex, cellIndex: index, state: state, score: score,
          maxScore: maxScore,
          checks: checks, code: code, hiddenAtGrading: lesson.releaseStamp?.hiddenChecks ?? 0))
    }
    return outcomes
  }

  /// Code compared without trailing blanks on lines or at the end, which an editor may add or strip.
  static func normalized(_ code: String) -> String {
    var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
      var line = line
      while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
      return line
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}

extension CheckResult.Status {
  init(_ status: CheckCase.Status) {
    switch status {
    case .pass: self = .pass
    case .fail: self = .fail
    case .error: self = .error
    }
  }
}
