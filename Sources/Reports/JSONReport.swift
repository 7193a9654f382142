import Foundation
import Workbook

/// The `--format json` report (schema documented in docs/json-schema.md). Absent values are written as `null`
/// (`ExplicitNull`).
public struct JSONReport: Codable, Equatable {
  /// Bumped whenever a field is renamed, removed or changes meaning.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var tool: Tool
  public var command: String
  public var lessons: [LessonEntry]
  public var summary: Summary

  public struct Tool: Codable, Equatable {
    public var name: String
    public var version: String
  }

  public struct Position: Codable, Equatable {
    @ExplicitNull public var line: Int?
    @ExplicitNull public var column: Int?
    public var message: String
    /// `file:line:col: error: message`, as the terminal prints it.
    public var text: String
  }

  public struct FindingEntry: Codable, Equatable {
    public var severity: String
    public var line: Int
    public var column: Int
    public var message: String
  }

  public struct Channels: Codable, Equatable {
    @ExplicitNull public var output: String?
    @ExplicitNull public var warnings: [String]?
    @ExplicitNull public var error: String?
    /// The autograd graph's text form: the `graph` fence's, or the one drawn after the cell.
    @ExplicitNull public var graph: String? = nil
  }

  public struct ErrorEntry: Codable, Equatable {
    public var type: String
    public var message: String
    public var line: Int
    public var column: Int
    public var text: String
  }

  public struct CellEntry: Codable, Equatable {
    public var lesson: String
    @ExplicitNull public var id: String?
    public var file: String
    public var line: Int
    public var kind: String
    public var status: String
    public var expected: Channels
    @ExplicitNull public var actual: Channels?
    public var warnings: [String]
    @ExplicitNull public var error: ErrorEntry?
    public var duration: Double
    /// `points=` of an exercise or check.
    @ExplicitNull public var points: Int?
    /// Whether a check is `hidden`.
    public var hidden: Bool
    /// A check's cases (empty for other cells).
    public var cases: [CaseEntry]
  }

  public struct CaseEntry: Codable, Equatable {
    public var name: String
    public var line: Int
    /// `pass`, `fail` or `error`.
    public var status: String
    @ExplicitNull public var message: String?
  }

  public struct Totals: Codable, Equatable {
    public var passed: Int
    public var failed: Int
    public var unchecked: Int
    public var skipped: Int
    public var error: Int

    init(_ totals: StatusTotals) {
      passed = totals.passed
      failed = totals.failed
      unchecked = totals.unchecked
      skipped = totals.skipped
      error = totals.error
    }
  }

  public struct LessonEntry: Codable, Equatable {
    public var file: String
    @ExplicitNull public var title: String?
    /// `ran` or `rejected`.
    public var status: String
    @ExplicitNull public var error: Position?
    public var findings: [FindingEntry]
    public var cells: [CellEntry]
    public var totals: Totals
    public var duration: Double
  }

  public struct Summary: Codable, Equatable {
    public var lessons: Int
    public var rejectedLessons: Int
    public var cells: Int
    public var passed: Int
    public var failed: Int
    public var unchecked: Int
    public var skipped: Int
    public var error: Int
    public var duration: Double
    public var exitCode: Int
  }

  /// Builds the report of `report` for `command` (`run` or `check`).
  public init(_ report: WorkbookReport, command: String, version: String) {
    schemaVersion = Self.currentSchemaVersion
    tool = Tool(name: "gradbook", version: version)
    self.command = command
    lessons = report.outcomes.map(Self.lesson)
    let totals = report.totals
    summary = Summary(
      lessons: report.outcomes.count, rejectedLessons: report.rejected.count, cells: totals.total,
      passed: totals.passed,
      failed: totals.failed, unchecked: totals.unchecked, skipped: totals.skipped, error: totals.error,
      duration: report.duration, exitCode: Int(report.exitCode))
  }

  /// The report as pretty-printed JSON with sorted keys, ending with a newline.
  public func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func lesson(_ outcome: LessonOutcome) -> LessonEntry {
    switch outcome {
    case .rejected(let error):
      let position = Position(
        line: error.location?.line, column: error.location?.column, message: error.message,
        text: error.description)
      return LessonEntry(
        file: error.file, title: nil, status: "rejected", error: position, findings: [], cells: [],
        totals: Totals(StatusTotals()),
        duration: 0)
    case .ran(let report):
      let lesson = report.lesson
      return LessonEntry(
        file: lesson.file, title: lesson.title, status: "ran", error: nil,
        findings: lesson.findings.map {
          FindingEntry(
            severity: $0.severity.rawValue, line: $0.location.line, column: $0.location.column,
            message: $0.message)
        },
        cells: report.cells.map { cell($0, lesson: lesson) }, totals: Totals(report.totals),
        duration: report.duration)
    }
  }

  static func cell(_ report: CellReport, lesson: Lesson) -> CellEntry {
    let cell = report.cell
    let expected = Channels(
      output: cell.expectation(.output)?.text,
      warnings: cell.expectation(.warning).map { LineDiff.lines($0.text) },
      error: cell.expectation(.error).map { LineDiff.lines($0.text).joined(separator: "\n") },
      graph: cell.expectation(.graph)?.text)
    let actual = report.result.map {
      Channels(output: $0.output, warnings: $0.warnings, error: $0.error?.text, graph: try? report.graph?.get().text)
    }
    let error = report.result?.error.map {
      ErrorEntry(type: $0.typeName, message: $0.message, line: $0.line, column: $0.column, text: $0.text)
    }
    return CellEntry(
      lesson: lesson.title, id: cell.id, file: lesson.file, line: cell.location.line,
      kind: cell.kind.rawValue,
      status: report.status.rawValue, expected: expected, actual: actual,
      warnings: report.result?.warnings ?? [], error: error,
      duration: report.duration, points: cell.points, hidden: cell.isHidden,
      cases: report.cases.map {
        CaseEntry(
          name: $0.name(hidden: cell.isHidden), line: $0.line, status: $0.status.rawValue,
          message: $0.explanation(hidden: cell.isHidden))
      })
  }
}
