/// What the REPL says back to one entered line.
public struct ReplReply: Equatable, Sendable {
  /// Text to print (empty while more lines are needed).
  public var text: String
  /// `exit`, `quit` or their calls were entered.
  public var exits: Bool

  public init(text: String = "", exits: Bool = false) {
    self.text = text
    self.exits = exits
  }
}
