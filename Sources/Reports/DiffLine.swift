/// One line of a line diff.
public enum DiffLine: Equatable, Sendable {
  case same(String)
  case removed(String)
  case added(String)
}
