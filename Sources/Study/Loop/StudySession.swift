import Foundation
import Workbook
import Reports

/// The learner's loop as a state machine, without a terminal: which exercise is open, what the screen is showing,
/// and what each key or file change does. `StudyLoop` feeds it keys and saves; `StudyScreen` draws it.
public final class StudySession {
  /// What fills the screen.
  public enum Mode: Equatable, Sendable {
    case exercise
    case list
    /// Waiting for y/n before resetting the open exercise.
    case confirmingReset
  }

  /// A key the loop understands.
  public enum Command: Equatable, Sendable {
    case next, hint, list, reset, quit, rerun, yes, no, other(String)
  }

  /// What the loop should do after a command.
  public enum Reaction: Equatable, Sendable {
    case redraw
    case quit
  }

  /// A line said under the exercise, until the next command.
  public struct Message: Equatable, Sendable {
    public enum Tone: Equatable, Sendable { case info, good, warning }
    public var text: String
    public var tone: Tone
  }

  public let workspace: CourseWorkspace
  public private(set) var status: CourseStatus
  /// The key of the open exercise; nil when every exercise passes.
  public private(set) var currentKey: String?
  public private(set) var mode: Mode = .exercise
  public private(set) var message: Message?
  /// Code of each exercise at the last check, to count changed saves as attempts.
  private var lastCode: [String: String] = [:]

  /// Opens the course at `start` (an exercise reference) or at the first exercise that does not pass.
  public init(workspace: CourseWorkspace, start: String? = nil) {
    self.workspace = workspace
    status = workspace.status()
    rememberCode()
    defer { if let current { lastLanguage = status.lesson(of: current).lesson.language } }
    currentKey = status.firstUnfinished?.key
    let notices = workspace.takeNotices()
    if !notices.isEmpty { message = Message(text: notices.joined(separator: "\n"), tone: .warning) }
    if let start {
      switch status.exercise(named: start) {
      case .success(let outcome): currentKey = outcome.key
      case .failure(let error): message = Message(text: "\(error)", tone: .warning)
      }
    }
  }

  /// The open exercise as it stands now.
  public var current: ExerciseOutcome? {
    guard let currentKey else { return nil }
    return status.exercises.first { $0.key == currentKey }
  }

  /// Why the open exercise's lesson cannot be read right now, if it cannot.
  public var brokenLesson: LessonError? {
    guard let currentKey else { return nil }
    return status.course.rejection(of: Progress.lessonPath(of: currentKey), shownRoot: workspace.shownRoot)
  }

  /// Re-reads and re-runs the course after a save; a changed exercise counts as an attempt.
  public func refresh() {
    let wasPassing = current?.state == .passed
    status = workspace.status()
    for outcome in status.exercises {
      let code = status.cell(of: outcome).code
      if let previous = lastCode[outcome.key], previous != code, outcome.state != .notStarted {
        workspace.recordAttempt(outcome.key)
      }
    }
    rememberCode()
    if let current { lastLanguage = status.lesson(of: current).lesson.language }
    // A lesson that does not parse right now (a fence left open while typing) keeps its exercise open, to show why.
    if current == nil, brokenLesson == nil {
      // The open exercise left the course (an update removed it), or a finished course grew: go on with the first
      // unfinished exercise.
      if let currentKey { message = Message(text: phrasebook.noLongerInCourse(currentKey), tone: .warning) }
      currentKey = status.firstUnfinished?.key
    }
    if let current, current.state == .passed, !wasPassing {
      message = Message(text: phrasebook.passedPressNext, tone: .good)
    } else if current?.state != .passed, message?.tone == .good {
      message = nil
    }
  }

  private func rememberCode() {
    lastCode = Dictionary(
      status.exercises.map { ($0.key, status.cell(of: $0).code) }, uniquingKeysWith: { first, _ in first })
  }

