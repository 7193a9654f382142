import Foundation
import Workbook

/// `gradbook grade --format json` (schema: docs/grade-report.schema.json, described in docs/grading.md). Keys are
/// sorted, absent values are `null`, and nothing depends on timing, so the same grading gives the same bytes.
public struct GradeJSONReport: Codable, Equatable {
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var tool: JSONReport.Tool
  public var source: [String]
  /// Why the source could not be used (then `submissions` is empty).
  public var sourceErrors: [String]
  public var submissions: [SubmissionEntry]

  public struct SubmissionEntry: Codable, Equatable {
    public var name: String
    public var score: Double
    public var maxScore: Double
    /// `pass`, `fail` or `error`.
    public var status: String
    public var exercises: [ExerciseEntry]
    public var notes: [String]
    public var errors: [String]
  }

  public struct ExerciseEntry: Codable, Equatable {
    public var id: String
    /// The source lesson's file.
    public var lesson: String
    public var title: String
    public var line: Int
    public var score: Double
    public var maxScore: Double
    @ExplicitNull public var problem: String?
    public var tests: [TestEntry]
  }

  public struct TestEntry: Codable, Equatable {
    public var name: String
    /// `public` or `hidden`.
    public var visibility: String
    /// `pass`, `fail` or `error`.
    public var status: String
    public var score: Double
    public var maxScore: Double
    @ExplicitNull public var message: String?
    public var file: String
    public var line: Int
  }

  public init(_ report: GradeReport, version: String) {
    schemaVersion = Self.currentSchemaVersion
    tool = JSONReport.Tool(name: "gradbook", version: version)
    source = report.sources
    sourceErrors = report.sourceErrors.map(\.description)
    submissions = report.submissions.map(Self.submission)
  }

  static func submission(_ grade: SubmissionGrade) -> SubmissionEntry {
    SubmissionEntry(
      name: grade.name, score: PointsFormat.value(grade.score), maxScore: PointsFormat.value(grade.maxScore),
      status: grade.status.rawValue,
      exercises: grade.exercises.map { exercise in
        ExerciseEntry(
          id: exercise.id, lesson: exercise.lessonFile, title: exercise.lessonTitle, line: exercise.line,
          score: PointsFormat.value(exercise.score), maxScore: PointsFormat.value(exercise.maxScore),
          problem: exercise.problem,
          tests: exercise.tests.map {
            TestEntry(
              name: $0.name, visibility: $0.isHidden ? "hidden" : "public", status: $0.status.rawValue,
              score: PointsFormat.value($0.score), maxScore: PointsFormat.value($0.maxScore),
              message: $0.message,
              file: $0.file, line: $0.line)
          })
      }, notes: grade.notes, errors: grade.errors)
  }

  /// Pretty-printed JSON with sorted keys, ending with a newline.
  public func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
