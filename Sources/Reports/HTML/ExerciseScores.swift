import Foundation
import Workbook

/// The grades of one submission's exercises, by exercise id: what a report shows beside each exercise.
///
/// They come from `gradbook grade --format json` (`init(gradeJSON:submission:)`), or from grading what a report ran
/// (`init(_:)` with `ExerciseScoring`'s grades).
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

  /// Why a grade file cannot be used.
  public struct Failure: Error, CustomStringConvertible, Equatable {
    public var description: String
  }

  public var exercises: [String: Exercise]

  public init(exercises: [String: Exercise] = [:]) {
    self.exercises = exercises
  }

  /// The scores of graded exercises (`ExerciseScoring.grades(for:)` or a `SubmissionGrade`'s).
  public init(_ grades: [ExerciseGrade]) {
    exercises = [:]
    for grade in grades {
      exercises[grade.id] = Exercise(
        earned: grade.score, possible: grade.maxScore, problem: grade.problem,
        tests: grade.tests.map {
          Test(
            name: $0.name, isHidden: $0.isHidden, status: $0.status.rawValue, score: $0.score,
            maxScore: $0.maxScore, message: $0.message)
        })
    }
  }

  /// The scores of one submission in the bytes of `gradbook grade --format json` (docs/grade-report.schema.json):
  /// the one named `submission`, or the only one when no name is given.
  public init(gradeJSON bytes: [UInt8], file: String, submission: String?) throws {
    let report: GradeJSONReport
    do {
      report = try JSONDecoder().decode(GradeJSONReport.self, from: Data(bytes))
    } catch {
      throw Failure(
        description: "\(file): error: not the JSON of `gradbook grade --format json` (\(Self.reason(error)))")
    }
    guard report.schemaVersion == GradeJSONReport.currentSchemaVersion else {
      throw Failure(
        description: "\(file): error: grade schema version \(report.schemaVersion) is not the supported "
          + "\(GradeJSONReport.currentSchemaVersion)")
    }
    let names = report.submissions.map(\.name)
    let chosen: GradeJSONReport.SubmissionEntry
    if let submission {
      guard let entry = report.submissions.first(where: { $0.name == submission }) else {
        throw Failure(
          description: "\(file): error: no submission `\(submission)` (it holds \(Self.list(names)))")
      }
      chosen = entry
    } else {
      guard report.submissions.count == 1 else {
        throw Failure(
          description:
            "\(file): error: it holds \(report.submissions.count) submissions (\(Self.list(names))); "
            + "choose one with --submission NAME")
      }
      chosen = report.submissions[0]
    }
    exercises = [:]
    for exercise in chosen.exercises {
      exercises[exercise.id] = Exercise(
        earned: exercise.score, possible: exercise.maxScore, problem: exercise.problem,
        tests: exercise.tests.map {
          Test(
            name: $0.name, isHidden: $0.visibility == "hidden", status: $0.status, score: $0.score,
            maxScore: $0.maxScore, message: $0.message)
        })
    }
  }

  var isEmpty: Bool { exercises.isEmpty }

  func score(exercise id: String) -> Exercise? { exercises[id] }

  private static func list(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.map { "`\($0)`" }.joined(separator: ", ")
  }

  /// A decoding error in a sentence: the key path and what was wrong.
  private static func reason(_ error: Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
      return keys.isEmpty ? "" : " at \(keys)"
    }
    switch error {
    case .dataCorrupted(let context): return "unreadable JSON" + path(context)
    case .keyNotFound(let key, let context): return "`\(key.stringValue)` is missing" + path(context)
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return context.debugDescription + path(context)
    @unknown default: return "\(error)"
    }
  }
}
