/// `count`, `cycle`, `repeat`, `accumulate`, `islice`, `zip_longest`: iterators that run on (or cut short).
extension Itertools {
  static let infinite: [BuiltinFunction] = [
    function("count") { arguments, evaluator in
      let bound = try bind(
        arguments, Signature("count", [.init("start", default: .int(0)), .init("step", default: .int(1))]))
      for value in [bound["start"], bound["step"]] {
        switch value {
        case .int, .float, .bool: continue
        default: throw PythonError.typeError("a number is required")
        }
      }
      // A bool start counts as the int it is (CPython keeps the count as a machine integer).
      var current = bound["start"]
      if case .bool(let flag) = current { current = .int(flag ? 1 : 0) }
      let step = bound["step"]
      return iterator("count", evaluator) {
        defer { current = (try? evaluator.binary(.add, current, step)) ?? current }
        return current
      }
    },
    function("cycle") { arguments, evaluator in
      if !arguments.keywords.isEmpty { throw PythonError.typeError("cycle() takes no keyword arguments") }
      guard arguments.positional.count == 1 else {
        throw PythonError.typeError("cycle expected 1 argument, got \(arguments.positional.count)")
      }
      let next = try evaluator.makeIterator(arguments.positional[0])
      var saved: [Value] = []
      var exhausted = false
      var position = 0
      return iterator("cycle", evaluator) {
        if !exhausted {
          if let value = try next() {
            saved.append(value)
            return value
          }
          exhausted = true
        }
        guard !saved.isEmpty else { return nil }
        defer { position = (position + 1) % saved.count }
        return saved[position]
      }
    },
    function("repeat") { arguments, evaluator in
      let bound = try bind(arguments, Signature("repeat", ["object", .init("times", default: .none)]))
      let object = bound["object"]
      var remaining: Int? = bound["times"].isNone ? nil : max(try integer(bound["times"], evaluator), 0)
      return iterator("repeat", evaluator) {
        if let left = remaining {
          guard left > 0 else { return nil }
          remaining = left - 1
        }
        return object
      }
    },
    function("accumulate") { arguments, evaluator in
      let bound = try bind(
        arguments,
        Signature(
          "accumulate",
          ["iterable", .init("func", default: .none), .init("initial", default: .none, keywordOnly: true)]))
      let next = try evaluator.makeIterator(bound["iterable"])
      let combine = bound["func"]
      var total: Value? = bound["initial"].isNone ? nil : bound["initial"]
      var pendingInitial = total != nil
      return iterator("accumulate", evaluator) {
        if pendingInitial {
          pendingInitial = false
          return total
        }
        guard let value = try next() else { return nil }
        if let previous = total {
          total =
            combine.isNone
            ? try evaluator.binary(.add, previous, value)
            : try evaluator.call(combine, Arguments([previous, value]))
        } else {
          total = value
        }
        return total
      }
    },
    function("islice") { arguments, evaluator in
      if !arguments.keywords.isEmpty { throw PythonError.typeError("islice() takes no keyword arguments") }
      let count = arguments.positional.count
      guard (2...4).contains(count) else {
        let word = count < 2 ? "least 2" : "most 4"
        throw PythonError.typeError("islice expected at \(word) arguments, got \(count)")
      }
      let next = try evaluator.makeIterator(arguments.positional[0])
      func index(_ value: Value, _ message: String) throws -> Int? {
        if value.isNone { return nil }
        guard let number = try evaluator.indexValue(value), number >= 0 else {
          throw PythonError.valueError(message)
        }
        return number
      }
      let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
      let indexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
      var start = 0
      var stop: Int?
      var step = 1
      if count == 2 {
        stop = try index(arguments.positional[1], stopMessage)
      } else {
        start = try index(arguments.positional[1], indexMessage) ?? 0
        stop = try index(arguments.positional[2], stopMessage)
        if count == 4 {
          guard
            let given = try index(
              arguments.positional[3], "Step for islice() must be a positive integer or None.")
          else { step = 1; return islice(next, start, stop, step, evaluator) }
          guard given > 0 else {
            throw PythonError.valueError("Step for islice() must be a positive integer or None.")
          }
          step = given
        }
      }
      return islice(next, start, stop, step, evaluator)
    },
    function("zip_longest") { arguments, evaluator in
      var fill = Value.none
      for (name, value) in arguments.keywords {
        guard name == "fillvalue" else {
          throw PythonError.typeError("zip_longest() got an unexpected keyword argument '\(name)'")
        }
        fill = value
      }
      var iterators: [(() throws -> Value?)?] = try arguments.positional.map {
        try evaluator.makeIterator($0)
      }
      var active = iterators.count
      return iterator("zip_longest", evaluator) {
        guard active > 0 else { return nil }
        var items: [Value] = []
        for offset in iterators.indices {
          if let next = iterators[offset], let value = try next() {
            items.append(value)
            continue
          }
          if iterators[offset] != nil {
            iterators[offset] = nil
            active -= 1
            if active == 0 { return nil }
          }
          items.append(fill)
        }
        return .tuple(items)
      }
    },
  ]

  /// The elements at `start`, `start + step`, … before `stop`, consuming the source exactly as CPython's
  /// islice does: it skips up to the next wanted index before checking `stop`, then stops for good.
  private static func islice(
    _ next: @escaping () throws -> Value?, _ start: Int, _ stop: Int?, _ step: Int, _ evaluator: Evaluator
  ) -> Value {
    var consumed = 0
    var wanted = start
    var finished = false
    return iterator("islice", evaluator) {
      guard !finished else { return nil }
      while consumed < wanted {
        try evaluator.chargeWork(1)
        guard try next() != nil else {
          finished = true
          return nil
        }
        consumed += 1
      }
      if let stop, consumed >= stop {
        finished = true
        return nil
      }
      guard let value = try next() else {
        finished = true
        return nil
      }
      consumed += 1
      let (following, overflow) = wanted.addingReportingOverflow(step)
      wanted = overflow ? (stop ?? Int.max) : following
      if let stop, wanted > stop { wanted = stop }
      return value
    }
  }
}
