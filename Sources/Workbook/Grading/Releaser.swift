import Foundation

/// `gradbook release`: checks the source lessons, then writes the learner's copies (see `LessonRelease`).
///
/// Nothing is written when any lesson fails: a malformed lesson, an exercise that grading could not match, a solution
/// that fails its own checks (public or hidden), a copy that would not parse, or — with `strict` — starter code that
/// already earns every point of its exercise (without `strict` that is a warning).
public struct Releaser {
  public var makeRunner: CellRunnerFactory
  public var jobs: Int

  public init(makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter, jobs: Int = 1) {
    self.makeRunner = makeRunner
    self.jobs = jobs
  }

  /// What a release did or why it refused.
  public struct Report: Sendable {
    public var errors: [LessonError] = []
    public var warnings: [Finding] = []
    /// The files written, in order (none when there are errors).
    public var written: [String] = []
    /// Hidden check cases removed from the copies.
    public var hiddenCases = 0

    /// 0 released, 2 refused.
    public var exitCode: Int32 { errors.isEmpty ? 0 : 2 }
  }

  /// Releases the lessons under `paths` into `destination`, keeping each lesson's path below the folder it was given
  /// in; `keepTargets` keeps solutions' expectation fences.
  public func release(paths: [String], to destination: String, keepTargets: Bool, strict: Bool) -> Report {
    var report = Report()
    let (lessons, loadErrors) = SourceLesson.load(paths)
    report.errors = loadErrors
    let rules = CourseRules.check(lessons.map(\.lesson))
    report.errors += rules.errors
    report.warnings += rules.warnings
    report.errors += destinationErrors(lessons, destination: destination)
    let verdicts = OrderedConcurrentMap.forSessions(jobs: jobs).map(lessons) { source in
      self.verify(source, keepTargets: keepTargets, strict: strict)
    }
    var copies: [(path: String, bytes: [UInt8])] = []
    for (source, verdict) in zip(lessons, verdicts) {
      report.errors += verdict.errors
      report.warnings += verdict.warnings
      copies.append((destination + "/" + source.relativePath, verdict.bytes))
      report.hiddenCases += LessonRelease.hiddenCases(in: source.lesson)
    }
    guard report.errors.isEmpty else { return report }
    for copy in copies {
      do {
        try AtomicFile.write(copy.bytes, to: copy.path)
        report.written.append(copy.path)
      } catch {
        let reason = (error as? AtomicFileWriter.Failure)?.message ?? error.localizedDescription
        report.errors.append(
          .unwritable(copy.path, reason: reason.replacingOccurrences(of: "cannot write: ", with: "")))
      }
    }
    return report
  }

  /// One lesson's released bytes, with what is wrong with releasing it.
  private struct Verdict {
    var bytes: [UInt8]
    var errors: [LessonError] = []
    var warnings: [Finding] = []
  }

  private func verify(_ source: SourceLesson, keepTargets: Bool, strict: Bool) -> Verdict {
    let lesson = source.lesson
    var verdict = Verdict(
      bytes: LessonRelease.bytes(of: lesson, source: source.relativePath, keepTargets: keepTargets))
    verdict.errors += solutionFailures(LessonRunner(makeRunner: makeRunner).run(lesson))
    let starters = GradedLesson.make(lesson, answers: [:])
    let starterReport = LessonRunner(makeRunner: makeRunner).run(starters.lesson, notRun: starters.notRun)
    for grade in ExerciseScoring.grades(for: starterReport)
    where grade.maxScore > 0 && grade.score >= grade.maxScore {
      guard let exercise = lesson.cells.first(where: { $0.kind == .exercise && $0.id == grade.id }) else {
        continue
      }
      let message =
        "the starter code of exercise `\(grade.id)` already passes all its checks, so a learner would get its points for nothing"
      if strict {
        verdict.errors.append(.malformed(exercise.location, message))
      } else {
        verdict.warnings.append(Finding(location: exercise.location, severity: .warning, message: message))
      }
    }
    do {
      _ = try LessonParser().parse(verdict.bytes, file: lesson.file)
    } catch let error as LessonError {
      verdict.errors.append(
        .malformed(
          SourceLocation(file: lesson.file, line: 1, column: 1),
          "the learner's copy would not be a valid lesson: \(error.message) (line \(error.location?.line ?? 0) of the copy)"
        ))
    } catch {
      verdict.errors.append(.unreadable(lesson.file, reason: "\(error)"))
    }
    return verdict
  }

  /// Errors for every solution that fails its own fences and every check case it does not pass.
  private func solutionFailures(_ report: LessonReport) -> [LessonError] {
    var errors: [LessonError] = []
    let lesson = report.lesson
    for cellReport in report.cells {
      let cell = cellReport.cell
      guard let exerciseIndex = cell.exerciseIndex, lesson.cells.indices.contains(exerciseIndex) else {
        continue
      }
      let name = lesson.cells[exerciseIndex].id.map { "exercise `\($0)`" } ?? "the exercise"
      if cell.kind == .solution, cellReport.status.isFailure {
        let why =
          cellReport.result?.error.map { "it raised \($0.text)" }
          ?? "its " + cellReport.mismatches.map(\.kind.rawValue).joined(separator: " and ")
          + " differ from its fences"
        errors.append(.malformed(cell.location, "the solution of \(name) fails: \(why)"))
      }
      guard cell.kind == .check else { continue }
      for checkCase in cellReport.cases where checkCase.status != .pass {
        let why = checkCase.explanation(hidden: cell.isHidden) ?? checkCase.status.rawValue
        let kind = cell.isHidden ? "hidden check" : "check"
        errors.append(
          .malformed(
            SourceLocation(file: lesson.file, line: checkCase.line, column: 1),
            "the solution of \(name) fails its \(kind): \(why)"))
      }
    }
    return errors
  }

  /// Copies that would land on the same path, or on a source lesson.
  private func destinationErrors(_ lessons: [SourceLesson], destination: String) -> [LessonError] {
    var errors: [LessonError] = []
    var targets: [String: String] = [:]
    let sources = Set(lessons.map { URL(fileURLWithPath: $0.lesson.file).standardizedFileURL.path })
    for source in lessons {
      let target = destination + "/" + source.relativePath
      let resolved = URL(fileURLWithPath: target).standardizedFileURL.path
      if sources.contains(resolved) {
        errors.append(
          .unwritable(
            target, reason: "releasing here would overwrite the source lesson \(source.lesson.file)"))
      } else if let other = targets[resolved] {
        errors.append(
          .unwritable(target, reason: "both \(other) and \(source.lesson.file) would be released here"))
      }
      targets[resolved] = source.lesson.file
    }
    return errors
  }
}
