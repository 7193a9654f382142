import Foundation
import TestSupport
import Workbook

/// The beginner-tutorial API checklist of `Tests/Fixtures/beginner-api`: one lesson per group of
/// `../shared/reference/pytorch-beginner-api.md`, one cell per item under a `## ` heading that names
/// the item exactly, fences from PyTorch 2.15; and `not-supported.tsv`, the rows allowed to differ.
struct BeginnerAPIChecklist {
  /// One item: its group (the lesson's number), its name (the cell's heading) and how its cell ran.
  struct Row {
    var group: Int
    var item: String
    var report: CellReport
    var key: String { "\(group)\t\(item)" }
  }

  /// A row of `not-supported.tsv`.
  struct Exemption {
    var kind: String
    var reason: String
  }

  static let folder = "beginner-api"
  /// The kinds `not-supported.tsv` may give: never expected to match, or not implemented yet.
  static let kinds: Set<String> = ["left out", "pending"]

  var rows: [Row] = []
  /// Keyed by `group<TAB>item`.
  var exemptions: [String: Exemption] = [:]

  /// Reads every lesson and runs each cell in a session of its own.
  static func run() throws -> BeginnerAPIChecklist {
    let directory = try RepositoryPaths.fixture(folder)
    var checklist = BeginnerAPIChecklist()
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasSuffix(".md") }.sorted()
    for name in names {
      guard let group = Int(name.prefix { $0.isNumber }) else {
        throw FixtureError("\(folder)/\(name): the file name must start with its group number")
      }
      let path = directory + "/" + name
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let lesson = try LessonParser().parse(Array(text.utf8), file: path)
      let report = LessonRunner(makeRunner: { FreshSessionPerCell() }).run(lesson)
      let lines = text.components(separatedBy: "\n")
      for cell in report.cells {
        checklist.rows.append(
          Row(
            group: group, item: try heading(above: cell.cell.location.line, in: lines, file: path),
            report: cell))
      }
    }
    checklist.exemptions = try exemptions(in: directory + "/not-supported.tsv")
    return checklist
  }

  /// The text of the nearest `## ` heading above 1-based line `line`.
  private static func heading(above line: Int, in lines: [String], file: String) throws -> String {
    var index = min(line - 1, lines.count) - 1
    while index >= 0 {
      if lines[index].hasPrefix("## ") { return String(lines[index].dropFirst(3)) }
      index -= 1
    }
    throw FixtureError("\(file):\(line): a cell without a `## ` heading naming its item")
  }

  private static func exemptions(in path: String) throws -> [String: Exemption] {
    var result: [String: Exemption] = [:]
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for (number, line) in text.components(separatedBy: "\n").enumerated()
    where !line.isEmpty && !line.hasPrefix("#") {
      let fields = line.components(separatedBy: "\t")
      guard fields.count == 4, kinds.contains(fields[2]), !fields[3].isEmpty else {
        throw FixtureError(
          "\(path):\(number + 1): expected group, item, 'left out' or 'pending', and a reason, separated by tabs"
        )
      }
      let key = fields[0] + "\t" + fields[1]
      guard result[key] == nil else {
        throw FixtureError("\(path):\(number + 1): \(fields[1]) is listed twice")
      }
      result[key] = Exemption(kind: fields[2], reason: fields[3])
    }
    return result
  }

  /// What a cell's fences expect, as one text: output, then warnings, then the error.
  static func expectedRecord(_ cell: Cell) -> String {
    let output = cell.expectation(.output)?.text ?? ""
    let warnings = cell.expectation(.warning).map { "warnings:\n" + $0.text } ?? ""
    let error = cell.expectation(.error).map { "error: " + $0.text } ?? ""
    return output + warnings + error
  }

  /// What a cell produced, in the form of `expectedRecord`.
  static func actualRecord(_ report: CellReport) -> String {
    guard let result = report.result else { return "(not run)" }
    let warnings = result.warnings.isEmpty ? "" : "warnings:\n" + report.actualWarningsText
    let error = result.error.map { "error: " + $0.text + "\n" } ?? ""
    return result.output + warnings + error
  }
}
