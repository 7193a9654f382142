import ArgumentParser
import Foundation
import Reports
import Workbook

/// Options shared by `run` and `check`.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format: text, json, html or junit.")
  var format: OutputFormat = .text

  @Option(help: "Colour: auto (a terminal without NO_COLOR), always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Show how long each cell and lesson took.")
  var timings = false

  @Option(help: "Lessons run at once, each in its own session (default: the number of processors).")
  var jobs: Int = OrderedConcurrentMap.processorCount

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
