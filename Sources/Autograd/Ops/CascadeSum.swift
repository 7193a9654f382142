/// PyTorch's CPU summation order for floating tensors, so sums and means match bit for bit.
///
/// PyTorch sums with interleaved partial accumulators ("ilp" of 4), 8-lane (float32) or 4-lane (float64)
/// vectors for contiguous rows of at least one vector, and a cascade of four accumulator levels for long
/// rows. The order of additions decides the float result, so this reproduces it.
enum CascadeSum {
  static let levels = 4
  static let interleave = 4

  /// Sums `count` items (each `width` contiguous lanes) at `base + i * stride`, in groups of `rows`
  /// interleaved accumulators with cascading levels; returns `rows × width` partial sums.
  @inline(__always)
  static func multiRowSum<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, base: Int, rowStride: Int, columnStride: Int, size: Int, rows: Int, width: Int
  ) -> [T] {
    var power = 4
    var ceilLog2 = 0
    while (1 << ceilLog2) < size { ceilLog2 += 1 }
    power = Swift.max(4, ceilLog2 / levels)
    let step = 1 << power
    let mask = step - 1
    let slots = rows * width
    var acc = [T](repeating: 0, count: levels * slots)
    func add(row i: Int) {
      let rowBase = base + i * rowStride
      for k in 0..<rows {
        let itemBase = rowBase + k * columnStride
        for lane in 0..<width { acc[k * width + lane] += x[itemBase + lane] }
      }
    }
    var i = 0
    while i + step <= size {
      for j in 0..<step { add(row: i + j) }
      i += step
      for level in 1..<levels {
        for slot in 0..<slots {
          acc[level * slots + slot] += acc[(level - 1) * slots + slot]
          acc[(level - 1) * slots + slot] = 0
        }
        if (i & (mask << (level * power))) != 0 { break }
      }
    }
    while i < size {
      add(row: i)
      i += 1
    }
    for level in 1..<levels {
      for slot in 0..<slots { acc[slot] += acc[level * slots + slot] }
    }
    return Array(acc[0..<slots])
  }

  /// One row of `size` items (`width` lanes each) at `base + i * stride`: 4 interleaved partials, combined.
  @inline(__always)
  static func rowSum<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, base: Int, stride: Int, size: Int, width: Int
  ) -> [T] {
    let groups = size / interleave
    var partial = multiRowSum(
      x, base: base, rowStride: stride * interleave, columnStride: stride, size: groups, rows: interleave, width: width)
    for i in (groups * interleave)..<Swift.max(size, groups * interleave) {
      for lane in 0..<width { partial[lane] += x[base + i * stride + lane] }
    }
    for k in 1..<interleave {
      for lane in 0..<width { partial[lane] += partial[k * width + lane] }
    }
    return Array(partial[0..<width])
  }

  /// Sum of a contiguous row of `size` values starting at `base` (PyTorch's inner reduction).
  static func innerSum<T: BinaryFloatingPoint>(_ x: UnsafeBufferPointer<T>, base: Int, size: Int, lanes: Int) -> T {
    if size < lanes {
      return rowSum(x, base: base, stride: 1, size: size, width: 1)[0]
    }
    let vectors = size / lanes
    let vectorSum = rowSum(x, base: base, stride: lanes, size: vectors, width: lanes)
    var total: T = 0
    for k in (vectors * lanes)..<size { total += x[base + k] }
    for lane in 0..<lanes { total += vectorSum[lane] }
    return total
  }

  /// Column sums of a contiguous `rows × columns` block at `base` (PyTorch's outer reduction).
  static func outerSum<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, base: Int, rows: Int, columns: Int, lanes: Int
  ) -> [T] {
    var result = [T](repeating: 0, count: columns)
    var j = 0
    if columns >= lanes {
      while j + interleave * lanes <= columns {
        let sums = multiRowSum(
          x, base: base + j, rowStride: columns, columnStride: lanes, size: rows, rows: interleave, width: lanes)
        for k in 0..<(interleave * lanes) { result[j + k] = sums[k] }
        j += interleave * lanes
      }
      while j + lanes <= columns {
        let sums = rowSum(x, base: base + j, stride: columns, size: rows, width: lanes)
        for k in 0..<lanes { result[j + k] = sums[k] }
        j += lanes
      }
    } else {
      while j + interleave - 1 < columns {
        let sums = multiRowSum(
          x, base: base + j, rowStride: columns, columnStride: 1, size: rows, rows: interleave, width: 1)
        for k in 0..<interleave { result[j + k] = sums[k] }
        j += interleave
      }
    }
    while j < columns {
      result[j] = rowSum(x, base: base + j, stride: columns, size: rows, width: 1)[0]
      j += 1
    }
    return result
  }

  /// Sums contiguous row-major `values` shaped `(outer, reduced, inner)` over the middle axis,
  /// in float32 (`lanes` 8; also float16 and bfloat16, which PyTorch accumulates in float) or float64
  /// (`lanes` 4) arithmetic, as PyTorch orders it.
  static func sum(_ values: [Double], outer: Int, reduced: Int, inner: Int, dtype: DType) -> [Double] {
    if dtype.computesInFloat {
      let singles = values.map { Float($0) }
      return singles.withUnsafeBufferPointer { buffer in
        sum(buffer, outer: outer, reduced: reduced, inner: inner, lanes: 8).map { Double($0) }
      }
    }
    return values.withUnsafeBufferPointer { buffer in
      sum(buffer, outer: outer, reduced: reduced, inner: inner, lanes: 4)
    }
  }

  static func sum<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, outer: Int, reduced: Int, inner: Int, lanes: Int
  ) -> [T] {
    var result: [T] = []
    result.reserveCapacity(outer * inner)
    for o in 0..<outer {
      let base = o * reduced * inner
      if inner == 1 {
        result.append(innerSum(x, base: base, size: reduced, lanes: lanes))
      } else {
        result.append(contentsOf: outerSum(x, base: base, rows: reduced, columns: inner, lanes: lanes))
      }
    }
    return result
  }
}
