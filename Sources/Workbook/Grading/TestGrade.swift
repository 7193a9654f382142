/// One graded check case of an exercise, as graders report it.
public struct TestGrade: Equatable, Sendable {
  /// The case's name: the assert as written, or `hidden check (line N)` for a hidden one (its code is never shown).
  public var name: String
  /// Whether the case belongs to a `python check hidden` cell.
  public var isHidden: Bool
  public var status: CheckCase.Status
  public var score: Double
  public var maxScore: Double
  /// Why it did not pass; nil when it passed.
  public var message: String?
  /// Where the case is in the source lesson.
  public var file: String
  public var line: Int

  public init(
    name: String, isHidden: Bool, status: CheckCase.Status, score: Double, maxScore: Double, message: String?,
    file: String, line: Int
  ) {
    self.name = name
    self.isHidden = isHidden
    self.status = status
    self.score = score
    self.maxScore = maxScore
    self.message = message
    self.file = file
    self.line = line
  }
}
