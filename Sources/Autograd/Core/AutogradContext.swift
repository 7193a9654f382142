#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The engine state behind torch's global API, for one session: grad-mode stack, default generator,
/// element budget, warning sink, work charging, print options and the object-id and sequence-number
/// counters.
///
/// Whoever runs cells owns one context per session and binds it to the thread doing the work
/// (`context.bind { ... }`); engine code reads ``current``. The binding is thread-local, as PyTorch
/// keeps grad mode thread-local. A thread with nothing bound gets its own default context on first
/// use, so two threads never share state unless they bind the same context one after the other.
///
/// `@unchecked Sendable` because a session hands its context from the thread that creates it to the
/// threads that run its cells; it is safe since a context is used by one thread at a time (the one it
/// is bound to), which is what the owner guarantees by running one cell at a time.
public final class AutogradContext: @unchecked Sendable {
  /// The default element budget: 50 million elements per tensor.
  public static let defaultElementBudget = 50_000_000

  // Unchecked: read by every op; checking the four hot fields costs +2.5–5.5% on 2×2 ops (callgrind).
  /// The grad-mode stack; the last entry is the current mode. Never empty.
  @exclusivity(unchecked) public private(set) var modeStack: [GradMode] = [GradMode(isEnabled: true)]

  // Unchecked: read by every op; checking the four hot fields costs +2.5–5.5% on 2×2 ops (callgrind).
  /// The largest number of elements a single tensor may have; larger requests raise before allocating.
  @exclusivity(unchecked) public var elementBudget: Int = AutogradContext.defaultElementBudget

  /// Receives warning lines such as `UserWarning: ...`; the interpreter installs its own sink.
  public var warn: (String) -> Void = { _ in }

  /// Lines already sent through `warnOnce(_:)`.
  private var warnedOnce: Set<String> = []

  /// `torch.set_printoptions` for this session.
  public var printOptions = PrintOptions.standard

  /// Told, before a kernel whose cost grows faster than its output (a matrix product), how many
  /// multiply-adds it is about to do; throwing stops the kernel before it starts. The interpreter
  /// charges this to the cell's step budget, so one huge `a @ b` cannot run for minutes.
  public var chargeWork: (Int) throws -> Void = { _ in }

  /// Elements read by kernels and not yet passed to ``chargeWork`` (which then sees whole batches, so that many
  /// small reads add up as one big read does, at the cost of one addition per read).
  @exclusivity(unchecked) private var unchargedReads = 0

  /// Elements read per batch passed to ``chargeWork``.
  static let readBatch = 1 << 10

  /// Multiply-adds one element read counts as: the kernels' generic strided loops read an element in about the time
  /// a matrix product's inner loop does 16 multiply-adds (a 50M-element sum takes 0.5 s in a release build).
  static let multiplyAddsPerRead = 16

  /// Charges a kernel's reading of `elements` tensor elements before it reads them: every element read is work
  /// (a reduction of a 50M-element view reads 50M elements, whatever its storage or output holds).
  @inline(__always)
  public func chargeRead(_ elements: Int) throws {
    let (sum, overflow) = unchargedReads.addingReportingOverflow(Swift.max(elements, 0))
    unchargedReads = overflow ? Int.max : sum
    if unchargedReads >= Self.readBatch {
      let batch = unchargedReads
      unchargedReads = 0
      let (work, overflow) = batch.multipliedReportingOverflow(by: Self.multiplyAddsPerRead)
      try chargeWork(overflow ? Int.max : work)
    }
  }

  /// The bytes of tensor storage alive in this context (the interpreter holds them to its memory budget).
  public let storageLedger = StorageLedger()

  /// The default CPU generator used by `rand`, `randn`, `randint`, `uniform_`, `normal_`.
  public let generator = Generator()

  // Unchecked: read by every op; checking the four hot fields costs +2.5–5.5% on 2×2 ops (callgrind).
  @exclusivity(unchecked) private var nextObjectID = 0
  // Unchecked: read by every op; checking the four hot fields costs +2.5–5.5% on 2×2 ops (callgrind).
  @exclusivity(unchecked) private var nextSequenceNumber = 0

  /// A fresh context: grad enabled, default seed, default budget, no sinks.
  public init() {}

  // MARK: Binding

  /// The context bound to the running thread, or this thread's own default context.
  public static var current: AutogradContext {
    if let bound = pthread_getspecific(ThreadSlots.bound) {
      return Unmanaged<AutogradContext>.fromOpaque(bound).takeUnretainedValue()
    }
    return ThreadSlots.makeThreadDefault()
  }

  /// Runs `body` with this context as ``current`` on the running thread, then restores the previous
  /// binding (also when `body` throws). Bindings nest.
  @discardableResult
  public func bind<T>(_ body: () throws -> T) rethrows -> T {
    let previous = pthread_getspecific(ThreadSlots.bound)
    // Unretained: `self` outlives the call, and the slot is restored before `bind` returns.
    pthread_setspecific(ThreadSlots.bound, Unmanaged.passUnretained(self).toOpaque())
    defer { pthread_setspecific(ThreadSlots.bound, previous) }
    return try body()
  }

  // MARK: Grad mode

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

  /// Runs `body` under `mode`, restoring the previous mode afterwards (also on error).
  @discardableResult
  public func withMode<T>(_ mode: GradMode, _ body: () throws -> T) rethrows -> T {
    pushMode(mode)
    defer { popMode() }
    return try body()
  }

  // MARK: Warnings

  /// Sends `line` to `warn` the first time only, like PyTorch's `TORCH_WARN_ONCE` (once per process there,
  /// once per context here).
  public func warnOnce(_ line: String) {
    if warnedOnce.insert(line).inserted { warn(line) }
  }

  // MARK: Identities

  func makeObjectID() -> Int {
    nextObjectID &+= 1
    return nextObjectID
  }

  func makeSequenceNumber() -> Int {
    nextSequenceNumber &+= 1
    return nextSequenceNumber
  }
}

/// The two thread-local slots behind `AutogradContext.current`. The keys are created once and never
/// change; what they hold is per thread.
private enum ThreadSlots {
  /// The context bound to the thread (unretained: `bind` keeps it alive), or the thread's default.
  static let bound: pthread_key_t = makeKey(destructor: nil)

  /// The thread's default context (retained), released when the thread exits.
  static let threadDefault: pthread_key_t = makeKey { raw in
    #if canImport(Darwin)
      Unmanaged<AutogradContext>.fromOpaque(raw).release()
    #else
      if let raw { Unmanaged<AutogradContext>.fromOpaque(raw).release() }
    #endif
  }

  #if canImport(Darwin)
    typealias Destructor = @convention(c) (UnsafeMutableRawPointer) -> Void
  #else
    typealias Destructor = @convention(c) (UnsafeMutableRawPointer?) -> Void
  #endif

  private static func makeKey(destructor: Destructor?) -> pthread_key_t {
    var key = pthread_key_t()
    // Fails only when the process has used up its thread-local keys (PTHREAD_KEYS_MAX, at least 128).
    precondition(pthread_key_create(&key, destructor) == 0, "no thread-local key left for Autograd")
    return key
  }

  /// Creates the running thread's default context, which stays `current` while nothing is bound.
  static func makeThreadDefault() -> AutogradContext {
    let context = AutogradContext()
    pthread_setspecific(threadDefault, Unmanaged.passRetained(context).toOpaque())
    pthread_setspecific(bound, Unmanaged.passUnretained(context).toOpaque())
    return context
  }
}
