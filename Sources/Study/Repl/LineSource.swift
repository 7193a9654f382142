import Foundation

/// Where the REPL's lines come from.
public protocol LineSource: AnyObject {
  /// The next line, shown after `prompt` when the source is interactive.
  func readLine(prompt: String) -> LineRead
}

/// Lines from a pipe or file: no prompts, no editing, the end of the input ends the session.
public final class PipeLineSource: LineSource {
  private let next: () -> String?

  /// Reads standard input.
  public convenience init() {
    self.init { Swift.readLine(strippingNewline: true) }
  }

  /// Reads the lines `next` returns until it returns nil.
  public init(next: @escaping () -> String?) {
    self.next = next
  }

  public func readLine(prompt: String) -> LineRead {
    guard var line = next() else { return .endOfInput }
    if line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }
}

/// Lines typed at a terminal: raw mode for the whole session (so keys typed while a cell runs wait for the next
/// prompt instead of being echoed or flushed), history with up and down, kept in the history file after every line.
/// The terminal is restored by `close()`, at exit, and on fatal signals.
public final class TerminalLineSource: LineSource {
  private let mode: TerminalMode
  private let editor: LineEditor
  private var history: History
  private let historyPath: String?
  private let writeError: (String) -> Void
  private var reportedHistoryError = false

  public init(
    mode: TerminalMode, historyPath: String?, write: @escaping (String) -> Void,
    writeError: @escaping (String) -> Void
  ) {
    self.mode = mode
    self.historyPath = historyPath
    self.writeError = writeError
    editor = LineEditor(input: mode.descriptor, write: write)
    history = historyPath.map(History.load) ?? History()
    mode.enterRaw()
  }

  deinit { close() }

  /// Puts the terminal back as it was.
  public func close() {
    mode.restore()
  }

  public func readLine(prompt: String) -> LineRead {
    let columns = TerminalMode.size()?.columns ?? 80
    let read = editor.readLine(prompt: prompt, history: history.entries, columns: columns)
    if case .line(let line) = read { remember(line) }
    return read
  }

  private func remember(_ line: String) {
    let before = history
    history.add(line)
    guard history != before, let historyPath else { return }
    do {
      try history.save(to: historyPath)
    } catch {
      // Said once: a read-only home should not nag at every line.
      guard !reportedHistoryError else { return }
      reportedHistoryError = true
      writeError("gradbook repl: history not saved: \(error)\n")
    }
  }
}
