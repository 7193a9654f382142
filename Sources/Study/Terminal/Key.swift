/// A key press as the line editor and the study loop understand it.
public enum Key: Equatable, Sendable {
  /// Printable text (one character, or a pasted run of them).
  case text(String)
  case enter
  case backspace
  case delete
  case left
  case right
  case up
  case down
  case home
  case end
  case tab
  /// Ctrl-C.
  case interrupt
  /// Ctrl-D.
  case endOfFile
  /// Ctrl-K: delete from the cursor to the end of the line.
  case killToEnd
  /// Ctrl-U: delete from the start of the line to the cursor.
  case killToStart
  /// Ctrl-W: delete the word before the cursor.
  case deleteWord
  /// Ctrl-L.
  case clearScreen
  case escape
  /// A control key or escape sequence with no meaning here.
  case ignored
}
