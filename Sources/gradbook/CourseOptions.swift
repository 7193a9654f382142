import ArgumentParser
import Foundation
import Reports
import Study

/// Options shared by the learner's commands (`list`, `hint`, `next`, `reset`).
struct CourseOptions: ParsableArguments {
  @Option(help: "The course folder (default: the one around the current folder, found as git finds .git).")
  var course: String?

  @Option(help: "Output format: text or json.")
  var format: StudyFormat = .text

  @Option(help: "Colour: auto (a terminal without NO_COLOR), always or never.")
  var color: ColorChoice = .auto

  func driver() -> StudyDriver {
    let environment = ProcessInfo.processInfo.environment
    let color =
      format == .text
      && TerminalPalette.shouldColor(
        choice: color, isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
    let options = TerminalOptions(
      width: TerminalOptions.width(from: environment, terminalColumns: OutputOptions.terminalColumns()),
      color: color)
    return StudyDriver(
      options: options, confirm: Self.confirm, write: ConsoleOutput.write,
      writeError: ConsoleOutput.writeError)
  }

  /// Asks on standard error and reads the answer from standard input (a pipe may answer too); yes only for y/yes.
  static func confirm(_ question: String) -> Bool {
    ConsoleOutput.writeError(question)
    guard let answer = readLine() else {
      ConsoleOutput.writeError("\n")
      return false
    }
    return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
  }
}

extension StudyFormat: ExpressibleByArgument {}
