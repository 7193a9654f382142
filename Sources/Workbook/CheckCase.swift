/// One graded case of a check cell: a top-level `assert`, or the whole cell when it has no asserts or has fences.
public struct CheckCase: Equatable, Sendable {
  /// How a case ended.
  public enum Status: String, Equatable, Sendable, Codable {
    /// The assert held (or the cell ran as its fences say).
    case pass
    /// The assert was false (or the cell differed from its fences).
    case fail
    /// Something raised instead: the assert's own code, a statement before it, the exercise's code, or a budget.
    case error
  }

  /// The file line the case starts on (its assert, or the check's first code line).
  public var line: Int
  /// The assert as written without its message (`assert w.grad is not None`); nil when the case is the whole cell.
  public var assertSource: String?
  public var status: Status
  /// Why it did not pass: the assert's message, an error's `Type: message`, or what went wrong before it; nil when
  /// it passed, and nil for a failed assert that gives no message.
  public var message: String?

  public init(line: Int, assertSource: String?, status: Status, message: String? = nil) {
    self.line = line
    self.assertSource = assertSource
    self.status = status
    self.message = message
  }

  /// The case's name in reports: the assert's first line (`assert w.grad is not None`, with ` …` when it continues),
  /// `check (line 12)` for a whole cell, and `hidden check (line 240)` in a hidden check, whose code is never shown.
  public func name(hidden: Bool) -> String {
    if hidden { return "hidden check (line \(line))" }
    guard let assertSource else { return "check (line \(line))" }
    let lines = assertSource.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.count > 1 ? String(lines[0]) + " …" : assertSource
  }

  /// What to say about a case that did not pass. A failed assert without a message is described by its source, except
  /// in a hidden check, whose code is never shown.
  public func explanation(hidden: Bool) -> String? {
    if status == .pass { return nil }
    if let message, !message.isEmpty { return message }
    if hidden { return "assertion failed (the hidden check gives no message)" }
    return assertSource.map { "assertion failed: " + $0 } ?? "the check failed"
  }
}
