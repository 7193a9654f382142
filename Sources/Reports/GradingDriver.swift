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
    for warning in report.warnings { writeError(warning.description + "\n") }
    for error in report.errors { writeError(error.description + "\n") }
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
