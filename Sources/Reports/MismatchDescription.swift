import Workbook

/// Explains one mismatch between a cell's fences and its result: a heading line and a line diff.
public enum MismatchDescription {
  /// Lines describing `mismatch`, each starting with `indent`; `errorLocation` is where an unexpected error was
  /// raised.
  public static func lines(
    _ mismatch: ExpectationMismatch, palette: TerminalPalette, indent: String,
    errorLocation: SourceLocation? = nil
  ) -> [String] {
    let fence = "```" + mismatch.kind.rawValue
    if !mismatch.hasFence {
      let heading: String
      switch mismatch.kind {
      case .output: heading = "unexpected output (the cell has no \(fence) fence):"
      case .warning: heading = "unexpected warning (the cell has no \(fence) fence):"
      case .error: heading = "unexpected error" + (errorLocation.map { " at \($0)" } ?? "") + ":"
      }
      return [indent + palette.paint(heading, .bold)]
        + LineDiff.lines(mismatch.actual).map {
          indent + palette.paint("+ " + $0, mismatch.kind == .error ? .red : .green)
        }
    }
    let heading: String
    if mismatch.actual.isEmpty {
      switch mismatch.kind {
      case .output: heading = "expected output, the cell printed nothing (- expected, + actual):"
      case .warning: heading = "expected a warning, none was raised (- expected, + actual):"
      case .error: heading = "expected an error, the cell finished without one (- expected, + actual):"
      }
    } else {
      heading = "\(mismatch.kind.rawValue) differs (- expected, + actual):"
    }
    return [indent + palette.paint(heading, .bold)]
      + LineDiff.render(
        expected: mismatch.expected, actual: mismatch.actual, palette: palette, indent: indent)
  }
}
