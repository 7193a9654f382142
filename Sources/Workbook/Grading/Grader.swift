import Foundation

/// `gradbook grade`: runs the source lessons once per submission, each exercise with the learner's code in place of
/// its solution and every check (public and hidden) after it, and scores the cases.
public struct Grader {
  public var makeRunner: CellRunnerFactory
  /// Lessons graded at once (each in its own session).
  public var jobs: Int

  public init(makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter, jobs: Int = 1) {
    self.makeRunner = makeRunner
    self.jobs = jobs
  }

  /// Grades every submission against the lessons under `sourcePaths`; `onSubmission` sees each grade, in order, as soon
  /// as it and every one before it are done.
  public func grade(
    sourcePaths: [String], submissions paths: [String], onSubmission: ((SubmissionGrade) -> Void)? = nil
  ) -> GradeReport {
    let clock = ContinuousClock()
    let start = clock.now
    var report = GradeReport(sources: sourcePaths)
    let (sources, errors) = SourceLesson.load(sourcePaths)
    let rules = CourseRules.check(sources.map(\.lesson))
    report.sourceErrors = errors + rules.errors
    report.sourceWarnings = rules.warnings
    guard report.sourceErrors.isEmpty else { return report }
    var graded = sources.filter { !Self.gradedExercises(of: $0.lesson).isEmpty }
    // Every submission runs the same checks: their asserts are found once.
    for lesson in graded.indices {
      for cell in graded[lesson].lesson.cells.indices where graded[lesson].lesson.cells[cell].kind == .check {
        graded[lesson].lesson.cells[cell].knownAsserts = graded[lesson].lesson.cells[cell].topLevelAsserts
      }
    }
    report.exercises = graded.flatMap { source in
      Self.gradedExercises(of: source.lesson).map { index, checks in
        let exercise = source.lesson.cells[index]
        let points = ExerciseScoring.checkPoints(exercise: exercise, checks: checks).reduce(0, +)
        return GradeReport.ExerciseColumn(
          id: exercise.id ?? "", lessonFile: source.lesson.file, line: exercise.location.line,
          maxScore: points)
      }
    }
    let reader = SubmissionReader(sources: sources)
    let submissions = paths.map(reader.read)
    // One work item per lesson per submission, so that a few large submissions still spread over the workers.
    let items = submissions.indices.flatMap { submission in graded.indices.map { (submission, $0) } }
    var exercises: [[ExerciseGrade]] = Array(repeating: [], count: submissions.count)
    var delivered = 0
    OrderedConcurrentMap.forSessions(jobs: jobs).map(
      items,
      { item in self.grade(graded[item.1], for: submissions[item.0]) },
      deliver: { index, grades in
        let (submission, lesson) = items[index]
        exercises[submission] += grades
        guard lesson == graded.count - 1 else { return }
        let grade = self.submissionGrade(
          submissions[submission], exercises: exercises[submission], sources: graded)
        report.submissions.append(grade)
        delivered += 1
        onSubmission?(grade)
      })
    if graded.isEmpty {
      for submission in submissions {
        let grade = submissionGrade(submission, exercises: [], sources: graded)
        report.submissions.append(grade)
        onSubmission?(grade)
      }
    }
    report.duration = LessonRunner.seconds(clock.now - start)
    return report
  }

  /// The exercises of `lesson` that grading scores (an id and at least one check), with their checks.
  static func gradedExercises(of lesson: Lesson) -> [(Int, [Cell])] {
    lesson.cells.indices.compactMap { index in
      let cell = lesson.cells[index]
      guard cell.kind == .exercise, cell.id != nil else { return nil }
      let checks = lesson.cells.filter { $0.kind == .check && $0.exerciseIndex == index }
      return checks.isEmpty ? nil : (index, checks)
    }
  }

  /// Runs one source lesson with one submission's answers and scores its exercises.
  private func grade(_ source: SourceLesson, for submission: Submission) -> [ExerciseGrade] {
    var answers: [String: GradedLesson.Answer] = [:]
    for (index, _) in Self.gradedExercises(of: source.lesson) {
      guard let id = source.lesson.cells[index].id else { continue }
      if let answer = submission.answers[id] {
        answers[id] = answer
      } else if submission.coveredLessons.contains(source.relativePath) {
        answers[id] = .missing(reason: "exercise `\(id)` is missing from the submission")
      } else {
        answers[id] = .missing(reason: "the submission has no copy of \(source.relativePath)")
      }
    }
    let (lesson, notRun) = GradedLesson.make(source.lesson, answers: answers)
    let report = LessonRunner(makeRunner: makeRunner).run(lesson, notRun: notRun)
    return ExerciseScoring.grades(for: report, notRun: notRun)
  }

  private func submissionGrade(
    _ submission: Submission, exercises: [ExerciseGrade], sources: [SourceLesson]
  ) -> SubmissionGrade {
    var notes = submission.notes
    // A submission that could not be read at all says so in its errors; a list of every lesson would add nothing.
    let readSomething = !submission.coveredLessons.isEmpty || submission.errors.isEmpty
    for source in sources where readSomething && !submission.coveredLessons.contains(source.relativePath) {
      notes.append("no copy of \(source.relativePath) in the submission: its exercises score 0")
    }
    return SubmissionGrade(
      name: submission.name, exercises: exercises, notes: notes, errors: submission.errors)
  }
}
