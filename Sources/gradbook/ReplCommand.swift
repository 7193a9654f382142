import ArgumentParser
import Foundation
import PythonRuntime
import Reports
import Study
import Workbook

/// `gradbook repl`.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Try the cell language and torch interactively, one statement at a time.",
    discussion: """
      Each statement runs as a cell does and shows what a cell shows: printed text and the repr of a last \
      expression, warnings, and an error with where it was raised. A block (if, for, def, with, …) ends at a blank \
      line. %load FILE[:LINE] runs a lesson's cells above LINE first, so you can go on from there.

      At a terminal: up and down recall earlier lines (kept in $XDG_STATE_HOME/gradbook/history, or \
      ~/.gradbook_history; GRADBOOK_HISTORY overrides, empty turns it off), Ctrl-C drops the line, Ctrl-D leaves. \
      From a pipe it prints only the results, and exits with 1 when any input raised an error.

      Examples:
        gradbook repl
        echo 'torch.ones(2) * 3' | gradbook repl
        printf '%%load lessons/en/02-backward-scalar.md:170\\nx.grad\\n' | gradbook repl
      """
  )

  @Option(help: "Colour: auto (a terminal without NO_COLOR), always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let isTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    let palette = TerminalPalette(
      isEnabled: TerminalPalette.shouldColor(
        choice: color, isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment))
    let session = ReplSession(
      runner: CellRunners.interpreter(), palette: palette, numbersLinesPerInput: isTerminal)
    let source: LineSource
    if isTerminal, let mode = TerminalMode(descriptor: STDIN_FILENO) {
      ConsoleOutput.write(
        palette.paint("gradbook repl · torch is imported · %help for commands · Ctrl-D leaves", .dim) + "\n")
      source = TerminalLineSource(
        mode: mode, historyPath: History.filePath(environment: environment), write: ConsoleOutput.write,
        writeError: ConsoleOutput.writeError)
    } else {
      source = PipeLineSource()
    }
    let code = ReplDriver.run(session, source: source, write: ConsoleOutput.write)
    if let terminal = source as? TerminalLineSource {
      terminal.close()
      // An error typed at the prompt was seen and dealt with there; only scripts need it in the status.
      return
    }
    if code != 0 { throw ExitCode(code) }
  }
}
