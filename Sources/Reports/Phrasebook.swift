import Workbook

/// Every word Gradbook adds around a lesson in the learner's view (`gradbook run` and the HTML report), in the
/// lesson's language. `gradbook check` and the JSON report always speak English, for scripts and CI.
public struct Phrasebook: Equatable, Sendable {
  public let language: LessonLanguage

  public init(_ language: LessonLanguage = .english) {
    self.language = language
  }

  /// The phrasebook for a lesson, in the language it is written in.
  public init(for lesson: Lesson) {
    self.init(lesson.language)
  }

  /// The phrasebook for words about several lessons: Korean only when every lesson that ran is Korean.
  public init(for report: WorkbookReport) {
    let languages = report.lessonReports.map(\.lesson.language)
    self.init(languages.isEmpty ? .english : LessonLanguage.common(languages))
  }

  var isKorean: Bool { language == .korean }

  // MARK: Exercises, hints and hidden cells

  /// `✎ Exercise step (2 points)`.
  public func exerciseTitle(id: String?, points: Int?) -> String {
    var title = isKorean ? "✎ 연습 문제" : "✎ Exercise"
    if let id { title += " " + id }
    if let points {
      title += isKorean ? " (\(points)점)" : " (\(points) point\(points == 1 ? "" : "s"))"
    }
    return title
  }

  /// `Hint 1` (counting from one).
  public func hint(_ number: Int) -> String {
    (isKorean ? "힌트 " : "Hint ") + String(number)
  }

  /// Said where an exercise's hints stand, which stay folded until asked for: `2 hints: gradbook hint lesson.md#step`.
  public func foldedHints(_ count: Int, command: String) -> String {
    isKorean ? "힌트 \(count)개: \(command)" : "\(count) hint\(count == 1 ? "" : "s"): \(command)"
  }

  /// Stands in for a solution's code, which the learner should write themselves.
  public var solutionHidden: String { isKorean ? "정답 코드 숨김" : "solution hidden" }

  /// Stands in for a check cell's code.
  public var checksHidden: String { isKorean ? "검사 코드 숨김" : "checks hidden" }

  /// Said instead of a diff when a hidden solution or check fails, since the diff would give the answer away.
  public var referenceAnswerFails: String {
    isKorean
      ? "이 레슨의 정답 코드가 여기서 실패합니다. 원인은 `gradbook check`로 확인하세요"
      : "the lesson's reference answer fails here; `gradbook check` shows why"
  }

  /// A check case's name: the assert as written, or a check named by its line (a hidden check never shows code).
  public func caseName(_ checkCase: CheckCase, hidden: Bool) -> String {
    guard isKorean, hidden || checkCase.assertSource == nil else {
      return checkCase.name(hidden: hidden)
    }
    return (hidden ? "숨은 검사" : "검사") + " (\(checkCase.line)행)"
  }

  /// `public checks 3/3 passed · 2 hidden checks run at grading`: only what ran is claimed.
  public func checkTally(_ tally: CheckTally) -> String {
    guard isKorean else { return tally.summary }
    var parts = ["공개 검사 \(tally.publicPassed)/\(tally.publicTotal) 통과"]
    if tally.hiddenTotal > 0 { parts.append("숨은 검사 \(tally.hiddenPassed)/\(tally.hiddenTotal) 통과") }
    if tally.hiddenAtGrading > 0 { parts.append("숨은 검사 \(tally.hiddenAtGrading)개는 채점 때 실행") }
    return parts.joined(separator: " · ")
  }

  // MARK: Cell verdicts

