import Foundation
import Workbook

/// `gradbook grade --format csv`: one row per submission (RFC 4180: CRLF line ends, fields quoted when they hold a
/// comma, a quote or a line break, quotes doubled). Columns: `submission`, each exercise id in source order, `score`,
/// `max_score`, `percent`.
public enum GradeCSVReport {
  public static func render(_ report: GradeReport) -> String {
    var rows = [["submission"] + report.exercises.map(\.id) + ["score", "max_score", "percent"]]
    for submission in report.submissions {
      var scores: [String: Double] = [:]
      for exercise in submission.exercises { scores[exercise.id] = exercise.score }
      rows.append(
        [submission.name] + report.exercises.map { PointsFormat.text(scores[$0.id] ?? 0) } + [
          PointsFormat.text(submission.score), PointsFormat.text(submission.maxScore),
          PointsFormat.percent(submission.score, of: submission.maxScore),
        ])
    }
    return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// One field, quoted when it must be.
  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
