/// `collections.Counter`'s methods and operators, with CPython 3.11's arithmetic on the counts (Python's own
/// `+`, `-` and comparisons, so float counts and errors behave as there).
enum CounterMethods {
  static let table: [Member] = [
    .method("most_common", .custom) { (receiver: Value, arguments: Arguments, evaluator: Evaluator) in
      guard case .dict(let dict) = receiver else { return .none }
      let bound = try arguments.bindCountingSelf(
        Signature("Counter.most_common", [.init("n", default: .none)]))
      var pairs = try mostCommon(dict, evaluator)
      if !bound["n"].isNone {
        switch bound["n"] {
        case .int, .bool, .float: break
        default:
          // heapq.nlargest compares n with the count first.
          throw PythonError.typeError(
            "'>=' not supported between instances of '\(bound["n"].typeName)' and 'int'")
        }
        let limit = try bound["n"].asInt()
        pairs = Array(pairs.prefix(max(limit, 0)))
      }
      return .makeList(pairs.map { .tuple([$0.key, $0.value]) })
    },
    .method("elements", .custom) { (receiver: Value, arguments: Arguments, evaluator: Evaluator) in
      guard case .dict(let dict) = receiver else { return .none }
      _ = try arguments.bindCountingSelf(Signature("Counter.elements", []))
      var elements: [Value] = []
      for (key, value) in dict.entries {
        let count = try value.asInt()
        guard count > 0 else { continue }
        let (total, overflow) = elements.count.addingReportingOverflow(count)
        try evaluator.checkContainerSize(overflow ? -1 : total, "list")
        try evaluator.chargeWork(count)
        elements.append(contentsOf: repeatElement(key, count: count))
      }
      var iterator = elements.makeIterator()
      return .iterator(IteratorObject(typeName: "itertools.chain") { iterator.next() })
    },
    .method("total", .custom) { (receiver: Value, arguments: Arguments, evaluator: Evaluator) in
      guard case .dict(let dict) = receiver else { return .none }
      _ = try arguments.bindCountingSelf(Signature("Counter.total", []))
      return try dict.values.reduce(Value.int(0)) { try evaluator.binary(.add, $0, $1) }
    },
    .method("update", .custom) { (receiver: Value, arguments: Arguments, evaluator: Evaluator) in
      guard case .dict(let dict) = receiver else { return .none }
      try update(dict, arguments, "Counter.update", evaluator)
      return .none
    },
    .method("subtract", .custom) { (receiver: Value, arguments: Arguments, evaluator: Evaluator) in
      guard case .dict(let dict) = receiver else { return .none }
      try update(dict, arguments, "Counter.subtract", evaluator, subtracting: true)
      return .none
    },
  ]

  /// `update(iterable_or_mapping, **counts)` (or `subtract`): a mapping's counts are added, an iterable's
  /// elements counted one each.
  static func update(
    _ dict: DictObject, _ arguments: Arguments, _ name: String, _ evaluator: Evaluator,
    subtracting: Bool = false
  ) throws {
    if arguments.positional.count > 1 {
      throw PythonError.typeError(
        "\(name)() takes from 1 to 2 positional arguments but \(arguments.positional.count + 1) were given")
    }
    func add(_ key: Value, _ count: Value) throws {
      try evaluator.chargeHashing(key)
      let current = try dict.get(key) ?? .int(0)
      // CPython adds as `count + current` but subtracts as `current - count`.
      let updated =
        subtracting
        ? try evaluator.binary(.subtract, current, count) : try evaluator.binary(.add, count, current)
      try dict.set(key, updated)
    }
    if let source = arguments.positional.first, !source.isNone {
      if case .dict(let mapping) = source {
        try evaluator.chargeWork(mapping.count)
        // An empty Counter takes a mapping's values as they are (CPython's fast path: no addition).
        let copying = dict.count == 0 && !subtracting
        for (key, count) in mapping.entries { try copying ? dict.set(key, count) : add(key, count) }
      } else {
        for element in try evaluator.materialize(source) {
          try evaluator.chargeWork(1)
          try add(element, .int(1))
        }
      }
    }
    for (key, count) in arguments.keywords { try add(.string(key), count) }
  }

  /// The entries by count, largest first, equal counts in insertion order (`sorted(..., reverse=True)`).
  static func mostCommon(_ dict: DictObject, _ evaluator: Evaluator) throws -> [(key: Value, value: Value)] {
    // Unchecked capture: the key function lives only for this sort, on the cell's thread.
    nonisolated(unsafe) let entries = dict.entries
    let order = try evaluator.sorted(
      entries.indices.map { .int($0) },
      key: .builtin(
        BuiltinFunction(name: "count") { arguments, _ in
          guard case .int(let index)? = arguments.positional.first, entries.indices.contains(index) else {
            return .none
          }
          return entries[index].value
        }),
      reverse: true)
    return order.compactMap { value in
      guard case .int(let index) = value, entries.indices.contains(index) else { return nil }
      return entries[index]
    }
  }

  /// `a + b`, `a - b`, `a | b`, `a & b` of two Counters: only positive counts are kept.
  static func combine(_ op: BinaryOperator, _ a: DictObject, _ b: DictObject, _ evaluator: Evaluator) throws
    -> Value?
  {
    let result = DictObject(style: .counter)
    let zero = Value.int(0)
    func isPositive(_ count: Value) throws -> Bool {
      try evaluator.truthValue(try evaluator.richCompare(.greater, count, zero))
    }
    func less(_ x: Value, _ y: Value) throws -> Bool {
      try evaluator.truthValue(try evaluator.richCompare(.less, x, y))
    }
    try evaluator.chargeWork(a.count + b.count)
    for (key, count) in a.entries {
      let other = try b.get(key) ?? zero
      let combined: Value
      switch op {
      case .add: combined = try evaluator.binary(.add, count, other)
      case .subtract: combined = try evaluator.binary(.subtract, count, other)
      case .bitOr: combined = try less(count, other) ? other : count
      case .bitAnd: combined = try less(count, other) ? count : other
      default: return nil
      }
      if try isPositive(combined) { try result.set(key, combined) }
    }
    guard op != .bitAnd else { return .dict(result) }
    for (key, count) in b.entries where try a.get(key) == nil {
      if op == .subtract {
        if try less(count, zero) { try result.set(key, try evaluator.binary(.subtract, zero, count)) }
      } else if try isPositive(count) {
        try result.set(key, count)
      }
    }
    return .dict(result)
  }
}
