import PythonRuntime
import Workbook

/// Reads a lesson's report for each exercise: did its code meet its target, which checks passed, what it scores.
///
/// (Written against cell-level check results; per-assert cases and learner's copies come with the grading work.)
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
      let codeReport =
        report.cells.first { $0.cell.kind == .solution && $0.cell.exerciseIndex == index }
        ?? report.report(forCell: index)
      let checkReports = report.cells.filter { $0.cell.kind == .check && $0.cell.exerciseIndex == index }
      let points = Double(exercise.points ?? 1)
      let share = checkReports.isEmpty ? points : points / Double(checkReports.count)
      var checks: [CheckResult] = []
      var score = 0.0
      for check in checkReports {
        let result = checkResult(check)
        if result.status == .pass { score += share }
        checks.append(result)
      }
      let codeFailed = codeReport?.status.isFailure ?? false
      let codeRan = codeReport.map { $0.status != .skipped } ?? false
      let passes = !codeFailed && codeRan && checks.allSatisfy { $0.status == .pass }
      if checkReports.isEmpty { score = passes ? points : 0 }
      let untouched = starter(key).map { normalized($0) == normalized(exercise.code) } ?? false
      let state: ExerciseState = passes ? .passed : (untouched ? .notStarted : .failed)
      outcomes.append(
        ExerciseOutcome(
          key: key, lessonIndex: lessonIndex, cellIndex: index, state: state, score: score, maxScore: points,
          checks: checks, code: codeReport))
    }
    return outcomes
  }

  private static func checkResult(_ report: CellReport) -> CheckResult {
    let line = report.cell.codeStartLine
    switch report.status {
    case .passed, .unchecked:
      return CheckResult(name: "check (line \(line))", status: .pass, line: line)
    case .skipped:
      return CheckResult(name: "check (line \(line))", status: .error, message: "not run", line: line)
    case .failed, .error:
      let error = report.result?.error
      let status: CheckResult.Status = error?.typeName == "AssertionError" ? .fail : .error
      let message = error.map {
        $0.typeName == "AssertionError" && !$0.message.isEmpty ? $0.message : $0.text
      }
      return CheckResult(name: "check (line \(line))", status: status, message: message, line: line)
    }
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