  public var passed: String { isKorean ? "✓ 통과" : "✓ passed" }
  public var failed: String { isKorean ? "✗ 실패" : "✗ failed" }
  public var unexpectedError: String { isKorean ? "✗ 예상치 못한 오류" : "✗ unexpected error" }
  /// ` at lesson.md:3:5` after `unexpectedError`.
  public func raised(at location: SourceLocation) -> String {
    isKorean ? " (" + location.description + ")" : " at " + location.description
  }
  /// ` at line 3, column 5` after `unexpectedError`, where the file is named elsewhere.
  public func raised(line: Int, column: Int) -> String {
    isKorean ? " (\(line)행 \(column)열)" : " at line \(line), column \(column)"
  }
  /// A cell that ran and has no fences to compare with.
  public var ranUnchecked: String { isKorean ? "실행됨 (확인할 내용 없음)" : "ran (nothing to check)" }
  /// A cell that was not run, in the terminal.
  public var skippedNotRun: String { isKorean ? "– 건너뜀 (실행 안 함)" : "– skipped (not run)" }
  /// A cell that was not run, in the HTML report's cell heading.
  public var skipped: String { isKorean ? "– 건너뜀" : "– skipped" }
  /// The HTML report's heading of a code cell: `line 12`.
  public func line(_ number: Int) -> String { isKorean ? "\(number)행" : "line \(number)" }
  /// The tooltip on the line that raised an unexpected error.
  public var raisedHere: String { isKorean ? "여기서 오류 발생" : "raised here" }

  // MARK: Counts

  public func passedCount(_ count: Int) -> String { isKorean ? "통과 \(count)" : "\(count) passed" }
  public func failedCount(_ count: Int) -> String { isKorean ? "실패 \(count)" : "\(count) failed" }
  public func uncheckedCount(_ count: Int) -> String { isKorean ? "확인 안 함 \(count)" : "\(count) unchecked" }
  public func skippedCount(_ count: Int) -> String { isKorean ? "건너뜀 \(count)" : "\(count) skipped" }

  /// `, 2 lessons could not be read` after a course's counts.
  public func unreadableLessons(_ count: Int) -> String {
    isKorean ? ", 읽지 못한 레슨 \(count)개" : ", \(count) lesson\(count == 1 ? "" : "s") could not be read"
  }
  /// The header badge counting lessons that could not be read.
  public func notReadableCount(_ count: Int) -> String {
    isKorean ? "읽지 못한 레슨 \(count)" : "\(count) not readable"
  }
  /// A summary row of a lesson that could not be read: `not run: line 3: message`.
  public func notRun(line: Int?, message: String) -> String {
    if isKorean { return "실행 안 함: " + (line.map { "\($0)행: " } ?? "") + message }
    return "not run: " + (line.map { "line \($0): " } ?? "") + message
  }
  /// ` in 0.250s` after a summary, with `--timings`.
  public func took(_ seconds: String) -> String { isKorean ? " (\(seconds) 소요)" : " in " + seconds }

  // MARK: Mismatches

  /// What went wrong between a cell's fences and its result, in one line ending with `:`.
  public func mismatchHeading(_ mismatch: ExpectationMismatch, errorLocation: SourceLocation? = nil) -> String
  {
    guard isKorean else { return MismatchDescription.heading(mismatch, errorLocation: errorLocation) }
    let fence = "```" + mismatch.kind.rawValue
    let diffLegend = "(- 기대값, + 실제값):"
    if !mismatch.hasFence {
      switch mismatch.kind {
      case .output: return "예상치 못한 출력 (셀에 \(fence) 블록이 없음):"
      case .warning: return "예상치 못한 경고 (셀에 \(fence) 블록이 없음):"
      case .error: return "예상치 못한 오류" + (errorLocation.map { " (" + $0.description + ")" } ?? "") + ":"
      case .graph: return "예상치 못한 그래프:"
      }
    }
    guard mismatch.actual.isEmpty else {
      switch mismatch.kind {
      case .output: return "출력이 다름 " + diffLegend
      case .warning: return "경고가 다름 " + diffLegend
      case .error: return "오류가 다름 " + diffLegend
      case .graph: return "그래프가 다름 " + diffLegend
      }
    }
    switch mismatch.kind {
    case .output: return "출력이 있어야 하는데 셀이 아무것도 출력하지 않음 " + diffLegend
    case .warning: return "경고가 있어야 하는데 발생하지 않음 " + diffLegend
    case .error: return "오류가 있어야 하는데 셀이 오류 없이 끝남 " + diffLegend
    case .graph: return "그래프를 그릴 수 없음: " + (mismatch.reason ?? "") + " " + diffLegend
    }
  }
}
