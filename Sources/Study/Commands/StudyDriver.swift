import Foundation
import Reports
import Workbook

/// What `gradbook list`, `hint`, `next` and `reset` do, apart from parsing options: find the course, read it fresh,
/// print text or JSON, pick the exit code (0, 1 as each command says, 2 for errors).
public struct StudyDriver {
  public var makeRunner: CellRunnerFactory
  public var write: (String) -> Void
  public var writeError: (String) -> Void
  /// Asks the learner a yes/no question (the prompt goes to standard error); false when nobody answers.
  public var confirm: (String) -> Bool
  public var options: TerminalOptions
  public var folder: String
  public var now: () -> Date

  public init(
    makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter,
    options: TerminalOptions = TerminalOptions(),
    folder: String = FileManager.default.currentDirectoryPath, now: @escaping () -> Date = Date.init,
    confirm: @escaping (String) -> Bool, write: @escaping (String) -> Void,
    writeError: @escaping (String) -> Void
  ) {
    self.makeRunner = makeRunner
    self.options = options
    self.folder = folder
    self.now = now
    self.confirm = confirm
    self.write = write
    self.writeError = writeError
  }

  private var palette: TerminalPalette { options.palette }

  /// Opens the course, printing why when it cannot.
  func workspace(course: String?, reference: String? = nil) -> CourseWorkspace? {
    switch CourseLocator.locate(course: course, reference: reference, from: folder) {
    case .failure(let error):
      writeError(error.description + "\n")
      return nil
    case .success(let location):
      let workspace = CourseWorkspace(
        root: location.root, shownRoot: location.shownRoot, makeRunner: makeRunner, now: now)
      workspace.updateFromSource()
      return workspace
    }
  }

  /// Reads and runs the course; reports notices and unreadable lessons on standard error.
  func status(of workspace: CourseWorkspace) -> CourseStatus {
    let status = workspace.status()
    for notice in workspace.takeNotices() { writeError(palette.paint("note: " + notice, .yellow) + "\n") }
    for error in status.course.rejected {
      writeError(palette.paint(error.description, [.bold, .red]) + "\n")
    }
    return status
  }

  // MARK: list

  /// `gradbook list`: every lesson and exercise with status, points and hints used. Exit 0 when every exercise
  /// passes, 1 when some does not yet, 2 when a lesson cannot be read or there is no course.
  public func list(course: String?, format: StudyFormat) -> Int32 {
    guard let workspace = workspace(course: course) else { return 2 }
    let status = status(of: workspace)
    let progress = workspace.currentProgress()
    switch format {
    case .json:
      let lessons = status.course.lessons.enumerated().map { index, courseLesson in
        StudyJSON.Lesson(
          file: courseLesson.lesson.file, title: courseLesson.lesson.title,
          exercises: status.exercises.filter { $0.lessonIndex == index }.map {
            StudyJSON.exercise($0, in: status, progress: progress)
          })
      }
      write(
        StudyJSON.encode(
          StudyJSON.List(
            course: workspace.shownRoot, passed: status.passedCount, total: status.exercises.count,
            score: Points.value(status.score), maxScore: Points.value(status.maxScore), lessons: lessons,
            retired: status.retired, rejected: status.course.rejected.map(StudyJSON.problem),
            notices: workspace.takeNotices())))
    case .text:
      write(StudyListRenderer(options: options).render(status, progress: progress))
    }
    if !status.course.rejected.isEmpty { return 2 }
    return status.passedCount == status.exercises.count ? 0 : 1
  }

  // MARK: next

