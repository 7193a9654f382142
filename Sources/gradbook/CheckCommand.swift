import ArgumentParser
import Reports

/// `gradbook check`.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check lessons quietly: one block per failing cell, then `N passed, N failed`.",
    discussion: """
      Exit status: 0 when every cell passed, 1 when some cell failed, 2 when a lesson is malformed or missing \
      or the command line is wrong.

      --update writes each failing cell's actual output, warnings and error back into its fences.

      Examples:
        gradbook check lessons
        gradbook check --format json lessons > report.json
        gradbook check --update lessons/en/03-intermediate-tensors.md
      """
  )

  @Argument(help: "Lesson files or folders.")
  var paths: [String]

  @OptionGroup var output: OutputOptions

  @OptionGroup var budgets: BudgetOptions

  @Flag(
    help:
      "Write actual results into the expectation fences of failing cells (every other byte stays as it was).")
  var update = false

  func run() throws {
    let driver = CommandDriver(
      makeRunner: budgets.makeRunner, write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    let code = driver.check(
      paths: paths, format: output.format, options: output.terminalOptions(), update: update,
      jobs: output.jobs)
    if code != 0 { throw ExitCode(code) }
  }
}
