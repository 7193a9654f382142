/// Sorting and dict merging shared by builtins and methods (`sorted`, `list.sort`, `dict(...)`, `update`).
extension Evaluator {
  /// A stable sort with Python's semantics (`<` only; `reverse` keeps equal items in order).
  func sorted(_ elements: [Value], key: Value, reverse: Bool) throws -> [Value] {
    var keyed: [(key: Value, value: Value)] = []
    keyed.reserveCapacity(elements.count)
    for element in elements {
      keyed.append((key.isNone ? element : try call(key, Arguments([element])), element))
    }
    if reverse { keyed.reverse() }
    try chargeSteps(elements.count)
    let sortedItems = try mergeSort(keyed[...])
    var result = sortedItems.map(\.value)
    if reverse { result.reverse() }
    return result
  }

  private func mergeSort(_ items: ArraySlice<(key: Value, value: Value)>) throws -> [(
    key: Value, value: Value
  )] {
    if items.count <= 1 { return Array(items) }
    let middle = items.startIndex + items.count / 2
    let left = try mergeSort(items[items.startIndex..<middle])
    let right = try mergeSort(items[middle..<items.endIndex])
    var merged: [(key: Value, value: Value)] = []
    merged.reserveCapacity(items.count)
    var i = 0
    var j = 0
    while i < left.count && j < right.count {
      try step()
      if try truthValue(try richCompare(.less, right[j].key, left[i].key)) {
        merged.append(right[j])
        j += 1
      } else {
        merged.append(left[i])
        i += 1
      }
    }
    merged.append(contentsOf: left[i...])
    merged.append(contentsOf: right[j...])
    return merged
  }

  /// Adds a mapping or an iterable of pairs to `dict` (for `dict(...)` and `update`).
  func merge(_ source: Value, into dict: DictObject) throws {
    if case .dict(let other) = source {
      try chargeWork(other.count)
      for (key, value) in other.entries { try dict.set(key, value) }
      return
    }
    for (offset, item) in try materialize(source).enumerated() {
      try step()
      guard isIterable(item) else {
        throw PythonError.typeError(
          "cannot convert dictionary update sequence element #\(offset) to a sequence")
      }
      let pair = try materialize(item)
      guard pair.count == 2 else {
        throw PythonError.valueError(
          "dictionary update sequence element #\(offset) has length \(pair.count); 2 is required")
      }
      try dict.set(pair[0], pair[1])
    }
  }
}
