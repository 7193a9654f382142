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

  /// Number of elements, computed without overflow.
  public var count: Int {
    if step > 0 {
      guard start < stop else { return 0 }
      let span = Double(stop) - Double(start)
      if span > Double(Int.max) { return Int.max }
      let distance = stop &- start
      return (distance - 1) / step + 1
    } else {
      guard start > stop else { return 0 }
      let span = Double(start) - Double(stop)
      if span > Double(Int.max) { return Int.max }
      let distance = start &- stop
      return (distance - 1) / (-step) + 1
    }
  }

  /// The element at `offset` (0 ≤ offset < count).
  public func element(at offset: Int) -> Int {
    start &+ offset &* step
  }
}
