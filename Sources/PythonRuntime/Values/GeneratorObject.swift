/// A generator: the suspended call of a function whose body contains `yield`.
///
/// The body runs on a ``Coroutine`` (its own thread), one step between yields per resume. The
/// evaluator's per-call state (depth counters, the line, the exceptions being handled, which
/// generator is running) is swapped in and out around every resume, so that the body sees the state
/// it left and the caller gets its own back.
final class GeneratorObject {
  /// `__name__`, shown by `repr`.
  let name: String
  private unowned let evaluator: Evaluator
  private let coroutine: Coroutine
  private let frame: GeneratorFrame
  /// True while the body runs (a generator cannot resume itself).
  private var running = false
  /// The value the body returned (StopIteration's value); nil until it has.
  private(set) var returnValue: Value?

  init(name: String, evaluator: Evaluator, coroutine: Coroutine, frame: GeneratorFrame) {
    self.name = name
    self.evaluator = evaluator
    self.coroutine = coroutine
    self.frame = frame
  }

  deinit {
    guard coroutine.started, !coroutine.finished else { return }
    finalize()
  }

  /// Closes a generator dropped while suspended, as CPython does when it collects one: GeneratorExit at the
  /// `yield` runs the body's `finally` blocks and `with` exits. Errors they raise are ignored, as CPython
  /// ignores them (it only reports them on stderr); a body that yields again, or that the session has
  /// stopped (budget, teardown), is unwound without running more Python code.
  private func finalize() {
    if !running && evaluator.canFinalizeGenerators {
      do { try close() } catch {}
    }
    if coroutine.started, !coroutine.finished { _ = try? resume(.abandon) }
  }

  /// Whether the body has ended (or never will run).
  var isExhausted: Bool { coroutine.finished }

  /// Resumes the body with `value` as the result of its `yield`; nil when it has ended.
  func send(_ value: Value) throws -> Value? {
    if !coroutine.started, !value.isNone {
      throw PythonError.typeError("can't send non-None value to a just-started generator")
    }
    return try resume(.send(value))
  }

  /// Raises `error` where the body is suspended (`generator.throw`); nil when the body then ends.
  func raise(_ error: PythonError) throws -> Value? {
    if !coroutine.started || coroutine.finished {
      markFinished()
      throw error
    }
    return try resume(.raise(error))
  }

  /// `generator.close()`: GeneratorExit at the `yield`; a body that yields again is an error.
  func close() throws {
    guard coroutine.started, !coroutine.finished else {
      markFinished()
      return
    }
    do {
      if try resume(.raise(PythonError(.generatorExit, ""))) != nil {
        throw PythonError(.runtimeError, "generator ignored GeneratorExit")
      }
    } catch let error as PythonError where error.typeName == "GeneratorExit" {
      return
    }
  }

  /// A generator closed or thrown into before it started never runs.
  private func markFinished() {
    if !coroutine.started { _ = coroutine.resume(.abandon) }
  }

  private func resume(_ transfer: Coroutine.Transfer) throws -> Value? {
    if coroutine.finished {
      if case .raise(let error) = transfer { throw error }
      return nil
    }
    if running {
      if case .abandon = transfer { return nil }
      throw PythonError.valueError("generator already executing")
    }
    if !coroutine.started, evaluator.runningGenerators >= Evaluator.maximumRunningGenerators {
      throw PythonError(
        .memoryError,
        "more than \(Evaluator.maximumRunningGenerators) generators started and not finished (Gradbook's limit)",
        fatal: true)
    }
    running = true
    let saved = evaluator.saveCallState()
    frame.enter(evaluator)
    defer {
      frame.leave(evaluator)
      evaluator.restoreCallState(saved)
      running = false
    }
    guard let outcome = coroutine.resume(transfer) else {
      throw PythonError(.memoryError, "the system refused a thread for a generator", fatal: true)
    }
    switch outcome {
    case .yielded(let value):
      return value
    case .returned(let value):
      returnValue = value
      return nil
    case .raised(let error):
      // PEP 479: a StopIteration escaping the body would silently end the caller's loop.
      if let error = error as? PythonError, error.typeName == "StopIteration", !error.isFatal {
        throw PythonError(.runtimeError, "generator raised StopIteration")
      }
      throw error
    }
  }
}

/// The evaluator state a generator's body keeps between resumes: how deep it is (relative to
/// whoever resumes it) and which exceptions it is handling.
final class GeneratorFrame {
  /// The coroutine the body runs on (weak: the generator owns it).
  weak var coroutine: Coroutine?
  private var callDepthBase = 0
  private var evaluationDepthBase = 0
  private var callDepthOffset = 0
  private var evaluationDepthOffset = 0
  private var handling: [PythonError] = []
  private var line = 0

  /// Called on the caller's side before the body runs: the body's depth continues on top of the
  /// caller's, as a resumed frame in CPython does.
  func enter(_ evaluator: Evaluator) {
    callDepthBase = evaluator.callDepth
    evaluationDepthBase = evaluator.evaluationDepth
    evaluator.callDepth = callDepthBase + callDepthOffset
    evaluator.evaluationDepth = evaluationDepthBase + evaluationDepthOffset
    evaluator.handling = handling
    if line > 0 { evaluator.currentLine = line }
    evaluator.runningGenerator = self
  }

  /// Called on the caller's side once the body has suspended or ended.
  func leave(_ evaluator: Evaluator) {
    callDepthOffset = evaluator.callDepth - callDepthBase
    evaluationDepthOffset = evaluator.evaluationDepth - evaluationDepthBase
    handling = evaluator.handling
    line = evaluator.currentLine
  }
}
