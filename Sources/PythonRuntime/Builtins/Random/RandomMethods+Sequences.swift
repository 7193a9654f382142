import Foundation

/// `random.Random`'s draws from sequences: `choice`, `shuffle`, `sample`, `choices`.
extension RandomMethods {
  static let sequences: [Member] = [
    .random("choice") { generator, arguments, evaluator in
      let sequence = try bind(arguments, Signature("Random.choice", ["seq"]))["seq"]
      let count = try evaluator.length(of: sequence)
      guard count > 0 else { throw PythonError(.indexError, "Cannot choose from an empty sequence") }
      try evaluator.chargeWork(1)
      return try evaluator.subscriptGet(sequence, .int(generator.below(count)))
    },
    .random("shuffle") { generator, arguments, evaluator in
      let sequence = try bind(arguments, Signature("Random.shuffle", ["x"]))["x"]
      let count = try evaluator.length(of: sequence)
      try evaluator.chargeWork(count)
      // Fisher–Yates from the end, as CPython swaps: x[i], x[j] = x[j], x[i].
      for position in stride(from: count - 1, to: 0, by: -1) {
        let other = generator.below(position + 1)
        if case .list(let list) = sequence, position < list.elements.count, other < list.elements.count {
          list.elements.swapAt(position, other)
          continue
        }
        let (left, right) = (
          try evaluator.subscriptGet(sequence, .int(other)),
          try evaluator.subscriptGet(sequence, .int(position))
        )
        try evaluator.subscriptSet(sequence, .int(position), left)
        try evaluator.subscriptSet(sequence, .int(other), right)
      }
      return .none
    },
    .random("sample") { generator, arguments, evaluator in
      let bound = try bind(
        arguments,
        Signature("Random.sample", ["population", "k", .init("counts", default: .none, keywordOnly: true)]))
      return .makeList(
        try sample(generator, bound["population"], bound["k"], counts: bound["counts"], evaluator))
    },
    .random("choices") { generator, arguments, evaluator in
      let bound = try bind(
        arguments,
        Signature(
          "Random.choices",
          [
            "population", .init("weights", default: .none),
            .init("cum_weights", default: .none, keywordOnly: true),
            .init("k", default: .int(1), keywordOnly: true),
          ]))
      return .makeList(
        try choices(
          generator, bound["population"], bound["weights"], bound["cum_weights"], bound["k"], evaluator))
    },
  ]

  /// `sample(population, k, counts=)`: a pool for small populations, a set of drawn indices for large ones,
  /// chosen by CPython's size rule, since the two consume the generator differently.
  private static func sample(
    _ generator: RandomGenerator, _ population: Value, _ sizeValue: Value, counts: Value,
    _ evaluator: Evaluator
  ) throws -> [Value] {
    switch population {
    case .list, .tuple, .range, .string: break
    default:
      throw PythonError.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    }
    let count = try evaluator.length(of: population)
    if !counts.isNone {
      let cumulative = try accumulate(counts, evaluator)
      guard cumulative.count == count else {
        throw PythonError.valueError("The number of counts does not match the population")
      }
      guard case .int(let total)? = cumulative.last else {
        throw PythonError.typeError("Counts must be integers")
      }
      guard total > 0 else { throw PythonError.valueError("Total of counts must be greater than zero") }
      let bounds = cumulative.dropLast()
      return try sample(
        generator, .range(RangeValue(start: 0, stop: total, step: 1)), sizeValue, counts: .none, evaluator
      )
      .map { selection in
        let position = try bisectRight(Array(bounds), selection, evaluator)
        return try evaluator.subscriptGet(population, .int(position))
      }
    }
    let size = try sampleSize(sizeValue, count)
    try evaluator.checkContainerSize(size, "list")
    var result: [Value] = []
    result.reserveCapacity(size)
    var tableSize = 21
    if size > 5 {
      let exponent = Int(ceil(log(Double(size) * 3) / log(4.0)))
      tableSize += exponent >= 31 ? Int.max / 2 : 1 << (2 * exponent)
    }
    if count <= tableSize {
      var pool = try evaluator.materialize(population)
      try evaluator.chargeWork(count + size)
      for drawn in 0..<size {
        let position = generator.below(count - drawn)
        result.append(pool[position])
        pool[position] = pool[count - drawn - 1]
      }
    } else {
      var selected = Set<Int>()
      for _ in 0..<size {
        var position = generator.below(count)
        try evaluator.chargeWork(1)
        while selected.contains(position) {
          position = generator.below(count)
          try evaluator.chargeWork(1)
        }
        selected.insert(position)
        result.append(try evaluator.subscriptGet(population, .int(position)))
      }
    }
    return result
  }

