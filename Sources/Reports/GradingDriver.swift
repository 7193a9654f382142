import Foundation
import Workbook

/// What `gradbook release`, `grade` and `autograder` do, apart from parsing options: run, print, pick the exit code.
public struct GradingDriver {
  public var makeRunner: CellRunnerFactory
  /// Receives standard output text.
  public var write: (String) -> Void
  /// Receives standard error text.
  public var writeError: (String) -> Void

  public init(
    makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter, write: @escaping (String) -> Void,
    writeError: @escaping (String) -> Void
  ) {
    self.makeRunner = makeRunner
    self.write = write
    self.writeError = writeError
  }

  /// `gradbook release`: the learner's copies of `paths` in `destination`. Returns the exit code (0 or 2).
  public func release(
    paths: [String], destination: String, keepTargets: Bool, strict: Bool, jobs: Int
  ) -> Int32 {
    let report = Releaser(makeRunner: makeRunner, jobs: jobs).release(
      paths: paths, to: destination, keepTargets: keepTargets, strict: strict)
    for warning in report.warnings { writeError(ControlCharacters.visibleLine(warning.description) + "\n") }
    for error in report.errors { writeError(ControlCharacters.visibleLine(error.description) + "\n") }
    if report.errors.isEmpty {
      let count = report.written.count
      write(
        "released \(count) lesson\(count == 1 ? "" : "s") to \(destination) "
          + "(solutions and \(report.hiddenCases) hidden check case\(report.hiddenCases == 1 ? "" : "s") removed)\n"
      )
    } else {
      writeError("nothing was released\n")
    }
    return report.exitCode
  }
}

extension GradingDriver {
  /// `gradbook grade`: grades `submissions` against `sources` and writes the report in `format` to standard output or
  /// to `outputFile` (atomically). Returns 0 when every submission earned every point, 1 when some did not or could
  /// not be read, 2 when the source could not be used or the request is wrong.
  public func grade(
    sources: [String], submissions: [String], format: GradeFormat, outputFile: String?, jobs: Int
  ) -> Int32 {
    if format == .gradescope, submissions.count != 1 {
      writeError(
        "error: --format gradescope grades exactly one submission (Gradescope runs one per container); got \(submissions.count)\n"
      )
      return 2
    }
    let report = Grader(makeRunner: makeRunner, jobs: jobs).grade(
      sourcePaths: sources, submissions: submissions)
    for warning in report.sourceWarnings {
      writeError(ControlCharacters.visibleLine(warning.description) + "\n")
    }
    for error in report.sourceErrors { writeError(ControlCharacters.visibleLine(error.description) + "\n") }
    let text: String
    switch format {
    case .text: text = GradeTextReport.render(report)
    case .json: text = GradeJSONReport(report, version: GradbookVersion.current).encoded()
    case .junit: text = JUnitReport.render(report)
    case .csv: text = GradeCSVReport.render(report)
    case .gradescope:
      text = GradescopeReport(report.submissions.first, sourceErrors: report.sourceErrors).encoded()
    }
    guard let outputFile else {
      write(text)
      return report.exitCode
    }
    do {
      try AtomicFile.write(Array(text.utf8), to: outputFile)
    } catch {
      let reason =
        (error as? AtomicFileWriter.Failure)?.message ?? "cannot write: \(error.localizedDescription)"
      writeError(ControlCharacters.visibleLine("\(outputFile): error: \(reason)") + "\n")
      return 2
    }
    return report.exitCode
  }
}

extension GradingDriver {
  /// `gradbook autograder`: a Gradescope bundle of the source lessons `paths` and the executable `binary`, written
  /// (atomically) to `output`; `staging` also keeps the unzipped layout there. Returns 0, or 2 when the source
  /// cannot be graded or the bundle cannot be built.
  public func autograder(paths: [String], output: String, binary: String, staging: String? = nil) -> Int32 {
    let (sources, errors) = SourceLesson.load(paths)
    var problems = errors + CourseRules.check(sources.map(\.lesson)).errors
    for source in sources where source.lesson.releaseStamp != nil {
      problems.append(
        .malformed(
          SourceLocation(file: source.lesson.file, line: 1, column: 1),
          "this is a learner's copy (it has a release stamp); bundle the source lessons, whose hidden checks grading runs"
        ))
    }
    for problem in problems { writeError(ControlCharacters.visibleLine(problem.description) + "\n") }
    guard problems.isEmpty else {
      writeError("no bundle was written\n")
      return 2
    }
    if AutograderBundle.linksSwiftDynamically(binary) {
      writeError(
        "warning: \(ControlCharacters.visibleLine(binary)) links the Swift runtime as shared libraries, which "
          + "Gradescope's image does not have; build a self-contained one with scripts/build-static.sh\n")
    }
    do {
      let bytes = try AutograderBundle(sources: sources, binary: binary).zipped(staging: staging)
      try AtomicFile.write(bytes, to: output)
    } catch {
      let message = (error as? AtomicFileWriter.Failure)?.message ?? "\(error)"
      writeError(ControlCharacters.visibleLine("\(output): error: \(message)") + "\n")
      return 2
    }
    let hidden = sources.reduce(0) { $0 + LessonRelease.hiddenCases(in: $1.lesson) }
    write(
      "wrote \(output): gradbook, setup.sh, run_autograder and \(sources.count) lesson\(sources.count == 1 ? "" : "s") "
        + "(\(hidden) hidden check cases); upload it as a Gradescope programming assignment's autograder\n")
    return 0
  }
}
