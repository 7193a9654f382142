/// Generators: calling a generator function, `yield`, `yield from`, and the state a resume swaps.
extension Evaluator {
  /// Most generators that may be started and unfinished at once (each holds a suspended thread):
  /// above the recursion limit, so that generators recursing through `yield from` end in
  /// RecursionError as in CPython.
  static let maximumRunningGenerators = 1_100
  /// Stack of a generator's thread: as large as a cell's, since a body may nest as deep as a cell
  /// (only the pages it touches are ever backed by memory).
  static let generatorStackSize = Session.stackSize

  /// The per-call state a generator's resume replaces and restores.
  struct CallState {
    var callDepth: Int
    var evaluationDepth: Int
    var line: Int
    var handling: [PythonError]
    var generator: GeneratorFrame?
  }

  func saveCallState() -> CallState {
    CallState(
      callDepth: callDepth, evaluationDepth: evaluationDepth, line: currentLine, handling: handling,
      generator: runningGenerator)
  }

  func restoreCallState(_ state: CallState) {
    callDepth = state.callDepth
    evaluationDepth = state.evaluationDepth
    currentLine = state.line
    handling = state.handling
    runningGenerator = state.generator
  }

  /// The generator a call of `function` makes, its arguments already bound in `scope`; the body
  /// runs on its own thread on the first `next`.
  func makeGenerator(_ function: FunctionObject, _ scope: Scope) -> Value {
    let frame = GeneratorFrame()
    let definition = function.definition
    let coroutine = Coroutine(stackSize: Self.generatorStackSize) { [unowned self] _, first in
      var outcome = Coroutine.Outcome.returned(.none)
      self.withinExtensions {
        self.runningGenerators += 1
        defer { self.runningGenerators -= 1 }
        switch first {
        case .abandon:
          outcome = .raised(PythonError(.generatorExit, "", fatal: true))
          return
        case .raise(let error):
          outcome = .raised(error)
          return
        case .send:
          break
        }
        outcome = self.runGeneratorBody(definition, scope)
      }
      return outcome
    }
    frame.coroutine = coroutine
    let generator = GeneratorObject(name: function.name, evaluator: self, coroutine: coroutine, frame: frame)
    return .iterator(IteratorObject(generator: generator))
  }

  /// A generator's body from its start to its end, on the generator's thread.
  private func runGeneratorBody(_ definition: FunctionDefinition, _ scope: Scope) -> Coroutine.Outcome {
    callDepth += 1
    defer {
      callDepth -= 1
      releaseLocalClosures(scope)
    }
    do {
      if callDepth >= limits.recursionDepth {
        throw PythonError(.recursionError, "maximum recursion depth exceeded")
      }
      if case .returnValue(let value) = try execute(definition.body, in: scope) { return .returned(value) }
      return .returned(.none)
    } catch {
      return .raised(error)
    }
  }

  /// `yield value`: hands `value` to whoever resumed the running generator and waits to be resumed.
  func yield(_ value: Value) throws -> Value {
    guard let coroutine = runningGenerator?.coroutine else {
      throw PythonError(.runtimeError, "'yield' outside a running generator")
    }
    try step()
    switch coroutine.suspend(value) {
    case .send(let sent): return sent
    case .raise(let error): throw error
    case .abandon: throw PythonError(.generatorExit, "", fatal: true)
    }
  }

  /// `yield from iterable`: yields each element (delegating `send` and `throw` to a generator) and
  /// evaluates to the generator's return value.
  func yieldFrom(_ iterable: Value) throws -> Value {
    if case .iterator(let iterator) = iterable, let inner = iterator.generator {
      var transfer = Coroutine.Transfer.send(.none)
      while true {
        let produced: Value?
        switch transfer {
        case .send(let sent): produced = try inner.send(sent)
        case .raise(let error): produced = try inner.raise(error)
        case .abandon: return .none
        }
        guard let value = produced else { return inner.returnValue ?? .none }
        do {
          transfer = .send(try yield(value))
        } catch let error as PythonError where error.typeName == "GeneratorExit" {
          if !error.isFatal { try inner.close() }
          throw error
        } catch let error as PythonError where !error.isFatal {
          transfer = .raise(error)
        }
      }
    }
    let next = try makeIterator(iterable)
    while let value = try next() {
      _ = try yield(value)
    }
    return .none
  }
}

extension Evaluator {
  /// StopIteration carrying a generator's return value (none when it returned None).
  static func stopIteration(_ value: Value?) -> PythonError {
    PythonError(.stopIteration, arguments: value.map { $0.isNone ? [] : [$0] } ?? [])
  }
}
