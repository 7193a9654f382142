import Foundation
import Workbook

/// A learner's course on disk: its lessons, starter copies and progress, with what the learner can do to it (see a
/// hint, count an attempt, reset an exercise). Every question re-reads the lesson files, so answers are never stale.
public final class CourseWorkspace {
  /// The course root (absolute).
  public let root: String
  /// The root as paths in messages begin (`.`, `course`, or absolute).
  public let shownRoot: String
  public let store: ProgressStore
  public let starters: StarterCopies
  public var makeRunner: CellRunnerFactory
  public var now: () -> Date
  /// Things the learner should know (a progress file set aside, a lesson given a starter copy).
  public private(set) var notices: [String] = []
  /// False when the progress file must be left alone (written by a newer gradbook, or unreadable and stuck).
  public private(set) var isProgressWritable = true

  public init(
    root: String, shownRoot: String, makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter,
    now: @escaping () -> Date = Date.init
  ) {
    self.root = root
    self.shownRoot = shownRoot
    self.makeRunner = makeRunner
    self.now = now
    store = ProgressStore(root: root, now: now)
    starters = StarterCopies(root: root)
    let loaded = store.load()
    if let notice = loaded.notice { notices.append(notice.message) }
    isProgressWritable = loaded.isWritable
  }

  /// Brings the copy up to date with the course it was made from, if it knows its source and the source changed;
  /// what changed becomes notices.
  public func updateFromSource() {
    notices += CourseUpdater(workspace: self).update()
  }

  /// Takes (and clears) the notices gathered so far.
  public func takeNotices() -> [String] {
    defer { notices.removeAll() }
    return notices
  }

  /// The last status, whose reports are reused for lessons that did not change.
  private var lastStatus: CourseStatus?

  /// Reads the whole course, runs the lessons that changed since the last look, and records what it shows in the
  /// history.
  public func status() -> CourseStatus {
    let course = Course.load(root: root, shownRoot: shownRoot)
    let (starterCode, _) = starters.starters(for: course)
    let progress = currentProgress()
    let status = CourseStatus.check(
      course, starters: starterCode, progress: progress, previous: lastStatus, makeRunner: makeRunner)
    lastStatus = status
    save { $0.record(status, starters: starterCode, now: self.now()) }
    return status
  }

  /// The history as saved now.
  public func currentProgress() -> Progress {
    let loaded = store.load()
    if let notice = loaded.notice { notices.append(notice.message) }
    return loaded.progress
  }

  /// Shows one more hint of `outcome` (up to all of them) and returns the hints now shown, in order.
  public func showHint(_ outcome: ExerciseOutcome, in status: CourseStatus) -> [String] {
    let hints = status.cell(of: outcome).hints
    guard !hints.isEmpty else { return [] }
    var shown = min(currentProgress().history(outcome.key).hintsShown + 1, hints.count)
    save { progress in
      var history = progress.history(outcome.key)
      history.hintsShown = min(max(history.hintsShown + 1, 1), hints.count)
      shown = history.hintsShown
      progress.exercises[outcome.key] = history
    }
    return Array(hints.prefix(shown))
  }

  /// Counts a checked save of changed code.
  public func recordAttempt(_ key: String) {
    save { progress in
      var history = progress.history(key)
      history.attempts += 1
      progress.exercises[key] = history
    }
  }

  /// Applies `change` to the saved history, unless the file must be left alone; a failure becomes a notice.
  func save(_ change: (inout Progress) -> Void) {
    guard isProgressWritable else { return }
    do {
      try store.update(change)
    } catch {
      notices.append("progress not saved: \(error)")
    }
  }

  /// The path of `relative` (a lesson below the root) on disk.
  public func absolutePath(_ relative: String) -> String { root + "/" + relative }
}
