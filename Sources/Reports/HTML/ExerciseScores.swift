/// The grades of one submission's exercises, by exercise id: what a feedback report shows beside each exercise.
public struct ExerciseScores: Sendable {
  /// One graded case of an exercise's checks.
  public struct Test: Equatable, Sendable {
    public var name: String
    /// Whether the case is one of the hidden checks (shown by name only).
    public var isHidden: Bool
    /// `pass`, `fail` or `error`.
    public var status: String
    public var score: Double
    public var maxScore: Double
    public var message: String?

    public init(
      name: String, isHidden: Bool, status: String, score: Double, maxScore: Double, message: String?
    ) {
      self.name = name
      self.isHidden = isHidden
      self.status = status
      self.score = score
      self.maxScore = maxScore
      self.message = message
    }
  }

  /// One exercise's score and cases.
  public struct Exercise: Equatable, Sendable {
    public var earned: Double
    public var possible: Double
    /// Why the exercise could not be graded at all (missing from the submission), if so.
    public var problem: String?
    public var tests: [Test]

    public init(earned: Double, possible: Double, problem: String? = nil, tests: [Test] = []) {
      self.earned = earned
      self.possible = possible
      self.problem = problem
      self.tests = tests
    }
  }

  public var exercises: [String: Exercise]

  public init(exercises: [String: Exercise] = [:]) {
    self.exercises = exercises
  }

  func score(exercise id: String) -> Exercise? { exercises[id] }
}
