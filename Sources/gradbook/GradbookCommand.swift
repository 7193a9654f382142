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
        gradbook repl                           try torch one statement at a time
        gradbook --generate-completion-script bash > gradbook.bash
      """,
    version: GradbookVersion.current,
    subcommands: [
      RunCommand.self, CheckCommand.self, StudyCommand.self, ListCommand.self, NextCommand.self,
      HintCommand.self, ResetCommand.self, ReplCommand.self, ReleaseCommand.self, GradeCommand.self,
      AutograderCommand.self, ReportCommand.self, GraphCommand.self,
    ]
  )

  /// Exit status for bad usage (unknown option, missing path): 2, like malformed lessons.
  static let usageExitCode: Int32 = 2

  /// Parses and runs the command; usage errors exit with 2 instead of ArgumentParser's 64.
  static func main() {
    // `gradbook --version` is answered before ArgumentParser builds its model of every command: that
    // reflection costs ~7.5M instructions, two thirds of the whole run, for a probe scripts run often.
    if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
      print(GradbookVersion.current)
      return
    }
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
extension GradeFormat: ExpressibleByArgument {}