  /// `gradbook next`: where to work. Exit 0 with an exercise to work on, 1 when every exercise passes, 2 on errors.
  public func next(course: String?, format: StudyFormat) -> Int32 {
    guard let workspace = workspace(course: course) else { return 2 }
    let status = status(of: workspace)
    let phrasebook = Phrasebook(for: status.course)
    let next = status.firstUnfinished
    switch format {
    case .json:
      let progress = workspace.currentProgress()
      write(
        StudyJSON.encode(
          StudyJSON.Next(
            finished: next == nil,
            exercise: next.map { StudyJSON.exercise($0, in: status, progress: progress) })))
    case .text:
      guard let next else {
        write(phrasebook.courseFinished(total: status.exercises.count, score: status.score) + "\n")
        break
      }
      let lesson = status.lesson(of: next).lesson
      let cell = status.cell(of: next)
      let location = "\(lesson.file):\(cell.location.line)"
      var line = phrasebook.next(
        lesson.exerciseName(at: next.cellIndex), location: location,
        heading: lesson.heading(before: cell.location.line))
      line += " (" + phrasebook.state(next.state) + ")"
      write(ControlCharacters.visibleLine(line) + "\n")
    }
    if !status.course.rejected.isEmpty { return 2 }
    return next == nil ? 1 : 0
  }

  // MARK: hint

  /// `gradbook hint [ID]`: one more hint of the exercise (the first unfinished one without ID), with those shown
  /// before. Exit 0 when a hint was shown, 1 when the exercise has none, 2 on errors. Outside a course, a `FILE#NAME`
  /// reference shows every hint of that lesson's exercise, recording nothing.
  public func hint(_ reference: String?, course: String?, format: StudyFormat) -> Int32 {
    if course == nil, let reference,
      CourseLocator.locate(course: nil, reference: reference, from: folder).isFailure
    {
      return hintOutsideCourse(reference, format: format)
    }
    guard let workspace = workspace(course: course, reference: reference) else { return 2 }
    let status = status(of: workspace)
    let outcome: ExerciseOutcome
    if let reference {
      switch status.exercise(named: reference) {
      case .failure(let error):
        writeError("error: \(error)\n")
        return 2
      case .success(let found): outcome = found
      }
    } else {
      guard let next = status.firstUnfinished else {
        writeError(
          Phrasebook(for: status.course).courseFinished(total: status.exercises.count, score: status.score)
            + "\n")
        return 1
      }
      outcome = next
    }
    let lesson = status.lesson(of: outcome).lesson
    let name = lesson.exerciseName(at: outcome.cellIndex)
    let total = status.cell(of: outcome).hints.count
    let shown = workspace.showHint(outcome, in: status)
    for notice in workspace.takeNotices() { writeError(palette.paint("note: " + notice, .yellow) + "\n") }
    writeHints(
      shown, total: total, name: name, key: outcome.key, phrasebook: Phrasebook(for: lesson), format: format)
    return total == 0 ? 1 : 0
  }

