import PythonRuntime
import Workbook

/// A cell runner that gives every cell a fresh lesson session, so that a cell passes only when it
/// stands alone (nothing it uses comes from an earlier cell).
final class FreshSessionPerCell: CellRunner {
  func run(_ code: String, startLine: Int) -> CellResult {
    Session(limits: Limits(), modules: .lesson()).run(code, startLine: startLine)
  }
}
