#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One long-lived thread with a large stack that runs a session's work, one item at a time.
///
/// Deep (but budgeted) recursion in learner code needs far more stack than a caller's thread has.
/// Creating a thread per cell cost a 1 GiB mapping, a clone and fresh stack page faults for every
/// cell; a session keeps this one thread instead, so cells after the first reuse its warm stack.
/// ``run(_:)`` blocks the caller until the work is done, so the work may capture the caller's state.
final class CellThread: @unchecked Sendable {
  // Unchecked: every field below is read and written only with `mutex` held. The mutex and the
  // condition live at fixed addresses, as pthreads require.
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private var pending: (() -> Void)?
  private var finished = false
  private var stopping = false
  private var thread: pthread_t?

  /// Starts the thread; nil if the system refuses a thread with that stack.
  init?(stackSize: Int) {
    mutex.initialize(to: pthread_mutex_t())
    changed.initialize(to: pthread_cond_t())
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(changed, nil)
    guard let started = LargeStackThread.start(stackSize: stackSize, { self.serve() }) else { return nil }
    thread = started
  }

  /// Runs `work` on the thread and returns when it has finished.
  func run(_ work: () -> Void) {
    withoutActuallyEscaping(work) { work in
      pthread_mutex_lock(mutex)
      pending = work
      finished = false
      pthread_cond_broadcast(changed)
      while !finished { pthread_cond_wait(changed, mutex) }
      pending = nil
      pthread_mutex_unlock(mutex)
    }
  }

  /// Ends the thread once it is idle and waits for it to exit.
  func stop() {
    pthread_mutex_lock(mutex)
    stopping = true
    pthread_cond_broadcast(changed)
    let running = thread
    thread = nil
    pthread_mutex_unlock(mutex)
    if let running { pthread_join(running, nil) }
  }

  private func serve() {
    pthread_mutex_lock(mutex)
    while true {
      while pending == nil || finished, !stopping { pthread_cond_wait(changed, mutex) }
      if stopping { break }
      if let work = pending {
        pthread_mutex_unlock(mutex)
        work()
        pthread_mutex_lock(mutex)
        finished = true
        pthread_cond_broadcast(changed)
      }
    }
    pthread_mutex_unlock(mutex)
  }

  deinit {
    pthread_cond_destroy(changed)
    pthread_mutex_destroy(mutex)
    changed.deallocate()
    mutex.deallocate()
  }
}
