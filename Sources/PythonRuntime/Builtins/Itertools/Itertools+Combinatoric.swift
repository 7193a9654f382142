/// `product`, `permutations`, `combinations`, `combinations_with_replacement`, in CPython's (lexicographic)
/// order. The pools are read whole first, as CPython reads them; each result tuple is made only when asked for.
extension Itertools {
  static let combinatoric: [BuiltinFunction] = [
    function("product") { arguments, evaluator in
      var repeatCount = 1
      for (name, value) in arguments.keywords {
        guard name == "repeat" else {
          throw PythonError.typeError("product() got an unexpected keyword argument '\(name)'")
        }
        repeatCount = try integer(value, evaluator)
      }
      guard repeatCount >= 0 else { throw PythonError.valueError("repeat argument cannot be negative") }
      let pools = try arguments.positional.map { try evaluator.materialize($0) }
      let (width, overflow) = pools.count.multipliedReportingOverflow(by: repeatCount)
      if overflow { throw PythonError(.overflowError, "repeat argument too large") }
      try evaluator.checkContainerSize(width, "tuple")
      let repeated = Array(repeatElement(pools, count: repeatCount).joined())
      var indices = [Int](repeating: 0, count: repeated.count)
      var finished = repeated.contains { $0.isEmpty }
      return iterator("product", evaluator) {
        guard !finished else { return nil }
        let result = Value.tuple(zip(repeated, indices).map { $0[$1] })
        try evaluator.chargeWork(indices.count)
        // The rightmost index advances fastest, as in nested for loops.
        var position = indices.count - 1
        while position >= 0 {
          indices[position] += 1
          if indices[position] < repeated[position].count { break }
          indices[position] = 0
          position -= 1
        }
        if position < 0 { finished = true }
        return result
      }
    },
    function("permutations") { arguments, evaluator in
      let bound = try bind(arguments, Signature("permutations", ["iterable", .init("r", default: .none)]))
      let pool = try evaluator.materialize(bound["iterable"])
      let size = bound["r"].isNone ? pool.count : try integer(bound["r"], evaluator)
      guard size >= 0 else { throw PythonError.valueError("r must be non-negative") }
      try evaluator.checkContainerSize(min(size, pool.count), "tuple")
      return iterator("permutations", evaluator, permutations(pool, size, evaluator))
    },
    function("combinations") { arguments, evaluator in
      let bound = try bind(arguments, Signature("combinations", ["iterable", "r"]))
      let pool = try evaluator.materialize(bound["iterable"])
      let size = try integer(bound["r"], evaluator)
      guard size >= 0 else { throw PythonError.valueError("r must be non-negative") }
      try evaluator.checkContainerSize(min(size, pool.count), "tuple")
      return iterator("combinations", evaluator, combinations(pool, size, replacing: false, evaluator))
    },
    function("combinations_with_replacement") { arguments, evaluator in
      let bound = try bind(arguments, Signature("combinations_with_replacement", ["iterable", "r"]))
      let pool = try evaluator.materialize(bound["iterable"])
      let size = try integer(bound["r"], evaluator)
      guard size >= 0 else { throw PythonError.valueError("r must be non-negative") }
      // Every result holds `size` elements (when the pool is empty, only a size of 0 yields anything).
      try evaluator.checkContainerSize(pool.isEmpty ? 0 : size, "tuple")
      return iterator(
        "combinations_with_replacement", evaluator, combinations(pool, size, replacing: true, evaluator))
    },
  ]

  /// `r`-length tuples of `pool`'s elements in sorted index order (`replacing`: an index may repeat).
  private static func combinations(_ pool: [Value], _ size: Int, replacing: Bool, _ evaluator: Evaluator)
    -> () throws -> Value?
  {
    let count = pool.count
    var indices = replacing ? [Int](repeating: 0, count: count == 0 ? 0 : size) : Array(0..<min(size, count))
    var finished = replacing ? (count == 0 && size > 0) : size > count
    return {
      guard !finished else { return nil }
      try evaluator.chargeWork(size)
      let result = Value.tuple(indices.map { pool[$0] })
      // Find the rightmost index that can still grow, grow it, and reset those after it.
      var position = size - 1
      while position >= 0 {
        let limit = replacing ? count - 1 : position + count - size
        if indices[position] < limit { break }
        position -= 1
      }
      if position < 0 {
        finished = true
      } else {
        indices[position] += 1
        for later in (position + 1)..<max(size, position + 1) {
          indices[later] = replacing ? indices[position] : indices[later - 1] + 1
        }
      }
      return result
    }
  }

  /// `r`-length arrangements of `pool`'s elements, in CPython's order (lexicographic by index).
  private static func permutations(_ pool: [Value], _ size: Int, _ evaluator: Evaluator) -> () throws ->
    Value?
  {
    let count = pool.count
    var indices = Array(0..<count)
    let finishedAtStart = size > count
    // Only made when there is something to arrange (size <= count bounds it).
    var cycles = finishedAtStart ? [] : Array(stride(from: count, to: count - size, by: -1))
    var finished = finishedAtStart
    var first = true
    return {
      guard !finished else { return nil }
      try evaluator.chargeWork(size)
      if first {
        first = false
        return .tuple(indices.prefix(size).map { pool[$0] })
      }
      // CPython's algorithm: rotate and swap driven by the cycle counters.
      var position = size - 1
      while position >= 0 {
        cycles[position] -= 1
        if cycles[position] == 0 {
          let moved = indices.remove(at: position)
          indices.append(moved)
          cycles[position] = count - position
        } else {
          let other = count - cycles[position]
          indices.swapAt(position, other)
          return .tuple(indices.prefix(size).map { pool[$0] })
        }
        position -= 1
      }
      finished = true
      return nil
    }
  }
}
