import TorchBindings

/// Checks a cell's `graph` fence: draws the graph it asks for after the cell and compares the graph's text form with
/// the fence, as an `output` fence is compared (trailing spaces ignored, `...` matching any text).
public enum GraphCheck {
  /// Draws `report`'s graph with `runner` when its cell has a `graph` fence, and records a difference as a `graph`
  /// mismatch: a cell that otherwise passed (or had nothing to check) then fails; one that raised stays an error.
  public static func check(_ report: inout CellReport, drawingWith runner: CellRunner) {
    guard let fence = report.cell.expectation(.graph) else { return }
    let request = fence.graphRequest ?? GraphRequest()
    let graph: Result<AutogradGraph, GraphRequestError>
    if let drawer = runner as? GraphDrawing {
      graph = drawer.drawGraph(request)
    } else {
      graph = .failure(GraphRequestError("this runner cannot draw autograd graphs"))
    }
    report.graph = graph
    let actual = (try? graph.get().text) ?? ""
    let matches = !actual.isEmpty && OutputMatcher.matches(expected: fence.text, actual: actual)
    if matches {
      if report.status == .unchecked { report.status = .passed }
      return
    }
    var reason: String?
    if case .failure(let error) = graph { reason = error.message }
    report.mismatches.append(
      ExpectationMismatch(kind: .graph, expected: fence.text, actual: actual, hasFence: true, reason: reason))
    if report.status != .error { report.status = .failed }
  }
}

/// A cell runner that can draw the autograd graph of its session as it stands between cells.
public protocol GraphDrawing {
  func drawGraph(_ request: GraphRequest) -> Result<AutogradGraph, GraphRequestError>
}
