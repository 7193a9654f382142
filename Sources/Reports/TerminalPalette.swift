/// Applies `TextStyle`s as ANSI escapes, or leaves text plain when colour is off.
public struct TerminalPalette: Sendable {
  public let isEnabled: Bool

  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// `text` wrapped in the escapes for `style` (unchanged when colour is off or the style is empty).
  public func paint(_ text: String, _ style: TextStyle) -> String {
    guard isEnabled, !style.isEmpty, !text.isEmpty else { return text }
    return "\u{1B}[" + style.sgrParameters.joined(separator: ";") + "m" + text + "\u{1B}[0m"
  }

  /// Whether colour should be used: `--color always|never` win; `auto` means a terminal and no `NO_COLOR`.
  public static func shouldColor(choice: ColorChoice, isTerminal: Bool, environment: [String: String]) -> Bool
  {
    switch choice {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if environment["TERM"] == "dumb" { return false }
      return isTerminal
    }
  }
}
