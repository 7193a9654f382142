import PythonRuntime
import Workbook
import WorkbookTestSupport

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

  /// An exercise with a hint and a solution whose expected output (`SECRET-42`) the solution does not print: the
  /// failing reference answer must never be shown. `heading` and `hint` vary the prose.
  static func exerciseLesson(heading: String = "# E", hint: String = "Subtract the gradient.") -> String {
    """
    \(heading)

    ```python exercise id=step points=2
    w = ...
    ```

    ```hint
    \(hint)
    ```

    ```python solution
    w = 41
    print(w)
    ```

    ```output
    SECRET-42
    ```

    """
  }

  /// What the solution of `exerciseLesson` prints.
  static let exerciseScript = ["w = 41\nprint(w)\n": CellResult(output: "41\n")]
}
