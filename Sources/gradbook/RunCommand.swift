import ArgumentParser
import Reports

/// `gradbook run`.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Show lessons as a learner reads them: prose, each cell's output, ✓ or ✗ with a diff.",
    discussion: """
      Folders expand to their *.md files, recursively, in name order. Each lesson runs in a fresh session.

      Examples:
        gradbook run lessons/en/01-requires-grad.md
        gradbook run --timings lessons/en
        gradbook run --format html lessons/en/01-requires-grad.md > lesson.html
      """
  )

  @Argument(help: "Lesson files or folders.")
  var paths: [String]

  @OptionGroup var output: OutputOptions

  func run() throws {
    let driver = CommandDriver(write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    let code = driver.run(
      paths: paths, format: output.format, options: output.terminalOptions(), jobs: output.jobs)
    if code != 0 { throw ExitCode(code) }
  }
}
