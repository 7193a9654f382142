/// `compress`, `dropwhile`, `takewhile`, `filterfalse`, `starmap`, `pairwise`, `groupby`.
extension Itertools {
  static let filtering: [BuiltinFunction] = [
    function("compress") { arguments, evaluator in
      let bound = try bind(arguments, Signature("compress", ["data", "selectors"]))
      let data = try evaluator.makeIterator(bound["data"])
      let selectors = try evaluator.makeIterator(bound["selectors"])
      return iterator("compress", evaluator) {
        while let value = try data(), let selector = try selectors() {
          if try evaluator.truthValue(selector) { return value }
        }
        return nil
      }
    },
    predicateFunction("dropwhile") { predicate, next, evaluator in
      var dropping = true
      return {
        while let value = try next() {
          if dropping, try evaluator.truthValue(try evaluator.call(predicate, Arguments([value]))) {
            continue
          }
          dropping = false
          return value
        }
        return nil
      }
    },
    predicateFunction("takewhile") { predicate, next, evaluator in
      var taking = true
      return {
        guard taking, let value = try next() else { return nil }
        if try evaluator.truthValue(try evaluator.call(predicate, Arguments([value]))) { return value }
        taking = false
        return nil
      }
    },
    predicateFunction("filterfalse") { predicate, next, evaluator in
      {
        while let value = try next() {
          let keep = predicate.isNone ? value : try evaluator.call(predicate, Arguments([value]))
          if try !evaluator.truthValue(keep) { return value }
        }
        return nil
      }
    },
    predicateFunction("starmap") { function, next, evaluator in
      {
        guard let value = try next() else { return nil }
        return try evaluator.call(function, Arguments(try evaluator.materialize(value)))
      }
    },
    function("pairwise") { arguments, evaluator in
      if !arguments.keywords.isEmpty { throw PythonError.typeError("pairwise() takes no keyword arguments") }
      guard arguments.positional.count == 1 else {
        throw PythonError.typeError("pairwise expected 1 argument, got \(arguments.positional.count)")
      }
      let next = try evaluator.makeIterator(arguments.positional[0])
      var previous: Value?
      return iterator("pairwise", evaluator) {
        if previous == nil { previous = try next() }
        guard let first = previous, let second = try next() else { return nil }
        previous = second
        return .tuple([first, second])
      }
    },
    function("groupby") { arguments, evaluator in
      let bound = try bind(arguments, Signature("groupby", ["iterable", .init("key", default: .none)]))
      let grouping = Grouping(
        next: try evaluator.makeIterator(bound["iterable"]), key: bound["key"], evaluator)
      return iterator("groupby", evaluator) { try grouping.nextGroup() }
    },
  ]

  /// A function `name(predicate, iterable)` whose iterator `make` builds.
  private static func predicateFunction(
    _ name: String,
    _ make: @escaping @Sendable (Value, @escaping () throws -> Value?, Evaluator) -> () throws -> Value?
  ) -> BuiltinFunction {
    function(name) { arguments, evaluator in
      if !arguments.keywords.isEmpty { throw PythonError.typeError("\(name)() takes no keyword arguments") }
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("\(name) expected 2 arguments, got \(arguments.positional.count)")
      }
      let next = try evaluator.makeIterator(arguments.positional[1])
      return iterator(name, evaluator, make(arguments.positional[0], next, evaluator))
    }
  }
}

/// The state `groupby` shares with the groups it hands out: advancing to the next group skips what is
/// left of the current one, and a group stops at the first element of another key, as in CPython.
private final class Grouping {
  private let next: () throws -> Value?
  private let keyFunction: Value
  private unowned let evaluator: Evaluator
  /// The element read ahead and its key (nil when none is pending).
  private var pending: (value: Value, key: Value)?
  private var exhausted = false
  /// Which group is current: a group object is live only while its number is.
  private var generation = 0
  private var currentKey: Value?

  init(next: @escaping () throws -> Value?, key: Value, _ evaluator: Evaluator) {
    self.next = next
    self.keyFunction = key
    self.evaluator = evaluator
  }

  private func read() throws -> (value: Value, key: Value)? {
    guard !exhausted, let value = try next() else {
      exhausted = true
      return nil
    }
    let key = keyFunction.isNone ? value : try evaluator.call(keyFunction, Arguments([value]))
    return (value, key)
  }

  private func sameKey(_ a: Value, _ b: Value) throws -> Bool {
    try evaluator.truthValue(try evaluator.richCompare(.equal, a, b))
  }

  /// The next `(key, group)`, skipping the rest of the current group.
  func nextGroup() throws -> Value? {
    while true {
      if pending == nil { pending = try read() }
      guard let head = pending else { return nil }
      if let key = currentKey, try sameKey(head.key, key) {
        pending = nil
        continue
      }
      currentKey = head.key
      generation += 1
      let mine = generation
      var first = true
      let group = IteratorObject(typeName: "itertools._grouper") { [self] in
        guard mine == generation else { return nil }
        if first {
          first = false
          guard let head = pending else { return nil }
          pending = nil
          return head.value
        }
        if pending == nil { pending = try read() }
        guard let candidate = pending, let key = currentKey, try sameKey(candidate.key, key) else {
          return nil
        }
        pending = nil
        return candidate.value
      }
      return .tuple([head.key, .iterator(group)])
    }
  }
}