  /// `k` of `sample`, checked as CPython's `0 <= k <= n` and `[None] * k` check it.
  private static func sampleSize(_ value: Value, _ count: Int) throws -> Int {
    switch value {
    case .int, .bool:
      let size = try value.asInt()
      guard size >= 0 && size <= count else {
        throw PythonError.valueError("Sample larger than population or is negative")
      }
      return size
    case .float(let real):
      guard real >= 0 && real <= Double(count) else {
        throw PythonError.valueError("Sample larger than population or is negative")
      }
      throw PythonError.typeError("can't multiply sequence by non-int of type 'float'")
    default:
      throw PythonError.typeError("'<=' not supported between instances of 'int' and '\(value.typeName)'")
    }
  }

  /// `choices(population, weights, cum_weights=, k=)`: with replacement, by bisecting cumulative weights.
  private static func choices(
    _ generator: RandomGenerator, _ population: Value, _ weights: Value, _ cumulativeWeights: Value,
    _ sizeValue: Value, _ evaluator: Evaluator
  ) throws -> [Value] {
    let count = try evaluator.length(of: population)
    var cumulative: [Value]
    if cumulativeWeights.isNone {
      if weights.isNone {
        return try repeated(sizeValue, evaluator) {
          try evaluator.subscriptGet(
            population, .int(Int((generator.random() * Double(count)).rounded(.down))))
        }
      }
      if case .int(let size) = weights {
        throw PythonError.typeError("The number of choices must be a keyword argument: k=\(size)")
      }
      cumulative = try accumulate(weights, evaluator)
    } else {
      guard weights.isNone else {
        throw PythonError.typeError("Cannot specify both weights and cumulative weights")
      }
      cumulative = try evaluator.materialize(cumulativeWeights)
    }
    guard cumulative.count == count, let last = cumulative.last else {
      throw PythonError.valueError("The number of weights does not match the population")
    }
    guard case .float(let total) = try evaluator.binary(.add, last, .float(0)) else {
      throw PythonError.typeError("unsupported type of total weight: '\(last.typeName)'")
    }
    guard total > 0 else { throw PythonError.valueError("Total of weights must be greater than zero") }
    guard total.isFinite else { throw PythonError.valueError("Total of weights must be finite") }
    let bounds = Array(cumulative.dropLast())
    return try repeated(sizeValue, evaluator) {
      let position = try bisectRight(bounds, .float(generator.random() * total), evaluator)
      return try evaluator.subscriptGet(population, .int(position))
    }
  }

  /// `k` results of `draw` (none for a negative `k`, as `itertools.repeat` gives).
  private static func repeated(_ sizeValue: Value, _ evaluator: Evaluator, _ draw: () throws -> Value) throws
    -> [Value]
  {
    let size = max(try sizeValue.asInt(), 0)
    try evaluator.checkContainerSize(size, "list")
    var result: [Value] = []
    for _ in 0..<size {
      try evaluator.chargeWork(1)
      result.append(try draw())
    }
    return result
  }

  /// The running sums of an iterable (`itertools.accumulate`), added as Python adds.
  private static func accumulate(_ iterable: Value, _ evaluator: Evaluator) throws -> [Value] {
    var sums: [Value] = []
    for element in try evaluator.materialize(iterable) {
      sums.append(try sums.last.map { try evaluator.binary(.add, $0, element) } ?? element)
    }
    return sums
  }

  /// Where `value` would go in the sorted `bounds`, after equal elements (`bisect.bisect_right`).
  private static func bisectRight(_ bounds: [Value], _ value: Value, _ evaluator: Evaluator) throws -> Int {
    var low = 0
    var high = bounds.count
    while low < high {
      let middle = (low + high) / 2
      if try evaluator.truthValue(try evaluator.richCompare(.less, value, bounds[middle])) {
        high = middle
      } else {
        low = middle + 1
      }
    }
    return low
  }
}
