/// What reading a line at a prompt gave.
public enum LineRead: Equatable, Sendable {
  case line(String)
  /// Ctrl-C: the line was abandoned.
  case interrupt
  /// Ctrl-D on an empty line, or the input closed.
  case endOfInput
}
