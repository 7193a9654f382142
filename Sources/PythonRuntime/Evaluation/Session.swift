/// A notebook session: runs cells in order, keeping the variables of every cell run so far.
///
/// Cells run on the session's own thread with a large stack (a ``CellThread``), so deep (but
/// budgeted) recursion in learner code can never overflow the Swift stack. Cells of one session
/// run one at a time.
public final class Session {
  public let limits: Limits
  /// Internal (not private) so that `SessionBindings` can read the globals between cells.
  var evaluator: Evaluator?
  private let thread: CellThread?

  /// Stack size of the thread that runs cells.
  static let stackSize = 1 << 30

  /// A session with the given budgets and importable modules.
  public init(limits: Limits = Limits(), modules: ModuleRegistry = .standard()) {
    self.limits = limits
    thread = CellThread(stackSize: Self.stackSize)
    var created: Evaluator?
    onLargeStack { created = Evaluator(limits: limits, modules: modules) }
    self.evaluator = created
  }

  deinit {
    // Tear down learner data on the large stack too: deeply nested lists release recursively.
    var released = evaluator
    evaluator = nil
    onLargeStack {
      if let evaluator = released {
        evaluator.withinExtensions { evaluator.tearDown() }
      }
      released = nil
    }
    _ = released
    thread?.stop()
  }

  /// Runs one cell whose first line is line `startLine` of the lesson file.
  public func run(_ code: String, startLine: Int = 1) -> CellResult {
    guard let evaluator else { return CellResult() }
    var result = CellResult()
    onLargeStack {
      evaluator.withinExtensions { result = evaluator.runCell(code, startLine: startLine) }
    }
    return result
  }

  /// Runs `work` on the session's large-stack thread and waits for it (on the caller's thread only
  /// if the system refused to create that thread).
  func onLargeStack(_ work: () -> Void) {
    if let thread { thread.run(work) } else { work() }
  }
}
