import Reports
import Workbook

/// The words of the learner's commands and study screen, in the course's language (Korean when every lesson is).
extension Phrasebook {
  private var korean: Bool { language == .korean }

  /// The language of a course: Korean only when every lesson is.
  public init(for course: Course) {
    self.init(LessonLanguage.common(course.lessons.map(\.lesson.language)))
  }

  func state(_ state: ExerciseState) -> String {
    switch state {
    case .passed: return korean ? "통과" : "passed"
    case .failed: return korean ? "아직 통과 못 함" : "not passing yet"
    case .notStarted: return korean ? "시작 전" : "not started"
    }
  }

  /// `1.5/2 points`.
  func points(_ score: Double, of maximum: Double) -> String {
    let text = Points.text(score) + "/" + Points.text(maximum)
    return korean ? text + "점" : text + (maximum == 1 ? " point" : " points")
  }

  /// `hint 1/2`.
  func hintsSeen(_ shown: Int, of total: Int) -> String {
    (korean ? "힌트 " : "hint ") + "\(shown)/\(total)"
  }

  func attempts(_ count: Int) -> String {
    korean ? "시도 \(count)회" : "\(count) attempt\(count == 1 ? "" : "s")"
  }

  var exerciseUpdated: String { korean ? "문제가 바뀜" : "exercise updated" }

  /// `3 of 17 exercises passed · 7 of 30 points`.
  func courseTotals(passed: Int, of total: Int, score: Double, of maximum: Double) -> String {
    if korean {
      return "연습 문제 \(total)개 중 \(passed)개 통과 · \(Points.text(maximum))점 중 \(Points.text(score))점"
    }
    return "\(passed) of \(total) exercise\(total == 1 ? "" : "s") passed · \(Points.text(score)) of "
      + "\(Points.text(maximum)) point\(maximum == 1 ? "" : "s")"
  }

  func retired(_ keys: [String]) -> String {
    (korean ? "코스에서 빠진 연습 문제 (기록은 보관됨): " : "no longer in the course (history kept): ")
      + keys.joined(separator: ", ")
  }

  /// `next: by-hand · 02-backward-scalar.md:170 · Exercise 1: beat autograd to the answer`.
  func next(_ name: String, location: String, heading: String) -> String {
    (korean ? "다음: " : "next: ") + name + " · " + location + " · " + heading
  }

  func courseFinished(total: Int, score: Double) -> String {
    korean
      ? "연습 문제 \(total)개를 모두 통과했습니다 (\(Points.text(score))점). 수고하셨습니다!"
      : "All \(total) exercises pass (\(Points.text(score)) points). Well done!"
  }

  /// `by-hand · hint 2 of 2`.
  func hintHeading(_ name: String, shown: Int, total: Int) -> String {
    korean ? "\(name) · 힌트 \(total)개 중 \(shown)개" : "\(name) · hint \(shown) of \(total)"
  }

  func noHints(_ name: String) -> String {
    korean ? "\(name)에는 힌트가 없습니다." : "\(name) has no hints."
  }

  var allHintsShown: String { korean ? "(힌트를 모두 보았습니다)" : "(that is every hint)" }

  func resetConfirmation(_ names: [String]) -> String {
    let list = names.count <= 3 ? names.joined(separator: ", ") : "\(names.count) exercises"
    return korean
      ? "\(list)의 코드를 처음 상태로 되돌릴까요? 지금 코드는 먼저 .gradbook/backups에 저장됩니다. [y/N] "
      : "Reset \(list) to the starter code? Your code is saved in .gradbook/backups first. [y/N] "
  }

  var resetDeclined: String { korean ? "아무것도 바꾸지 않았습니다." : "Nothing was changed." }

  func resetDone(_ name: String) -> String {
    korean ? "\(name): 처음 코드로 되돌렸습니다" : "\(name): starter code restored"
  }

  func resetUnchanged(_ name: String) -> String {
    korean ? "\(name): 이미 처음 코드입니다" : "\(name): already the starter code"
  }

  func backupSaved(_ path: String) -> String {
    korean ? "이전 코드 보관: \(path)" : "your code before: \(path)"
  }
}
