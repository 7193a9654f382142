import Workbook

/// One line of a line diff.
public enum DiffLine: Equatable, Sendable {
  case same(String)
  case removed(String)
  case added(String)

  /// Equal when of the same kind with the same Unicode scalars (not merely canonically equivalent text).
  public static func == (left: DiffLine, right: DiffLine) -> Bool {
    switch (left, right) {
    case (.same(let a), .same(let b)), (.removed(let a), .removed(let b)), (.added(let a), .added(let b)):
      return a.hasSameScalars(as: b)
    default:
      return false
    }
  }
}
