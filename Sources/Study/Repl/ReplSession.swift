import Foundation
import PythonRuntime
import Reports
import Workbook

/// An interactive session of the cell language with `torch` imported: takes typed lines, runs each complete
/// statement as a cell, and answers with what a cell shows (printed text and the last expression's repr, warnings,
/// the error with where it was raised). Also runs `%load FILE[:LINE]` and `%help`.
public final class ReplSession {
  /// The source name errors point into.
  public static let sourceName = "<stdin>"
  public static let prompt = ">>> "
  public static let continuationPrompt = "... "

  private let runner: CellRunner
  private let palette: TerminalPalette
  /// Whether each statement's lines count from 1 (as at CPython's prompt) rather than across all input (as in a
  /// script piped in).
  private let numbersLinesPerInput: Bool
  private var input = ReplInput()
  /// Whether any statement or `%load` raised an error nobody expected.
  public private(set) var hasRaised = false

  public init(runner: CellRunner, palette: TerminalPalette, numbersLinesPerInput: Bool) {
    self.runner = runner
    self.palette = palette
    self.numbersLinesPerInput = numbersLinesPerInput
    _ = runner.run("import torch\n", startLine: 1)
  }

  /// The prompt for the next line.
  public var prompt: String { input.isContinuing ? Self.continuationPrompt : Self.prompt }

  /// Takes one typed line: a command, or part of a statement that runs once complete.
  public func enter(_ line: String) -> ReplReply {
    if !input.isContinuing, let reply = command(line.trimmingCharacters(in: .whitespaces)) {
      input.countLine()
      return reply
    }
    return ReplReply(text: input.add(line).map(run).joined())
  }

  /// The input ended: runs what is still held.
  public func finish() -> ReplReply {
    ReplReply(text: input.finish().map(run) ?? "")
  }

  /// Ctrl-C: drops the lines typed so far.
  public func cancelInput() {
    input.cancel()
  }

  private func run(_ chunk: ReplChunk) -> String {
    let startLine = numbersLinesPerInput ? 1 : chunk.firstLine
    let result = runner.run(chunk.code, startLine: startLine)
    if result.error != nil { hasRaised = true }
    return show(result, file: Self.sourceName)
  }

  /// A cell's result as the REPL prints it: output (ending with a newline), warnings, then the error and its place.
  func show(_ result: CellResult, file: String) -> String {
    // Control characters a cell prints are spelled out (`\x1b`), as `run` shows them, never sent to the terminal.
    var text = ControlCharacters.visible(result.output)
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    for warning in result.warnings {
      text += palette.paint(ControlCharacters.visible(warning), .yellow) + "\n"
    }
    if let error = result.error {
      text += palette.paint(ControlCharacters.visible(error.text), .red) + "\n"
      let location = SourceLocation(file: file, line: error.line, column: error.column)
      text += palette.paint("  at " + ControlCharacters.visibleLine(location.description), .dim) + "\n"
    }
    return text
  }

  // MARK: Commands

  /// The reply to a REPL command, or nil when `line` is Python.
  private func command(_ line: String) -> ReplReply? {
    switch line {
    case "exit", "quit", "exit()", "quit()": return ReplReply(exits: true)
    case "%help", "help", "help()": return ReplReply(text: Self.help)
    default: break
    }
    guard line.hasPrefix("%") else { return nil }
    let parts = line.split(separator: " ", maxSplits: 1)
    let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
    switch parts.first {
    case "%load":
      return ReplReply(text: load(argument))
    default:
      hasRaised = true
      return ReplReply(
        text: palette.paint("unknown command \(parts.first ?? ""); %help lists the commands", .red) + "\n")
    }
  }

  static let help = """
    Type Python (the cell language, with torch imported); a statement runs when it is complete, a block at a blank \
    line. Up and down recall earlier lines.
      %load FILE[:LINE]   run a lesson's cells (those above LINE), then go on here with its variables
      %help               this text
      exit, Ctrl-D        leave; Ctrl-C drops the line being typed

    """

  /// `%load FILE[:LINE]`: runs the lesson's cells (its code and each exercise's code, not its checks) that open
  /// above LINE in this session, quietly; says which raised an error their fences did not expect.
  private func load(_ argument: String) -> String {
    guard !argument.isEmpty else {
      hasRaised = true
      return palette.paint("%load needs a lesson file: %load FILE[:LINE]", .red) + "\n"
    }
    var file = argument
    var limit: Int?
    if let colon = argument.lastIndex(of: ":"), let line = Int(argument[argument.index(after: colon)...]) {
      file = String(argument[..<colon])
      limit = line
    }
    let lesson: Lesson
    switch LessonCatalog.load(file) {
    case .failure(let error):
      hasRaised = true
      return palette.paint(error.description, .red) + "\n"
    case .success(let loaded):
      lesson = loaded
    }
    var text = ""
    var ran = 0
    for cell in lesson.cells where cell.isRunnable && cell.kind != .check {
      if let limit, cell.location.line >= limit { break }
      let result = runner.run(cell.code, startLine: cell.codeStartLine)
      ran += 1
      if result.error != nil, cell.expectation(.error) == nil {
        hasRaised = true
        text += show(CellResult(error: result.error), file: lesson.file)
      }
    }
    let scope = limit.map { " above line \($0)" } ?? ""
    text += palette.paint("ran \(ran) cell\(ran == 1 ? "" : "s") of \(lesson.file)\(scope)", .dim) + "\n"
    return text
  }
}
