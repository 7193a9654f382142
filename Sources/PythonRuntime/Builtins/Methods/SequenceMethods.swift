/// `count` and `index` of `list`, `tuple` and `range`, and the tables of `tuple` and `range`.
enum SequenceMethods {
  static let tuple = MemberTable([searching(of: "tuple")])
  static let range = MemberTable([rangeMembers])

  /// `count(x)` and `index(x[, start[, stop]])` of `list` or `tuple` (`typeName`).
  static func searching(of typeName: String) -> [Member] {
    [
      .builtin("count", .positional(1...1), of: typeName) { (elements: [Value], arguments, evaluator) in
        .int(try count(elements, arguments.positional[0], evaluator))
      },
      .builtin("index", .positional(1...3), of: typeName) { (elements: [Value], arguments, evaluator) in
        let target = arguments.positional[0]
        if let offset = try index(elements, target, start: arguments[1], stop: arguments[2], evaluator) {
          return .int(offset)
        }
        if typeName == "list" {
          throw PythonError.valueError("\(try evaluator.reprOf(target)) is not in list")
        }
        throw PythonError.valueError("\(typeName).index(x): x not in \(typeName)")
      },
    ]
  }

  /// `range`'s `count`, `index`, `start`, `stop` and `step`.
  static let rangeMembers: [Member] = [
    .range("count", .positional(1...1)) { range, arguments, evaluator in
      .int(try count(try evaluator.materialize(.range(range)), arguments.positional[0], evaluator))
    },
    .range("index", .positional(1...1)) { range, arguments, evaluator in
      let target = arguments.positional[0]
      let elements = try evaluator.materialize(.range(range))
      if let offset = try index(elements, target, start: nil, stop: nil, evaluator) {
        return .int(offset)
      }
      throw PythonError.valueError("\(try evaluator.reprOf(target)) is not in range")
    },
    .builtinProperty("start", of: "range", unwrap: unwrapRange) { .int($0.start) },
    .builtinProperty("stop", of: "range", unwrap: unwrapRange) { .int($0.stop) },
    .builtinProperty("step", of: "range", unwrap: unwrapRange) { .int($0.step) },
  ]

  private static func unwrapRange(_ value: Value) -> RangeValue? {
    if case .range(let range) = value { return range }
    return nil
  }

  /// How many elements equal `target` (identity first, as CPython compares).
  private static func count(_ elements: [Value], _ target: Value, _ evaluator: Evaluator) throws -> Int {
    try evaluator.chargeWork(elements.count)
    var count = 0
    for element in elements
    where try evaluator.isSame(element, target) || evaluator.valuesEqual(element, target) {
      count += 1
    }
    return count
  }

  /// The first offset in `[start, stop)` (slice-adjusted) whose element equals `target`.
  private static func index(
    _ elements: [Value], _ target: Value, start: Value?, stop: Value?, _ evaluator: Evaluator
  ) throws -> Int? {
    try evaluator.chargeWork(elements.count)
    let count = elements.count
    func bound(_ value: Value?, _ defaultValue: Int) throws -> Int {
      guard let value else { return defaultValue }
      var index = try value.asInt()
      if index < 0 { index = max(index + count, 0) }
      return min(index, count)
    }
    let lower = try bound(start, 0)
    let upper = try bound(stop, count)
    guard lower < upper else { return nil }
    for offset in lower..<upper
    where try evaluator.isSame(elements[offset], target) || evaluator.valuesEqual(elements[offset], target) {
      return offset
    }
    return nil
  }
}

extension Member {
  /// A `range` method.
  static func range(
    _ name: String, _ signature: MethodSignature,
    _ body: @escaping @Sendable (RangeValue, Arguments, Evaluator) throws -> Value
  ) -> Member {
    builtin(name, signature, of: "range", body)
  }
}
