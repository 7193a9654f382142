/// Shape arithmetic: element counts, strides, broadcasting and dimension wrapping, all overflow-checked.
enum Shape {
  /// Moves `coordinate` to the next coordinate of `shape` in row-major order (all zeros after the last).
  static func advance(_ coordinate: inout [Int], within shape: [Int]) {
    var d = shape.count - 1
    while d >= 0 {
      coordinate[d] += 1
      if coordinate[d] < shape[d] { return }
      coordinate[d] = 0
      d -= 1
    }
  }

  /// The number of elements, or an error if the product overflows or exceeds the runtime's element budget.
  static func checkedCount(_ shape: [Int]) throws -> Int {
    var count = 1
    for size in shape {
      if size < 0 {
        throw AutogradError.runtime("Trying to create tensor with negative dimension \(size): \(shape)")
      }
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      if overflow { throw budgetError(shape, count: nil) }
      count = product
    }
    let budget = AutogradContext.current.elementBudget
    if count > budget { throw budgetError(shape, count: count) }
    return count
  }

  /// The element count of a view's shape: overflow-checked but not held to the element budget, which is about
  /// allocated storage (a view allocates none; reading it into new storage is checked by `checkedCount`).
  static func checkedViewCount(_ shape: [Int]) throws -> Int {
    var count = 1
    for size in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      if overflow || size < 0 { throw budgetError(shape, count: nil) }
      count = product
    }
    return count
  }

  /// The element count of a shape already known to be valid (a product of existing tensor sizes).
  static func count(_ shape: [Int]) -> Int {
    var count = 1
    for size in shape { count = count.multipliedReportingOverflow(by: size).partialValue }
    return count
  }

  private static func budgetError(_ shape: [Int], count: Int?) -> AutogradError {
    let budget = AutogradContext.current.elementBudget
    let described = count.map { "\($0) elements" } ?? "more elements than can be counted"
    return .runtime(
      "tensor of shape \(shape) would have \(described), which exceeds the element budget of \(budget) elements"
    )
  }

  /// Row-major strides of a contiguous tensor.
  static func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var running = 1
    for index in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[index] = running
      running = running.multipliedReportingOverflow(by: max(shape[index], 1)).partialValue
    }
    return strides
  }

  /// Wraps a possibly negative dimension index into `0..<rank` (a 0-d tensor accepts -1 and 0).
  static func wrapDim(_ dim: Int, rank: Int) throws -> Int {
    let effective = max(rank, 1)
    guard dim >= -effective, dim < effective else {
      throw AutogradError.index(AutogradMessages.dimOutOfRange(dim, rank: rank))
    }
    return dim < 0 ? dim + effective : dim
  }

  /// PyTorch's broadcast of two shapes, with its exact error text.
  static func broadcast(_ a: [Int], _ b: [Int]) throws -> [Int] {
    let rank = max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for offset in 0..<rank {
      let i = rank - 1 - offset
      let sizeA = offset < a.count ? a[a.count - 1 - offset] : 1
      let sizeB = offset < b.count ? b[b.count - 1 - offset] : 1
      if sizeA == sizeB || sizeB == 1 {
        result[i] = sizeA
      } else if sizeA == 1 {
        result[i] = sizeB
      } else {
        throw AutogradError.runtime(
          "The size of tensor a (\(sizeA)) must match the size of tensor b (\(sizeB)) at non-singleton dimension \(i)"
        )
      }
    }
    return result
  }

  /// Whether a tensor of `source` shape broadcasts to exactly `target`.
  static func canExpand(_ source: [Int], to target: [Int]) -> Bool {
    guard source.count <= target.count else { return false }
    let lead = target.count - source.count
    for i in 0..<source.count where source[i] != 1 && source[i] != target[lead + i] { return false }
    return true
  }

  /// Strides that read a tensor of `shape`/`strides` as if expanded to `target` (0 for broadcast dims).
  static func expandedStrides(shape: [Int], strides: [Int], to target: [Int]) -> [Int] {
    var result = [Int](repeating: 0, count: target.count)
    let lead = target.count - shape.count
    for i in 0..<shape.count where shape[i] != 1 || target[lead + i] == 1 {
      result[lead + i] = shape[i] == 1 ? 0 : strides[i]
    }
    return result
  }

  /// Resolves a `view`/`reshape` size list with at most one `-1`, with PyTorch's messages.
  static func inferSize(_ requested: [Int], count: Int) throws -> [Int] {
    var inferred: Int? = nil
    var known = 1
    for (i, size) in requested.enumerated() {
      if size == -1 {
        if inferred != nil { throw AutogradError.runtime("only one dimension can be inferred") }
        inferred = i
      } else if size < 0 {
        throw AutogradError.runtime("invalid shape dimension \(size)")
      } else {
        let (product, overflow) = known.multipliedReportingOverflow(by: size)
        if overflow {
          throw AutogradError.runtime("shape '\(requested)' is invalid for input of size \(count)")
        }
        known = product
      }
    }
    var result = requested
    if let slot = inferred {
      guard known != 0, count % known == 0 else {
        if known == 0 {
          throw AutogradError.runtime(
            "cannot reshape tensor of \(count) elements into shape \(requested) because the unspecified dimension size -1 can be any value and is ambiguous"
          )
        }
        throw AutogradError.runtime("shape '\(requested)' is invalid for input of size \(count)")
      }
      result[slot] = count / known
    } else if known != count {
      throw AutogradError.runtime("shape '\(requested)' is invalid for input of size \(count)")
    }
    return result
  }

  /// Strides for viewing a tensor of `shape`/`strides` with `newShape` without copying, or nil if impossible.
  static func viewStrides(shape: [Int], strides: [Int], newShape: [Int]) -> [Int]? {
    if count(shape) == 0 { return contiguousStrides(newShape) }
    // Drop size-1 dims, then match chunks of contiguous-in-memory dims.
    var newStrides = [Int](repeating: 0, count: newShape.count)
    var viewD = newShape.count - 1
    var chunkBase = strides.last ?? 1
    var tensorElements = 1
    var viewElements = 1
    if shape.isEmpty {
      for i in 0..<newShape.count { newStrides[i] = 1 }
      return newStrides
    }
    for tensorD in stride(from: shape.count - 1, through: 0, by: -1) {
      tensorElements *= shape[tensorD]
      let isChunkEnd =
        tensorD == 0 || (shape[tensorD - 1] != 1 && strides[tensorD - 1] != tensorElements * chunkBase)
      if isChunkEnd {
        while viewD >= 0 && (viewElements < tensorElements || newShape[viewD] == 1) {
          newStrides[viewD] = viewElements * chunkBase
          viewElements *= newShape[viewD]
          viewD -= 1
        }
        if viewElements != tensorElements { return nil }
        if tensorD > 0 {
          chunkBase = strides[tensorD - 1]
          tensorElements = 1
          viewElements = 1
        }
      }
    }
    if viewD != -1 { return nil }
    return newStrides
  }
}
