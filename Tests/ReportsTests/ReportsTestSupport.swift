import Interpreter
import Workbook

/// A runner that answers from a script keyed by the cell's code.
final class ScriptedRunner: CellRunner {
  var script: [String: CellResult]

  init(_ script: [String: CellResult]) {
    self.script = script
  }

  func run(_ code: String, startLine: Int) -> CellResult {
    script[code] ?? CellResult()
  }
}

enum ReportFixtures {
  /// Runs `text` as `lesson.md` with `script` and returns the lesson's report.
  static func report(_ text: String, _ script: [String: CellResult], file: String = "lesson.md") throws
    -> LessonReport
  {
    let lesson = try LessonParser().parse(Array(text.utf8), file: file)
    let runner = ScriptedRunner(script)
    var report = LessonRunner(makeRunner: { runner }).run(lesson)
    report.duration = 0.25
    for index in report.cells.indices { report.cells[index].duration = 0.0125 }
    return report
  }
}
