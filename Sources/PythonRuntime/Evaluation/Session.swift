import Foundation

/// A notebook session: runs cells in order, keeping the variables of every cell run so far.
///
/// Each cell runs on a dedicated thread with a large stack, so deep (but budgeted) recursion in
/// learner code can never overflow the Swift stack. Cells of one session run one at a time.
public final class Session {
  public let limits: Limits
  private var evaluator: Evaluator?

  /// Stack size of the thread that runs cells.
  static let stackSize = 1 << 30

  /// A session with the given budgets and importable modules.
  public init(limits: Limits = Limits(), modules: ModuleRegistry = .standard()) {
    self.limits = limits
    var created: Evaluator?
    Self.onLargeStack { created = Evaluator(limits: limits, modules: modules) }
    self.evaluator = created
  }

  deinit {
    // Tear down learner data on the large stack too: deeply nested lists release recursively.
    var released = evaluator
    evaluator = nil
    Self.onLargeStack {
      if let evaluator = released {
        evaluator.withinExtensions { evaluator.tearDown() }
      }
      released = nil
    }
    _ = released
  }

  /// Runs one cell whose first line is line `startLine` of the lesson file.
  public func run(_ code: String, startLine: Int = 1) -> CellResult {
    guard let evaluator else { return CellResult() }
    var result = CellResult()
    Self.onLargeStack {
      evaluator.withinExtensions { result = evaluator.runCell(code, startLine: startLine) }
    }
    return result
  }

  /// Runs `work` on a fresh thread with a large stack and waits for it.
  static func onLargeStack(_ work: @escaping () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      work()
      done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
  }
}

/// Budgets that keep runaway learner code contained.
public struct Limits: Equatable, Sendable {
  /// Evaluation steps one cell may take (one per evaluated node or loop iteration).
  public var steps: Int = 10_000_000
  /// Nested Python calls before `RecursionError`.
  public var recursionDepth: Int = 1_000
  /// Characters one cell may print.
  public var outputCharacters: Int = 1_000_000
  /// Elements one tensor may hold.
  public var tensorElements: Int = 50_000_000
  /// Elements one list, tuple, dict or set (or characters one string) may hold before MemoryError.
  public var containerElements: Int = 10_000_000

  public init() {}
}