  /// The words of the open exercise's lesson (of the course when none is open; of the lesson as it last read while
  /// it does not parse).
  var phrasebook: Phrasebook {
    if let current { return Phrasebook(for: status.lesson(of: current).lesson) }
    if brokenLesson != nil, let lastLanguage { return Phrasebook(lastLanguage) }
    return Phrasebook(for: status.course)
  }

  /// The language of the open exercise's lesson when it last read.
  private var lastLanguage: LessonLanguage?

  /// What a key does.
  public func handle(_ command: Command) -> Reaction {
    if mode == .confirmingReset {
      mode = .exercise
      if command == .yes {
        resetCurrent()
      } else {
        message = Message(text: phrasebook.resetDeclined, tone: .info)
      }
      return .redraw
    }
    if mode == .list, command != .quit {
      mode = .exercise
      return .redraw
    }
    message = nil
    switch command {
    case .quit:
      return .quit
    case .next:
      moveOn()
    case .hint:
      showHint()
    case .list:
      mode = .list
    case .reset where brokenLesson != nil:
      mode = .confirmingReset
    case .reset:
      guard let current, current.state != .notStarted else {
        message = Message(text: phrasebook.nothingToReset, tone: .info)
        break
      }
      mode = .confirmingReset
    case .rerun:
      refresh()
    case .yes, .no, .other:
      message = Message(text: phrasebook.keysHelp, tone: .info)
    }
    return .redraw
  }

  /// `n`: to the next exercise that does not pass, after this one (then from the start); only once this one passes.
  private func moveOn() {
    guard let current else { return }
    guard current.state == .passed else {
      message = Message(text: phrasebook.passFirst, tone: .warning)
      return
    }
    let position = status.exercises.firstIndex { $0.key == current.key } ?? 0
    let later = status.exercises[(position + 1)...].first { $0.state != .passed }
    let earlier = status.exercises[..<position].first { $0.state != .passed }
    currentKey = (later ?? earlier)?.key
    if currentKey == nil { message = Message(text: phrasebook.courseDone, tone: .good) }
  }

  private func showHint() {
    guard let current else { return }
    let hints = status.cell(of: current).hints
    guard !hints.isEmpty else {
      message = Message(
        text: phrasebook.noHints(status.lesson(of: current).lesson.exerciseName(at: current.cellIndex)),
        tone: .info)
      return
    }
    let before = workspace.currentProgress().history(current.key).hintsShown
    let shown = workspace.showHint(current, in: status)
    if shown.count == before { message = Message(text: phrasebook.allHintsShown, tone: .info) }
    noteProblems()
  }

  private func resetCurrent() {
    if brokenLesson != nil, let currentKey {
      do {
        let result = try workspace.resetLesson(Progress.lessonPath(of: currentKey))
        refresh()
        message = Message(text: result.backups.first.map { phrasebook.backupSaved($0) } ?? "", tone: .info)
      } catch {
        message = Message(text: "\(error)", tone: .warning)
      }
      return
    }
    guard let current else { return }
    do {
      let result = try workspace.reset([current], in: status)
      refresh()
      let text =
        result.backups.first.map { phrasebook.backupSaved($0) } ?? phrasebook.resetUnchanged(current.key)
      message = Message(text: text, tone: .info)
    } catch {
      message = Message(text: "\(error)", tone: .warning)
    }
  }

  /// Said after the loop ends: the course's totals and how to come back.
  public var closingLine: String {
    let words = Phrasebook(for: status.course)
    return words.courseTotals(
      passed: status.passedCount, of: status.exercises.count, score: status.score, of: status.maxScore)
      + (status.firstUnfinished == nil ? "" : words.comeBack)
  }

  /// Hints shown so far for the open exercise.
  public var shownHints: [String] {
    guard let current else { return [] }
    let hints = status.cell(of: current).hints
    return Array(hints.prefix(min(workspace.currentProgress().history(current.key).hintsShown, hints.count)))
  }

  private func noteProblems() {
    if let notice = workspace.takeNotices().last { message = Message(text: notice, tone: .warning) }
  }
}
