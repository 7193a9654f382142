import PythonRuntime
import Workbook

/// A runner that lets a test look at what was written before each cell runs.
final class ObservingRunner: CellRunner {
  var onRun: (String) -> CellResult

  init(_ onRun: @escaping (String) -> CellResult) {
    self.onRun = onRun
  }

  func run(_ code: String, startLine: Int) -> CellResult { onRun(code) }
}