  private func hintOutsideCourse(_ reference: String, format: StudyFormat) -> Int32 {
    guard let hash = reference.lastIndex(of: "#") else {
      writeError(
        "error: not inside a course, so `\(reference)` cannot be found; name it as FILE#ID (a lesson file and the "
          + "exercise's id)\n")
      return 2
    }
    let file = String(reference[..<hash])
    let name = String(reference[reference.index(after: hash)...])
    let lesson: Lesson
    let path = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: folder)).standardizedFileURL.path
    switch Course.load(path, as: file) {
    case .failure(let error):
      writeError(error.description + "\n")
      return 2
    case .success(let loaded): lesson = loaded
    }
    guard let index = lesson.exerciseIndices.first(where: { lesson.exerciseName(at: $0) == name }) else {
      writeError("\(file): error: no exercise `\(name)` in this lesson\n")
      return 2
    }
    let hints = lesson.cells[index].hints
    writeHints(
      hints, total: hints.count, name: name, key: reference, phrasebook: Phrasebook(for: lesson),
      format: format)
    return hints.isEmpty ? 1 : 0
  }

  private func writeHints(
    _ hints: [String], total: Int, name: String, key: String, phrasebook: Phrasebook, format: StudyFormat
  ) {
    switch format {
    case .json:
      write(StudyJSON.encode(StudyJSON.Hint(exercise: key, total: total, shown: hints.count, hints: hints)))
    case .text:
      guard total > 0 else {
        write(phrasebook.noHints(name) + "\n")
        return
      }
      var text =
        palette.paint(
          ControlCharacters.visibleLine(phrasebook.hintHeading(name, shown: hints.count, total: total)), .bold
        ) + "\n"
      for (number, hint) in hints.enumerated() {
        var body = hint
        while body.hasSuffix("\n") { body.removeLast() }
        text += palette.paint(phrasebook.hint(number + 1) + ": ", [.bold, .yellow])
        text += palette.paint(ControlCharacters.visible(body), .yellow) + "\n"
      }
      if hints.count == total, total > 1 { text += palette.paint(phrasebook.allHintsShown, .dim) + "\n" }
      write(text)
    }
  }

  // MARK: reset

  /// What to reset.
  public enum ResetTarget: Equatable, Sendable {
    case exercise(String)
    case lesson(String)
    case all
  }

  /// `gradbook reset`: puts starter code back after saving the learner's to `.gradbook/backups`, asking first unless
  /// `confirmed`. Exit 0 when done (or nothing needed resetting), 1 when the learner said no, 2 on errors.
  public func reset(_ target: ResetTarget, course: String?, format: StudyFormat, confirmed: Bool) -> Int32 {
    var reference: String?
    if case .exercise(let name) = target { reference = name }
    if case .lesson(let file) = target { reference = file + "#" }
    guard let workspace = workspace(course: course, reference: reference) else { return 2 }
    let status = status(of: workspace)
    let phrasebook = Phrasebook(for: status.course)
    var outcomes: [ExerciseOutcome] = []
    var wholeLesson: String?
    switch target {
    case .exercise(let name):
      switch status.exercise(named: name) {
      case .failure(let error):
        writeError("error: \(error)\n")
        return 2
      case .success(let outcome): outcomes = [outcome]
      }
    case .lesson(let file):
      guard let relative = lessonPath(file, in: status, workspace: workspace) else {
        writeError("\(file): error: not a lesson of this course\n")
        return 2
      }
      if let index = status.course.lessons.firstIndex(where: { $0.relativePath == relative }) {
        outcomes = status.exercises.filter { $0.lessonIndex == index }
      } else {
        wholeLesson = relative
      }
    case .all:
      outcomes = status.exercises
    }
    let names = wholeLesson.map { [$0] } ?? outcomes.map(\.key)
    if !confirmed, !confirm(phrasebook.resetConfirmation(names)) {
      writeError(phrasebook.resetDeclined + "\n")
      return 1
    }
    let result: ResetResult
    do {
      result = try wholeLesson.map(workspace.resetLesson) ?? workspace.reset(outcomes, in: status)
    } catch {
      writeError("error: \(error)\n")
      return 2
    }
    switch format {
    case .json:
      write(
        StudyJSON.encode(
          StudyJSON.Reset(reset: result.reset, unchanged: result.unchanged, backups: result.backups)))
    case .text:
      var text = ""
      for key in result.reset {
        text += palette.paint("↺ ", .bold) + ControlCharacters.visibleLine(phrasebook.resetDone(key)) + "\n"
      }
      for key in result.unchanged {
        text +=
          palette.paint("· " + ControlCharacters.visibleLine(phrasebook.resetUnchanged(key)), .dim) + "\n"
      }
      for backup in result.backups { text += palette.paint(phrasebook.backupSaved(backup), .dim) + "\n" }
      write(text)
    }
    return 0
  }

  /// The path below the root of the lesson `file` names (as shown, relative to the current folder, or below the
  /// root), whether or not it currently reads as a lesson.
  private func lessonPath(_ file: String, in status: CourseStatus, workspace: CourseWorkspace) -> String? {
    if let match = status.course.lessons.first(where: { $0.lesson.file == file || $0.relativePath == file }) {
      return match.relativePath
    }
    let absolute = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: folder)).standardizedFileURL
      .path
    let relative = Course.relativePath(of: absolute, under: workspace.root)
    guard relative != absolute, FileManager.default.fileExists(atPath: workspace.starters.path(of: relative))
    else {
      return nil
    }
    return relative
  }
}

extension Result {
  var isFailure: Bool {
    if case .failure = self { return true }
    return false
  }
}
