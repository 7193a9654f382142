/// Text made of styled pieces, ready to be wrapped and painted.
public struct StyledText: Equatable, Sendable {
  public struct Piece: Equatable, Sendable {
    public var text: String
    public var style: TextStyle
  }

  public var pieces: [Piece] = []

  public init() {}

  public init(_ text: String, _ style: TextStyle = []) {
    append(text, style)
  }

  public mutating func append(_ text: String, _ style: TextStyle = []) {
    guard !text.isEmpty else { return }
    if let last = pieces.last, last.style == style {
      pieces[pieces.count - 1].text += text
    } else {
      pieces.append(Piece(text: text, style: style))
    }
  }

  public mutating func append(_ other: StyledText) {
    for piece in other.pieces { append(piece.text, piece.style) }
  }

  /// The text without styles.
  public var plain: String { pieces.map(\.text).joined() }

  /// The text painted with `palette`.
  public func painted(_ palette: TerminalPalette) -> String {
    pieces.map { palette.paint($0.text, $0.style) }.joined()
  }
}
