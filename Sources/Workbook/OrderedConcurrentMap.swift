import Foundation

/// Maps items on worker threads and hands the results back in input order, each as soon as every item before it is
/// done: `run` and `check` print lessons in document order while later lessons are still running, and `grade` grades
/// many submissions at once with a stable report.
public struct OrderedConcurrentMap: Sendable {
  /// How many items run at once (at least 1). With 1, items run one after another on the calling thread.
  public let jobs: Int

  public init(jobs: Int) {
    self.jobs = max(1, jobs)
  }

  /// A map whose items each run their own interpreter sessions. Every session owns its engine state (grad mode,
  /// generator, budgets, warnings), so lessons and submissions can run on as many threads as `jobs` asks.
  public static func forSessions(jobs: Int) -> OrderedConcurrentMap {
    OrderedConcurrentMap(jobs: jobs)
  }

  /// The number of processors, the default for `--jobs`.
  public static var processorCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Applies `transform` to every input (on up to `jobs` threads) and calls `deliver` on the calling thread with each
  /// index and result in input order. Returns the results in input order.
  ///
  /// With more than one job, `transform` runs on several threads at once, so each call must keep to state of its own:
  /// the callers' transforms open a fresh session per item and otherwise read only immutable values.
  @discardableResult
  public func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @escaping (Input) -> Output, deliver: (Int, Output) -> Void = { _, _ in }
  ) -> [Output] {
    let workers = min(jobs, inputs.count)
    guard workers > 1 else {
      return inputs.enumerated().map { index, input in
        let output = transform(input)
        deliver(index, output)
        return output
      }
    }
    let state = SharedState<Output>(count: inputs.count)
    let work = WorkerTransform(call: transform)
    for _ in 0..<workers {
      let thread = Thread {
        while let index = state.takeNext() {
          state.store(work.call(inputs[index]), at: index)
        }
        state.workerFinished()
      }
      // Sessions run their cells on threads of their own; a worker only waits for them.
      thread.start()
    }
    var outputs: [Output] = []
    outputs.reserveCapacity(inputs.count)
    for index in inputs.indices {
      let output = state.waitFor(index)
      deliver(index, output)
      outputs.append(output)
    }
    state.waitForWorkers(workers)
    return outputs
  }
}

/// A map's transform as its workers hold it. Unchecked because the callers' transforms are not `@Sendable` closures
/// (they capture cell runner factories, which tests also make from single-threaded scripted runners); `map` documents
/// the rule that makes them safe to call at once: a fresh session per call and only immutable values besides.
private struct WorkerTransform<Input, Output>: @unchecked Sendable {
  let call: (Input) -> Output
}

/// The queue and result slots the workers of one `map` share, guarded by one condition.
/// Unchecked because every access to its mutable slots is under `condition`'s lock.
private final class SharedState<Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var next = 0
  private let count: Int
  private var results: [Output?]
  private var finishedWorkers = 0

  init(count: Int) {
    self.count = count
    results = Array(repeating: nil, count: count)
  }

  /// The next input index to work on, or nil when none is left.
  func takeNext() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }

  func store(_ output: Output, at index: Int) {
    condition.lock()
    results[index] = output
    condition.broadcast()
    condition.unlock()
  }

  func workerFinished() {
    condition.lock()
    finishedWorkers += 1
    condition.broadcast()
    condition.unlock()
  }

  /// Blocks until the result at `index` is stored, then hands it over (the slot is emptied).
  func waitFor(_ index: Int) -> Output {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let output = results[index] {
        results[index] = nil
        return output
      }
      condition.wait()
    }
  }

  /// Blocks until `workers` worker threads have finished, so no thread outlives the map.
  func waitForWorkers(_ workers: Int) {
    condition.lock()
    while finishedWorkers < workers { condition.wait() }
    condition.unlock()
  }
}
