/// The grade of one exercise: its score and one test per check case.
public struct ExerciseGrade: Equatable, Sendable {
  /// The exercise's `id=`.
  public var id: String
  /// The source lesson's file and title.
  public var lessonFile: String
  public var lessonTitle: String
  /// The line of the exercise's fence in the source lesson.
  public var line: Int
  /// Points earned and possible, not rounded (reports round to six decimal places).
  public var score: Double
  public var maxScore: Double
  /// Why the exercise could not earn points, when something stopped it: missing from the submission, or its code
  /// raised (`TimeoutError: cell stopped after …` for a runaway loop).
  public var problem: String?
  /// Whether the submission held no code for it (a missing exercise or lesson copy).
  public var isMissing: Bool
  public var tests: [TestGrade]

  public init(
    id: String, lessonFile: String, lessonTitle: String, line: Int, score: Double, maxScore: Double,
    problem: String?, isMissing: Bool = false, tests: [TestGrade]
  ) {
    self.id = id
    self.lessonFile = lessonFile
    self.lessonTitle = lessonTitle
    self.line = line
    self.score = score
    self.maxScore = maxScore
    self.problem = problem
    self.isMissing = isMissing
    self.tests = tests
  }
}
