/// What happened with one exercise over time: the only thing progress keeps, since status (passed, failed, not
/// started) is recomputed from the lesson files every time and so can never claim "done" for failing code.
public struct ExerciseHistory: Codable, Equatable, Sendable {
  /// The fingerprint of the starter code this history began with; a course update that changes the starter makes
  /// it differ, and the exercise is shown as updated.
  public var starter: String?
  /// Hints shown so far (each `h` or `gradbook hint` shows one more).
  public var hintsShown: Int
  /// Saves of changed code that were checked while studying.
  public var attempts: Int
  /// When the exercise first passed (ISO 8601, UTC); it stays even if the code fails again later.
  public var firstPassed: String?

  public init(starter: String? = nil, hintsShown: Int = 0, attempts: Int = 0, firstPassed: String? = nil) {
    self.starter = starter
    self.hintsShown = hintsShown
    self.attempts = attempts
    self.firstPassed = firstPassed
  }

  private enum CodingKeys: String, CodingKey {
    case starter, hintsShown, attempts, firstPassed
  }

  /// Lenient in what is missing (a hand-edited file may drop a field), strict in what is there.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    starter = try container.decodeIfPresent(String.self, forKey: .starter)
    hintsShown = max(0, try container.decodeIfPresent(Int.self, forKey: .hintsShown) ?? 0)
    attempts = max(0, try container.decodeIfPresent(Int.self, forKey: .attempts) ?? 0)
    firstPassed = try container.decodeIfPresent(String.self, forKey: .firstPassed)
  }
}
