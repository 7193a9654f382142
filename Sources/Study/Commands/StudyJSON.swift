import Foundation
import Workbook

/// The JSON the learner's commands print with `--format json` (documented in docs/study-json.md).
enum StudyJSON {
  struct Check: Encodable {
    var name: String
    var status: String
    var message: String?
    var line: Int
  }

  struct Exercise: Encodable {
    var key: String
    var id: String?
    var lesson: String
    var line: Int
    var heading: String
    var status: String
    var score: Double
    var maxScore: Double
    var hints: Int
    var hintsShown: Int
    var attempts: Int
    var firstPassed: String?
    var updated: Bool
    var hiddenChecksAtGrading: Int
    var checks: [Check]
  }

  struct Lesson: Encodable {
    var file: String
    var title: String
    var exercises: [Exercise]
  }

  struct Problem: Encodable {
    var file: String
    var line: Int?
    var column: Int?
    var message: String
  }

  struct List: Encodable {
    var schemaVersion = 1
    var course: String
    var passed: Int
    var total: Int
    var score: Double
    var maxScore: Double
    var lessons: [Lesson]
    var retired: [String]
    var rejected: [Problem]
    var notices: [String]
  }

  struct Next: Encodable {
    var schemaVersion = 1
    var finished: Bool
    var exercise: Exercise?
  }

  struct Hint: Encodable {
    var schemaVersion = 1
    var exercise: String
    var total: Int
    var shown: Int
    var hints: [String]
  }

  struct Reset: Encodable {
    var schemaVersion = 1
    var reset: [String]
    var unchanged: [String]
    var backups: [String]
  }

  static func exercise(_ outcome: ExerciseOutcome, in status: CourseStatus, progress: Progress) -> Exercise {
    let courseLesson = status.lesson(of: outcome)
    let cell = status.cell(of: outcome)
    let history = progress.history(outcome.key)
    return Exercise(
      key: outcome.key, id: cell.id, lesson: courseLesson.lesson.file, line: cell.location.line,
      heading: courseLesson.lesson.heading(before: cell.location.line), status: outcome.state.rawValue,
      score: Points.value(outcome.score), maxScore: Points.value(outcome.maxScore), hints: cell.hints.count,
      hintsShown: min(history.hintsShown, cell.hints.count), attempts: history.attempts,
      firstPassed: history.firstPassed, updated: outcome.isUpdated,
      hiddenChecksAtGrading: outcome.hiddenAtGrading,
      checks: outcome.checks.map {
        Check(name: $0.name, status: $0.status.rawValue, message: $0.message, line: $0.line)
      })
  }

  static func problem(_ error: LessonError) -> Problem {
    Problem(
      file: error.file, line: error.location?.line, column: error.location?.column, message: error.message)
  }

  static func encode<Value: Encodable>(_ value: Value) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
