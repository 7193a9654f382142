#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A body of code that runs on a thread of its own and hands control back and forth with its caller,
/// so that a tree-walking evaluator can suspend in the middle of a generator's body (its Swift stack
/// stays on that thread) and resume there later.
///
/// Exactly one side runs at a time: ``resume(_:)`` blocks the caller until the body suspends or ends,
/// and ``suspend(_:)`` blocks the body until the caller resumes it. So the body may use the caller's
/// (non-thread-safe) state freely, as if it were an ordinary call. The thread starts on the first
/// resume and ends with the body.
final class Coroutine: @unchecked Sendable {
  /// What the caller passes in when it resumes the body.
  enum Transfer {
    /// The value `yield` evaluates to (`next()` sends `None`).
    case send(Value)
    /// An exception to raise where the body is suspended (`generator.throw`, `close`).
    case raise(PythonError)
    /// The generator is being destroyed: unwind without running any more Python code.
    case abandon
  }

  /// How control came back to the caller.
  enum Outcome {
    case yielded(Value)
    case returned(Value)
    case raised(Error)
  }

  // Unchecked: the fields below are read and written only with `mutex` held, and the turn-taking
  // means the body's Swift state is touched by one thread at a time.
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private var bodyTurn = false
  private var input: Transfer = .abandon
  private var output: Outcome = .returned(.none)
  private var thread: pthread_t?
  private var body: ((Coroutine, Transfer) -> Outcome)?
  private let stackSize: Int
  /// Whether the body has been started.
  private(set) var started = false
  /// Whether the body has ended (returned or raised).
  private(set) var finished = false

  init(stackSize: Int, body: @escaping (Coroutine, Transfer) -> Outcome) {
    self.stackSize = stackSize
    self.body = body
    mutex.initialize(to: pthread_mutex_t())
    changed.initialize(to: pthread_cond_t())
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(changed, nil)
  }

  deinit {
    pthread_cond_destroy(changed)
    pthread_mutex_destroy(mutex)
    changed.deallocate()
    mutex.deallocate()
  }

  /// Runs the body until it suspends or ends (the first call starts it); nil if the system refused
  /// a thread. Must not be called once `finished`.
  func resume(_ transfer: Transfer) -> Outcome? {
    if !started {
      started = true
      guard startThread() else {
        finished = true
        body = nil
        return nil
      }
    }
    pthread_mutex_lock(mutex)
    input = transfer
    bodyTurn = true
    pthread_cond_broadcast(changed)
    while bodyTurn { pthread_cond_wait(changed, mutex) }
    let outcome = output
    output = .returned(.none)
    pthread_mutex_unlock(mutex)
    if case .yielded = outcome { return outcome }
    finished = true
    if let running = thread {
      thread = nil
      pthread_join(running, nil)
    }
    return outcome
  }

  /// Called by the body: hands `value` to the caller and waits to be resumed.
  func suspend(_ value: Value) -> Transfer {
    pthread_mutex_lock(mutex)
    output = .yielded(value)
    bodyTurn = false
    pthread_cond_broadcast(changed)
    while !bodyTurn { pthread_cond_wait(changed, mutex) }
    let transfer = input
    input = .abandon
    pthread_mutex_unlock(mutex)
    return transfer
  }

  private func startThread() -> Bool {
    guard let started = LargeStackThread.start(stackSize: stackSize, { self.serve() }) else { return false }
    thread = started
    return true
  }

  private func serve() {
    pthread_mutex_lock(mutex)
    while !bodyTurn { pthread_cond_wait(changed, mutex) }
    let first = input
    let work = body
    body = nil
    pthread_mutex_unlock(mutex)
    let outcome = work?(self, first) ?? .returned(.none)
    pthread_mutex_lock(mutex)
    output = outcome
    bodyTurn = false
    pthread_cond_broadcast(changed)
    pthread_mutex_unlock(mutex)
  }
}
