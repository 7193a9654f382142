import PythonRuntime

/// Gathers typed lines into statements by CPython's interactive rules (`InputCompleteness`): lines are held while a
/// bracket, string or compound statement is open, and a compound statement ends at a blank line.
///
/// One kindness beyond CPython: a new unindented statement typed while a block is open (as when a lesson's cell is
/// pasted) ends the block first instead of being a syntax error.
public struct ReplInput: Sendable {
  private var pending: [String] = []
  private var pendingFirstLine = 1
  /// Lines entered so far.
  public private(set) var lineCount = 0

  public init() {}

  /// Whether lines are being held (the prompt is then `... `).
  public var isContinuing: Bool { !pending.isEmpty }

  /// Adds one typed line; returns what is now ready to run (nothing, one chunk, or two when the line ended a block).
  public mutating func add(_ line: String) -> [ReplChunk] {
    lineCount += 1
    var ready: [ReplChunk] = []
    if !pending.isEmpty, InputCompleteness.startsNewStatement(line), endsBlockCleanly() {
      ready.append(take())
    }
    if pending.isEmpty {
      // Blank lines between statements do nothing, as at Python's prompt.
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return ready }
      pendingFirstLine = lineCount
    }
    pending.append(line)
    if InputCompleteness.of(pending.joined(separator: "\n")) != .incomplete { ready.append(take()) }
    return ready
  }

  /// A line that was not Python (a REPL command) still counts in the line numbers.
  public mutating func countLine() {
    lineCount += 1
  }

  /// The input ended: whatever is held runs as it is (a block needs no closing blank line at the end).
  public mutating func finish() -> ReplChunk? {
    pending.isEmpty ? nil : take()
  }

  /// Ctrl-C: forget the held lines.
  public mutating func cancel() {
    pending.removeAll()
  }

  /// Whether the held lines form a block that a blank line would end cleanly (a compound statement without an open
  /// bracket or string, and not decorators still waiting for their function).
  private func endsBlockCleanly() -> Bool {
    guard InputCompleteness.isCompoundStatement(pending.joined(separator: "\n")) else { return false }
    let lastCode = pending.last { !$0.allSatisfy { $0 == " " || $0 == "\t" } }
    if let lastCode, lastCode.hasPrefix("@") { return false }
    return InputCompleteness.of((pending + [""]).joined(separator: "\n")) != .incomplete
  }

  private mutating func take() -> ReplChunk {
    defer { pending.removeAll() }
    var lines = pending
    while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
    return ReplChunk(code: lines.joined(separator: "\n") + "\n", firstLine: pendingFirstLine)
  }
}
