/// A Python `range(start, stop, step)`; never materialised unless asked.
public struct RangeValue: Equatable {
  public var start: Int
  public var stop: Int
  public var step: Int

  public init(start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step == 0 ? 1 : step
  }

  /// Number of elements, computed without overflow; `Int.max` when there are more (see ``exactCount``).
  public var count: Int { exactCount ?? Int.max }

  /// Number of elements, or nil when there are more than `Int.max` (CPython's `len()` then raises
  /// OverflowError). The distance between the bounds always fits in 64 unsigned bits.
  public var exactCount: Int? { Int(exactly: unsignedCount) }

  /// Number of elements; always fits, since the distance between the bounds fits in 64 unsigned bits.
  var unsignedCount: UInt {
    guard step > 0 ? start < stop : start > stop else { return 0 }
    let distance = UInt(bitPattern: step > 0 ? stop &- start : start &- stop)
    return (distance - 1) / step.magnitude + 1
  }

  /// `range[index]` (a negative index counts from the end), or nil when out of range; exact for ranges of more
  /// than `Int.max` elements too, whose elements still fit (wrapping arithmetic lands on them).
  public func element(atIndex index: Int) -> Int? {
    let count = unsignedCount
    let offset: UInt
    if index >= 0 {
      guard UInt(index) < count else { return nil }
      offset = UInt(index)
    } else {
      guard index.magnitude <= count else { return nil }
      offset = count - index.magnitude
    }
    return start &+ Int(bitPattern: offset &* UInt(bitPattern: step))
  }

  /// The element at `offset` (0 ≤ offset < count).
  public func element(at offset: Int) -> Int {
    start &+ offset &* step
  }
}
