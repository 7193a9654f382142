import PythonRuntime
import Workbook

/// A runner that answers from a script (keyed by the cell's code) and records every call, for workbook and
/// report tests that need no interpreter.
public final class ScriptedRunner: CellRunner {
  public var script: [String: CellResult]
  public private(set) var calls: [(code: String, startLine: Int)] = []

  public init(_ script: [String: CellResult] = [:]) {
    self.script = script
  }

  public func run(_ code: String, startLine: Int) -> CellResult {
    calls.append((code, startLine))
    return script[code] ?? CellResult()
  }
}
