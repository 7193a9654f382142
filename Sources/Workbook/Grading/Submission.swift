/// One learner's submission as read from disk: the exercise bodies it holds (matched to the source by exercise id),
/// what could not be read, and every way it differs from the learner's copy of the source. Differences are notes only:
/// everything but the exercise bodies comes from the source.
public struct Submission: Sendable {
  /// The path as given on the command line.
  public var name: String
  /// The body of each exercise fence, keyed by exercise id (the first one when an id repeats).
  public var answers: [String: GradedLesson.Answer] = [:]
  /// Relative paths of the source lessons the submission holds a copy of.
  public var coveredLessons: Set<String> = []
  /// Differences from the released lessons, each `file:line: …` where a place is known.
  public var notes: [String] = []
  /// What could not be read: a missing path, a malformed file (`file:line:col: error: …`).
  public var errors: [String] = []

  public init(name: String) {
    self.name = name
  }
}
