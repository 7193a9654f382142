import Foundation
import Reports
import Workbook

extension StudyDriver {
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
