import Workbook

/// Explains one mismatch between a cell's fences and its result: a heading line and a line diff.
public enum MismatchDescription {
  /// Lines describing `mismatch`, each starting with `indent`; `errorLocation` is where an unexpected error was
  /// raised, and `phrasebook` the language of the heading.
  public static func lines(
    _ mismatch: ExpectationMismatch, palette: TerminalPalette, indent: String,
    errorLocation: SourceLocation? = nil, phrasebook: Phrasebook = Phrasebook()
  ) -> [String] {
    let heading = ControlCharacters.visibleLine(
      phrasebook.mismatchHeading(mismatch, errorLocation: errorLocation))
    let title = indent + palette.paint(heading, .bold)
    if !mismatch.hasFence {
      return [title]
        + LineDiff.lines(mismatch.actual).map {
          indent
            + palette.paint("+ " + ControlCharacters.visible($0), mismatch.kind == .error ? .red : .green)
        }
    }
    return [title]
      + LineDiff.render(
        expected: mismatch.expected, actual: mismatch.actual, palette: palette, indent: indent)
  }

  /// What went wrong, in one line ending with `:`, in English (`Phrasebook.mismatchHeading` says it in a lesson's
  /// language).
  public static func heading(_ mismatch: ExpectationMismatch, errorLocation: SourceLocation? = nil) -> String
  {
    let fence = "```" + mismatch.kind.rawValue
    if !mismatch.hasFence {
      switch mismatch.kind {
      case .output: return "unexpected output (the cell has no \(fence) fence):"
      case .warning: return "unexpected warning (the cell has no \(fence) fence):"
      case .error: return "unexpected error" + (errorLocation.map { " at \($0)" } ?? "") + ":"
      case .graph: return "unexpected graph:"
      }
    }
    guard mismatch.actual.isEmpty else { return "\(mismatch.kind.rawValue) differs (- expected, + actual):" }
    switch mismatch.kind {
    case .output: return "expected output, the cell printed nothing (- expected, + actual):"
    case .warning: return "expected a warning, none was raised (- expected, + actual):"
    case .error: return "expected an error, the cell finished without one (- expected, + actual):"
    case .graph: return "no graph could be drawn: \(mismatch.reason ?? "") (- expected, + actual):"
    }
  }
}
