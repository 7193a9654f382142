import Foundation
import Workbook

/// A course as it stands right now: every lesson run, every exercise judged, with the learner's history beside it.
public struct CourseStatus: Sendable {
  public var course: Course
  /// One report per lesson of `course.lessons`.
  public var reports: [LessonReport]
  /// Every exercise of the course in order.
  public var exercises: [ExerciseOutcome]
  /// Histories of exercises no longer in the course, by key.
  public var retired: [String]

  /// Runs every lesson of `course` and judges its exercises against `starters` (starter code by key) and
  /// `progress` (which says which starters changed since the learner began). A lesson whose bytes are those of a
  /// report in `previous` is not run again: each lesson runs in a fresh session, so its report would be the same.
  public static func check(
    _ course: Course, starters: [String: String], progress: Progress, previous: CourseStatus? = nil,
    makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter
  ) -> CourseStatus {
    let runner = LessonRunner(makeRunner: makeRunner)
    var earlier: [String: LessonReport] = [:]
    for report in previous?.reports ?? [] { earlier[report.lesson.file] = report }
    var reports: [LessonReport] = []
    var exercises: [ExerciseOutcome] = []
    for (lessonIndex, courseLesson) in course.lessons.enumerated() {
      let lesson = courseLesson.lesson
      let report: LessonReport
      if let same = earlier[lesson.file], same.lesson.source.bytes == lesson.source.bytes {
        report = same
      } else {
        report = runner.run(lesson)
      }
      reports.append(report)
      for var outcome in ExerciseJudge.outcomes(
        of: report, lessonIndex: lessonIndex, in: courseLesson, starter: { starters[$0] })
      {
        if let recorded = progress.exercises[outcome.key]?.starter, let starter = starters[outcome.key] {
          outcome.isUpdated = outcome.state == .failed && recorded != StarterFingerprint.of(starter)
        }
        exercises.append(outcome)
      }
    }
    let current = Set(exercises.map(\.key))
    // Exercises of a lesson that does not parse right now are not gone.
    let retired = (Array(progress.retired.keys) + progress.exercises.keys.filter { !current.contains($0) })
      .filter { !course.rejectedPaths.contains(Progress.lessonPath(of: $0)) }.sorted()
    return CourseStatus(course: course, reports: reports, exercises: exercises, retired: retired)
  }

  /// The first exercise that has not passed, in course order.
  public var firstUnfinished: ExerciseOutcome? {
    exercises.first { $0.state != .passed }
  }

  public var passedCount: Int { exercises.filter { $0.state == .passed }.count }
  public var score: Double { exercises.reduce(0) { $0 + $1.score } }
  public var maxScore: Double { exercises.reduce(0) { $0 + $1.maxScore } }

  /// The lesson an exercise belongs to.
  public func lesson(of outcome: ExerciseOutcome) -> CourseLesson {
    course.lessons[outcome.lessonIndex]
  }

  /// The exercise's cell.
  public func cell(of outcome: ExerciseOutcome) -> Cell {
    course.lessons[outcome.lessonIndex].lesson.cells[outcome.cellIndex]
  }

  /// The exercise named by `reference`: `ID`, `LESSON#NAME` (the lesson by its path below the course root, its path
  /// as shown, or its file name with or without `.md`; NAME an id or a position from 1), or a key.
  public func exercise(named reference: String) -> Result<ExerciseOutcome, ReferenceError> {
    let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(
      String.init)
    let matches: [ExerciseOutcome]
    if parts.count == 2 {
      let (lessonName, name) = (parts[0], parts[1])
      matches = exercises.filter { outcome in
        let courseLesson = lesson(of: outcome)
        let file = courseLesson.relativePath
        let base = (file as NSString).lastPathComponent
        let lessonMatches =
          [file, courseLesson.lesson.file, base, (base as NSString).deletingPathExtension].contains(
            lessonName)
        return lessonMatches && courseLesson.lesson.exerciseName(at: outcome.cellIndex) == name
      }
    } else {
      matches = exercises.filter { cell(of: $0).id == reference }
    }
    guard let first = matches.first else { return .failure(.unknown(reference)) }
    guard matches.count == 1 else { return .failure(.ambiguous(reference, matches.map(\.key))) }
    return .success(first)
  }

  /// Why a reference named no single exercise.
  public enum ReferenceError: Error, Equatable, CustomStringConvertible {
    case unknown(String)
    case ambiguous(String, [String])

    public var description: String {
      switch self {
      case .unknown(let reference):
        return "no exercise `\(reference)` in this course; `gradbook list` shows them all"
      case .ambiguous(let reference, let keys):
        return
          "`\(reference)` names \(keys.count) exercises (\(keys.joined(separator: ", "))); give one as LESSON#ID"
      }
    }
  }
}
