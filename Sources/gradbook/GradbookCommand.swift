import ArgumentParser
import Foundation
import Reports
import Workbook

/// `gradbook`: runs and checks Markdown lessons that teach PyTorch autograd.
@main
struct GradbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gradbook",
    abstract: "Learn PyTorch autograd by running Markdown lessons in the terminal.",
    discussion: """
      Lessons are Markdown files whose ```python cells run in order, each checked against the ```output, \
      ```warning and ```error fences after it (see docs/lesson-format.md).

      Examples:
        gradbook run lessons/en                 read the course in the terminal
        gradbook check lessons                  verify every lesson (CI)
        gradbook check --update lessons/en/03-intermediate-tensors.md
        gradbook --generate-completion-script bash > gradbook.bash
      """,
    version: GradbookVersion.current,
    subcommands: [RunCommand.self, CheckCommand.self]
  )

  /// Exit status for bad usage (unknown option, missing path): 2, like malformed lessons.
  static let usageExitCode: Int32 = 2

  /// Parses and runs the command; usage errors exit with 2 instead of ArgumentParser's 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        ConsoleOutput.writeError(fullMessage(for: error) + "\n")
        Foundation.exit(usageExitCode)
      }
      exit(withError: error)
    }
  }
}

extension OutputFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}

/// Options shared by `run` and `check`.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format: text, json or html.")
  var format: OutputFormat = .text

  @Option(help: "Colour: auto (a terminal without NO_COLOR), always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Show how long each cell and lesson took.")
  var timings = false

  func terminalOptions() -> TerminalOptions {
    let environment = ProcessInfo.processInfo.environment
    let color =
      format == .text
      && TerminalPalette.shouldColor(
        choice: color, isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
    return TerminalOptions(
      width: TerminalOptions.width(from: environment, terminalColumns: Self.terminalColumns()),
      color: color, showsTimings: timings)
  }

  /// The width of the terminal standard output (or else standard error, as in `gradbook run … | less -R`) is shown
  /// on, from the terminal driver; nil when neither is a terminal.
  static func terminalColumns() -> Int? {
    for descriptor in [STDOUT_FILENO, STDERR_FILENO] where isatty(descriptor) == 1 {
      var size = winsize()
      if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    }
    return nil
  }
}

/// Writes to standard output and standard error without buffering surprises.
enum ConsoleOutput {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

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
    let code = driver.run(paths: paths, format: output.format, options: output.terminalOptions())
    if code != 0 { throw ExitCode(code) }
  }
}

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

  @Flag(
    help:
      "Write actual results into the expectation fences of failing cells (every other byte stays as it was).")
  var update = false

  func run() throws {
    let driver = CommandDriver(write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    let code = driver.check(
      paths: paths, format: output.format, options: output.terminalOptions(), update: update)
    if code != 0 { throw ExitCode(code) }
  }
}
