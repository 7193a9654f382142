/// What `gradbook grade` found: the source's problems, or one grade per submission in the order given.
public struct GradeReport: Sendable {
  /// The source paths as given.
  public var sources: [String]
  /// Problems with the source that stop grading (malformed lessons, missing or repeated exercise ids).
  public var sourceErrors: [LessonError] = []
  public var sourceWarnings: [Finding] = []
  /// The graded exercises of the source, in order: the columns of the CSV and the text table.
  public var exercises: [ExerciseColumn] = []
  public var submissions: [SubmissionGrade] = []
  /// Wall-clock seconds for everything.
  public var duration: Double = 0

  public init(sources: [String]) {
    self.sources = sources
  }

  /// One graded exercise of the source.
  public struct ExerciseColumn: Equatable, Sendable {
    public var id: String
    public var lessonFile: String
    public var line: Int
    public var maxScore: Double
  }

  /// 0 every submission earned every point, 1 some point was lost or some submission file could not be read,
  /// 2 the source could not be used.
  public var exitCode: Int32 {
    if !sourceErrors.isEmpty { return 2 }
    return submissions.allSatisfy { $0.status == .pass } ? 0 : 1
  }
}
