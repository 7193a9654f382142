/// The global state behind torch's global API: grad-mode stack, element budget, default RNG, warning sink.
///
/// torch's functions (`torch.no_grad`, `torch.manual_seed`, warnings) act on process-wide state, so
/// this is one shared object. It is not thread-safe: the interpreter and XCTest use it serially.
public final class AutogradRuntime {
  /// The process-wide runtime.
  nonisolated(unsafe) public static let shared = AutogradRuntime()

  /// The default element budget: 50 million elements per tensor.
  public static let defaultElementBudget = 50_000_000

  /// The grad-mode stack; the last entry is the current mode. Never empty.
  @exclusivity(unchecked) public private(set) var modeStack: [GradMode] = [GradMode(isEnabled: true)]

  /// The largest number of elements a single tensor may have; larger requests raise before allocating.
  public var elementBudget: Int = AutogradRuntime.defaultElementBudget

  /// Receives warning lines such as `UserWarning: ...`; the interpreter installs its own sink.
  public var warn: (String) -> Void = { _ in }

  /// Lines already sent through `warnOnce(_:)`.
  private var warnedOnce: Set<String> = []

  /// Told, before a kernel whose cost grows faster than its output (a matrix product), how many
  /// multiply-adds it is about to do; throwing stops the kernel before it starts. The interpreter
  /// charges this to the cell's step budget, so one huge `a @ b` cannot run for minutes.
  public var chargeWork: (Int) throws -> Void = { _ in }

  /// The default CPU generator used by `rand`, `randn`, `randint`, `uniform_`, `normal_`.
  public let generator = Generator()

  @exclusivity(unchecked) var nextObjectID = 0
  @exclusivity(unchecked) var nextSequenceNumber = 0

  public init() {}

  /// The current grad mode.
  public var currentMode: GradMode { modeStack.last ?? GradMode(isEnabled: true) }

  /// `torch.is_grad_enabled()`.
  public var isGradEnabled: Bool { currentMode.isEnabled }

  /// `torch.is_inference_mode_enabled()`.
  public var isInferenceModeEnabled: Bool { currentMode.isInference }

  /// Enters a whole mode, e.g. `.inference` for `with torch.inference_mode():`; pair with `popMode()` in a
  /// `defer`. For `no_grad`/`enable_grad`/`set_grad_enabled` prefer `pushGradEnabled(_:)`.
  public func pushMode(_ mode: GradMode) {
    modeStack.append(mode)
  }

  /// Enters `with torch.no_grad()` (false), `torch.enable_grad()` (true) or `torch.set_grad_enabled(b)`:
  /// changes only the grad switch, keeping inference mode as it is (as PyTorch does).
  public func pushGradEnabled(_ enabled: Bool) {
    var mode = currentMode
    mode.isEnabled = enabled
    modeStack.append(mode)
  }

  /// Leaves the innermost mode; the bottom entry is never removed.
  public func popMode() {
    if modeStack.count > 1 { modeStack.removeLast() }
  }

  /// `torch.set_grad_enabled(b)` called as a plain function: changes the current mode in place.
  public func setGradEnabled(_ enabled: Bool) {
    if modeStack.isEmpty { modeStack = [GradMode(isEnabled: enabled)] }
    modeStack[modeStack.count - 1].isEnabled = enabled
  }

  /// Sends `line` to `warn` the first time only, like PyTorch's `TORCH_WARN_ONCE` (once per process there,
  /// once per session here).
  public func warnOnce(_ line: String) {
    if warnedOnce.insert(line).inserted { warn(line) }
  }

  /// Lets every `warnOnce(_:)` line be shown again (a new session is a new process to the learner).
  public func forgetWarningsGiven() {
    warnedOnce = []
  }

  /// Restores a fresh state (grad enabled, default budget, no warnings sink); for tests and new sessions.
  public func reset() {
    modeStack = [GradMode(isEnabled: true)]
    elementBudget = AutogradRuntime.defaultElementBudget
    warn = { _ in }
    warnedOnce = []
    chargeWork = { _ in }
  }

  /// Runs `body` under `mode`, restoring the previous mode afterwards (also on error).
  @discardableResult
  public func withMode<T>(_ mode: GradMode, _ body: () throws -> T) rethrows -> T {
    pushMode(mode)
    defer { popMode() }
    return try body()
  }

  func makeObjectID() -> Int {
    nextObjectID &+= 1
    return nextObjectID
  }

  func makeSequenceNumber() -> Int {
    nextSequenceNumber &+= 1
    return nextSequenceNumber
  }
}
