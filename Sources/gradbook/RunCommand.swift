import ArgumentParser
import Foundation
import Reports
import Study

/// `gradbook run`.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Show lessons as a learner reads them: prose, each cell's output, ✓ or ✗ with a diff.",
    discussion: """
      Folders expand to their *.md files, recursively, in name order. Each lesson runs in a fresh session. \
      Exercises show their starter code; their hints stay folded (`gradbook hint FILE#ID` shows them).

      On a terminal, text longer than the screen goes through $GRADBOOK_PAGER or $PAGER (default: less -FRX); \
      --no-pager, or PAGER=cat, prints it straight.

      Examples:
        gradbook run lessons/en/01-requires-grad.md
        gradbook run --timings lessons/en
        gradbook run --format html lessons/en/01-requires-grad.md > lesson.html
      """
  )

  @Argument(help: "Lesson files or folders.")
  var paths: [String]

  @OptionGroup var output: OutputOptions

  @Flag(help: "Print straight to the terminal, even when the text is longer than the screen.")
  var noPager = false

  @OptionGroup var budgets: BudgetOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let pager =
      output.format == .text && !noPager && isatty(STDOUT_FILENO) == 1
      ? Pager.command(environment: environment) : nil
    var buffered = ""
    let driver =
      pager == nil
      ? CommandDriver(
        makeRunner: budgets.makeRunner, write: { ConsoleOutput.write($0) },
        writeError: { ConsoleOutput.writeError($0) })
      : CommandDriver(
        makeRunner: budgets.makeRunner, write: { buffered += $0 }, writeError: { ConsoleOutput.writeError($0) })
    let code = driver.run(
      paths: paths, format: output.format, options: output.terminalOptions(), jobs: output.jobs)
    if let pager {
      let rows = TerminalMode.size()?.rows ?? 24
      if !Pager.isLonger(buffered, thanRows: rows)
        || !Pager.show(buffered, command: pager, environment: environment)
      {
        ConsoleOutput.write(buffered)
      }
    }
    if code != 0 { throw ExitCode(code) }
  }
}
