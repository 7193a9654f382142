/// How an expectation's text is compared with what the cell produced.
public enum MatchMode: Equatable, Hashable, Sendable {
  /// Text equal after trimming trailing whitespace; `...` matches any text.
  case exact
  /// Every number within `abs + rel × |expected|`; the text between numbers compared exactly.
  case approx(relative: Double, absolute: Double)

  public static let defaultRelativeTolerance = 1e-4
  public static let defaultAbsoluteTolerance = 1e-6
}
