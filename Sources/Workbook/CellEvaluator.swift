import PythonRuntime

/// Decides a cell's status from its expectations and what it produced.
public enum CellEvaluator {
  /// Compares `result` with `cell`'s fences. A cell with any fence must match all three channels (output, warnings, error):
  /// a channel without a fence must be empty. A cell without fences only fails when it raises an error. A `graph` fence
  /// is no channel (`GraphCheck` compares it) and leaves the channels unchecked.
  public static func evaluate(_ cell: Cell, result: CellResult) -> (
    status: CellStatus, mismatches: [ExpectationMismatch]
  ) {
    let actualWarnings = result.warnings.isEmpty ? "" : result.warnings.joined(separator: "\n") + "\n"
    let actualError = result.error.map { $0.text + "\n" } ?? ""
    if cell.expectations.allSatisfy({ $0.kind == .graph }) {
      guard result.error != nil else { return (cell.kind == .check ? .passed : .unchecked, []) }
      let mismatch = ExpectationMismatch(kind: .error, expected: "", actual: actualError, hasFence: false)
      return (cell.kind == .check ? .failed : .error, [mismatch])
    }
    var mismatches: [ExpectationMismatch] = []
    let channels: [(ExpectationKind, String)] = [
      (.output, result.output), (.warning, actualWarnings), (.error, actualError),
    ]
    for (kind, actual) in channels {
      let fence = cell.expectation(kind)
      let expected = fence?.text ?? ""
      if !OutputMatcher.matches(expected: expected, actual: actual, mode: fence?.mode ?? .exact) {
        mismatches.append(
          ExpectationMismatch(kind: kind, expected: expected, actual: actual, hasFence: fence != nil))
      }
    }
    if mismatches.isEmpty { return (.passed, []) }
    if result.error != nil, cell.expectation(.error) == nil { return (.error, mismatches) }
    return (.failed, mismatches)
  }
}
