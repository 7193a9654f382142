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

  var palette: TerminalPalette { options.palette }

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
}

extension Result {
  var isFailure: Bool {
    if case .failure = self { return true }
    return false
  }
}
