import PythonRuntime
import TorchBindings

/// What happened to one cell when its lesson ran.
public struct CellReport: Sendable {
  /// Index of the cell in `Lesson.cells`.
  public var cellIndex: Int
  public var cell: Cell
  public var status: CellStatus
  /// What the runner returned; nil when the cell was not run.
  public var result: CellResult?
  /// Every difference from the cell's expectations (empty when passed, unchecked or skipped).
  public var mismatches: [ExpectationMismatch]
  /// Wall-clock seconds the cell took to run.
  public var duration: Double
  /// For a check cell: how each of its cases ended (empty for other cells).
  public var cases: [CheckCase]
  /// For a cell with a `graph` fence: the graph drawn after it, or why it could not be drawn; nil otherwise.
  public var graph: Result<AutogradGraph, GraphRequestError>?

  public init(
    cellIndex: Int, cell: Cell, status: CellStatus, result: CellResult?, mismatches: [ExpectationMismatch],
    duration: Double, cases: [CheckCase] = []
  ) {
    self.cellIndex = cellIndex
    self.cell = cell
    self.status = status
    self.result = result
    self.mismatches = mismatches
    self.duration = duration
    self.cases = cases
    graph = nil
  }

  /// The warnings text as fences hold it: one warning per line.
  public var actualWarningsText: String {
    guard let result, !result.warnings.isEmpty else { return "" }
    return result.warnings.joined(separator: "\n") + "\n"
  }
}
