/// A notebook session: runs cells in order, keeping the variables of every cell run so far.
///
/// Placeholder until the interpreter lands (issue 3): every cell reports that it cannot run.
public final class Session {
  public let limits: Limits

  public init(limits: Limits = Limits()) {
    self.limits = limits
  }

  /// Runs one cell whose first line is line `startLine` of the lesson file.
  public func run(_ code: String, startLine: Int = 1) -> CellResult {
    CellResult(error: CellError(typeName: "NotImplementedError", message: "the interpreter is not built yet", line: startLine, column: 1))
  }
}

/// Budgets that keep runaway learner code contained.
public struct Limits: Equatable, Sendable {
  /// Evaluation steps one cell may take.
  public var steps: Int = 10_000_000
  /// Nested Python calls before `RecursionError`.
  public var recursionDepth: Int = 1_000
  /// Characters one cell may print.
  public var outputCharacters: Int = 1_000_000
  /// Elements one tensor may hold.
  public var tensorElements: Int = 50_000_000

  public init() {}
}
