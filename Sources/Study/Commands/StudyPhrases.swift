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

/// The study screen's words.
extension Phrasebook {
  private var isKoreanScreen: Bool { language == .korean }

  var passedPressNext: String {
    isKoreanScreen ? "✓ 통과! n을 누르면 다음 연습 문제로 갑니다." : "✓ Passed! Press n for the next exercise."
  }
  var passFirst: String {
    isKoreanScreen
      ? "이 연습 문제를 통과하면 n으로 넘어갈 수 있습니다 (막히면 h로 힌트)."
      : "n moves on once this exercise passes (h shows a hint)."
  }
  var courseDone: String {
    isKoreanScreen ? "모든 연습 문제를 통과했습니다. 수고하셨습니다!" : "Every exercise passes. Well done!"
  }
  var nothingToReset: String {
    isKoreanScreen ? "아직 처음 코드 그대로라 되돌릴 것이 없습니다." : "This exercise still holds its starter code."
  }
  var keysHelp: String {
    isKoreanScreen
      ? "n 다음 · h 힌트 · l 목록 · r 처음 코드로 · q 끝내기 · Enter 다시 실행"
      : "Keys: n next · h hint · l list · r reset · q quit · Enter re-runs"
  }
  func confirmReset(_ name: String) -> String {
    isKoreanScreen
      ? "\(name)의 코드를 처음 상태로 되돌릴까요? 지금 코드는 .gradbook/backups에 먼저 저장됩니다. (y/n)"
      : "Reset \(name) to its starter code? Your code is saved in .gradbook/backups first. (y/n)"
  }
}

/// Words on the study screen around the open exercise.
extension Phrasebook {
  private var koreanExercise: Bool { language == .korean }

  var comeBack: String {
    koreanExercise ? ". gradbook study로 이어서 하세요." : ". `gradbook study` picks up where you left off."
  }

  var fixTheLesson: String {
    koreanExercise
      ? "레슨 파일이 지금은 레슨으로 읽히지 않습니다. 위 위치를 고쳐 저장하거나, r로 레슨 전체를 처음 상태로 되돌리세요 (지금 파일은 먼저 저장됨)."
      : "The lesson does not read as a lesson right now. Fix it there and save, or press r to put the whole lesson "
        + "back as it was handed out (your file is saved first)."
  }

  func noLongerInCourse(_ key: String) -> String {
    koreanExercise ? "\(key): 코스에서 빠졌습니다" : "\(key): no longer in the course"
  }

  var exercisesLabel: String { koreanExercise ? "문제" : "exercises" }
  var pointsLabel: String { koreanExercise ? "점수" : "points" }
  var watchingMode: String { koreanExercise ? "저장하면 다시 실행" : "re-runs on save" }
  var manualMode: String { koreanExercise ? "Enter로 다시 실행" : "Enter re-runs" }

  /// `n next · h hint 1/2 · l list · r reset · q quit`.
  func keysLine(hintCount: String) -> String {
    koreanExercise
      ? "n 다음 · h 힌트\(hintCount) · l 목록 · r 되돌리기 · q 끝"
      : "n next · h hint\(hintCount) · l list · r reset · q quit"
  }

  func linesCut(_ count: Int) -> String {
    koreanExercise
      ? "… \(count)줄 생략 (gradbook check로 전부 보기)"
      : "… \(count) more line\(count == 1 ? "" : "s") cut (gradbook check shows all)"
  }

  func listLinesCut(_ count: Int) -> String {
    koreanExercise
      ? "… \(count)줄 더 (gradbook list로 전부 보기)"
      : "… \(count) more line\(count == 1 ? "" : "s") (gradbook list shows all)"
  }

  func skippedSections(_ headings: [String], file: String) -> String {
    koreanExercise
      ? "앞부분: " + headings.joined(separator: " · ") + " (gradbook run \(file)로 읽기)"
      : "Before this: " + headings.joined(separator: " · ") + " (gradbook run \(file) reads them)"
  }

  func hintCount(_ count: Int) -> String {
    koreanExercise ? "힌트 \(count)개" : "\(count) hint\(count == 1 ? "" : "s")"
  }

  /// Where to edit.
  func editHere(_ location: String) -> String {
    koreanExercise
      ? "\(location)의 ```python exercise 블록을 고치고 저장하세요."
      : "Edit the ```python exercise fence at \(location) and save."
  }

  var notPassingYet: String { koreanExercise ? "✗ 아직 통과하지 못했습니다" : "✗ not passing yet" }
  var notStartedYet: String {
    koreanExercise ? "· 아직 시작 전: 연습 문제 코드를 고치고 저장하세요" : "· not started: change the exercise's code and save"
  }
  var exerciseUpdatedNote: String {
    koreanExercise
      ? "코스가 바뀌어 이 문제의 시작 코드가 달라졌습니다. r을 누르면 새 시작 코드를 가져옵니다 (지금 코드는 먼저 저장됨)."
      : "Exercise updated: the course changed its starter code. r puts the new starter in (your code is saved first)."
  }

  func raisedAt(_ location: String) -> String { koreanExercise ? "위치: \(location)" : "at \(location)" }

  var printed: String { koreanExercise ? "출력:" : "printed:" }

  /// `public checks 3/4 passed · 2 hidden checks in this lesson run at grading`; never a claim about what was not
  /// run.
  func checksSummary(passed: Int, of total: Int, hidden: Int) -> String {
    var text = koreanExercise ? "공개 검사 \(passed)/\(total) 통과" : "public checks \(passed)/\(total) passed"
    if hidden > 0 {
      text +=
        koreanExercise
        ? " · 이 레슨의 숨은 검사 \(hidden)개는 채점 때 실행"
        : " · \(hidden) hidden check\(hidden == 1 ? "" : "s") in this lesson run\(hidden == 1 ? "s" : "") at grading"
    }
    return text
  }
}
