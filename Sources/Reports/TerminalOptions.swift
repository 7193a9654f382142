/// How terminal text is laid out and painted.
public struct TerminalOptions: Sendable {
  /// The terminal's columns: code, outputs and diffs may use all of them.
  public var width: Int
  /// Prose (paragraphs, headings, lists, hints) wraps at most this wide, however wide the terminal: long lines are
  /// hard to read.
  public static let maximumProseWidth = 100
  public var palette: TerminalPalette
  /// Whether to show how long cells and lessons took.
  public var showsTimings: Bool

  public init(width: Int = 80, color: Bool = false, showsTimings: Bool = false) {
    self.width = max(20, width)
    palette = TerminalPalette(isEnabled: color)
    self.showsTimings = showsTimings
  }

  /// Columns prose wraps to: the terminal's width up to `maximumProseWidth`.
  public var proseWidth: Int { min(width, Self.maximumProseWidth) }

  /// The width from `COLUMNS` when it is a sensible number, else the terminal's own width (`terminalColumns`, from
  /// the terminal driver; shells rarely export `COLUMNS`), else 80.
  public static func width(from environment: [String: String], terminalColumns: Int? = nil) -> Int {
    if let text = environment["COLUMNS"], let columns = Int(text), isSensible(columns) { return columns }
    if let terminalColumns, isSensible(terminalColumns) { return terminalColumns }
    return 80
  }

  private static func isSensible(_ columns: Int) -> Bool { columns >= 20 && columns <= 1_000 }

  /// Seconds as `0.012s`.
  static func formatSeconds(_ seconds: Double) -> String {
    let milliseconds = Int((max(0, min(seconds, 1e9)) * 1000).rounded())
    let whole = milliseconds / 1000
    let fraction = milliseconds % 1000
    let padded = String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
    return "\(whole).\(padded)s"
  }
}
