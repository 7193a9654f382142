import PythonRuntime
import Workbook

/// Answers a cell with its own code as output, its lines starting with `w` as warnings,
/// and an error when the code holds `raise`: enough to make `--update` rewrite, insert and remove fences.
final class EchoRunner: CellRunner {
  func run(_ code: String, startLine: Int) -> CellResult {
    let lines = code.split(separator: "\n", omittingEmptySubsequences: true)
    let warnings = lines.filter { $0.hasPrefix("w") }.map { "UserWarning: \($0)" }
    let error =
      code.contains("raise")
      ? CellError(typeName: "ValueError", message: "raised", line: startLine, column: 1) : nil
    return CellResult(output: code, warnings: warnings, error: error)
  }
}
