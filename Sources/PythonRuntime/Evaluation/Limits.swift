/// Budgets that keep runaway learner code contained (docs/budgets.md explains each one).
///
/// The step budget is the primary, deterministic limit: a cell's verdict never depends on the machine. The
/// wall-clock limit is only a backstop for work that is still not metered.
public struct Limits: Equatable, Sendable {
  /// Evaluation steps one cell may take (one per evaluated node or loop iteration, plus metered native work).
  public var steps: Int = 10_000_000
  /// Nested Python calls before `RecursionError`.
  public var recursionDepth: Int = 1_000
  /// Characters one cell may print.
  public var outputCharacters: Int = 1_000_000
  /// Characters all the cells of one session (one lesson) may print together.
  public var sessionOutputCharacters: Int = 10_000_000
  /// Elements one tensor may hold.
  public var tensorElements: Int = 50_000_000
  /// Elements one list, tuple, dict or set (or characters one string) may hold before MemoryError.
  public var containerElements: Int = 10_000_000
  /// Bytes the session's live tensors, large containers and large strings may hold together before MemoryError.
  public var memoryBytes: Int = 2 << 30
  /// Seconds of wall-clock time one cell may run before `TimeoutError` (0: no limit).
  public var cellSeconds: Double = 60

  public init() {}

  /// `seconds` as the messages show it: `60`, `0.5`.
  public static func describe(seconds: Double) -> String {
    if seconds.rounded() == seconds, seconds.magnitude < 1e15 { return String(Int(seconds)) }
    return String(seconds)
  }
}
