import Foundation

/// Words of the HTML report (`gradbook report`), in the lesson's language.
extension Phrasebook {
  public var contents: String { isKorean ? "차례" : "Contents" }
  /// An exercise the learner has still to do.
  public var yourTurn: String { isKorean ? "✎ 직접 풀어 보세요" : "✎ your turn" }
  /// Starter code that does not run because its solution runs in its place.
  public var starterNotRun: String {
    isKorean ? "실행 안 함 (정답 코드가 대신 실행됨)" : "not run (its solution runs instead)"
  }
  /// The heading of an exercise's code cell.
  public var starterCode: String { isKorean ? "시작 코드" : "starter code" }
  /// Above the output an exercise's solution must produce.
  public var target: String { isKorean ? "목표 출력" : "Target output" }
  /// Above the code of public checks, in a learner's report.
  public var checksTitle: String { isKorean ? "검사 코드" : "Checks" }
  /// The verdict of a check in a learner's report of a course: it judges the learner's code at grading.
  public var checksRunAtGrading: String { isKorean ? "채점 때 실행됨" : "runs when graded" }
  /// Above a solution, in an instructor's report.
  public var solutionTitle: String { isKorean ? "정답 코드" : "Solution" }
  /// `2 points` / `2점`, `1.5 of 2 points`.
  public func points(earned: Double?, possible: Double) -> String {
    let total = Self.number(possible)
    guard let earned else { return isKorean ? "\(total)점" : "\(total) point\(possible == 1 ? "" : "s")" }
    return isKorean ? "\(Self.number(earned))/\(total)점" : "\(Self.number(earned))/\(total) points"
  }
  /// The summary of a graph's text form under its picture.
  public var graphTextForm: String { isKorean ? "텍스트 형태" : "Text form" }
  /// The lesson's lint findings, in an instructor's report.
  public var findingsTitle: String { isKorean ? "레슨 검사 결과" : "Lint findings" }
  /// A hidden check case, named but not shown, in feedback.
  public var hiddenCheck: String { isKorean ? "숨은 검사" : "hidden check" }
  /// Said when an exercise could not be graded at all.
  public var notGraded: String { isKorean ? "채점되지 않음" : "not graded" }

  /// `2`, `1.5`, `0.33`: points as people write them.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return String(value) }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
