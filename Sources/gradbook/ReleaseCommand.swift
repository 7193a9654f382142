import ArgumentParser
import Reports
import Workbook

/// `gradbook release`.
struct ReleaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "release",
    abstract: "Make the learner's copy of lessons: no solutions, no hidden checks, every other byte kept.",
    discussion: """
      Each copy starts with an invisible stamp naming its source lesson and that lesson's SHA-256, so `grade` can \
      tell which version a submission came from. Nothing is written when a solution fails its own checks (public \
      or hidden), when an exercise with points or checks has no id=, or when ids repeat.

      Exit status: 0 released, 2 refused (the reasons are printed as file:line:col: error: …) or bad usage.

      Examples:
        gradbook release lessons/en -o dist/en
        gradbook release --strict --no-targets lessons/en -o dist/en
      """
  )

  @Argument(help: "Source lesson files or folders.")
  var paths: [String]

  @Option(name: [.short, .customLong("output")], help: "The folder to write the learner's copies into.")
  var output: String

  @Flag(
    help: "Also remove each solution's expectation fences (by default they stay as the learner's target).")
  var noTargets = false

  @Flag(help: "Refuse to release when some exercise's starter code already passes all its checks.")
  var strict = false

  @Option(help: "Lessons to verify at once (default: the number of processors).")
  var jobs: Int = OrderedConcurrentMap.processorCount

  @OptionGroup var budgets: BudgetOptions

  func run() throws {
    let driver = GradingDriver(
      makeRunner: budgets.makeRunner, write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    let code = driver.release(
      paths: paths, destination: output, keepTargets: !noTargets, strict: strict, jobs: jobs)
    if code != 0 { throw ExitCode(code) }
  }
}
