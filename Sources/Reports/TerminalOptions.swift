/// How terminal text is laid out and painted.
public struct TerminalOptions: Sendable {
  /// Columns to wrap prose to.
  public var width: Int
  public var palette: TerminalPalette
  /// Whether to show how long cells and lessons took.
  public var showsTimings: Bool

  public init(width: Int = 80, color: Bool = false, showsTimings: Bool = false) {
    self.width = max(20, width)
    palette = TerminalPalette(isEnabled: color)
    self.showsTimings = showsTimings
  }

  /// The width from `COLUMNS` when it is a sensible number, else 80.
  public static func width(from environment: [String: String]) -> Int {
    guard let text = environment["COLUMNS"], let columns = Int(text), columns >= 20, columns <= 1_000 else {
      return 80
    }
    return columns
  }

  /// Seconds as `0.012s`.
  static func formatSeconds(_ seconds: Double) -> String {
    let milliseconds = Int((max(0, min(seconds, 1e9)) * 1000).rounded())
    let whole = milliseconds / 1000
    let fraction = milliseconds % 1000
    let padded = String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
    return "\(whole).\(padded)s"
  }
}
