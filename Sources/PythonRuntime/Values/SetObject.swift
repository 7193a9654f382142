/// The mutable storage behind a Python `set`: unique hashable elements in insertion order.
///
/// Removal leaves a tombstone that later compaction clears, so deleting is O(1) amortized.
public final class SetObject {
  private var slots: [Value?] = []
  private var index: [HashKey: Int] = [:]
  private var removedCount = 0

  public init() {}

  public init(_ values: [Value]) throws {
    index.reserveCapacity(values.count)
    slots.reserveCapacity(values.count)
    for value in values { try insert(value) }
  }

  public var count: Int { slots.count - removedCount }

  /// Elements in insertion order.
  public var elements: [Value] { slots.compactMap { $0 } }

  public func contains(_ value: Value) throws -> Bool {
    index[try HashKey(value)] != nil
  }

  public func insert(_ value: Value) throws {
    let key = try HashKey(value)
    guard index[key] == nil else { return }
    index[key] = slots.count
    slots.append(value)
  }

  /// Removes `value`; returns whether it was present.
  @discardableResult
  public func remove(_ value: Value) throws -> Bool {
    guard let position = index.removeValue(forKey: try HashKey(value)) else { return false }
    slots[position] = nil
    removedCount += 1
    if removedCount > 32 && removedCount * 2 > slots.count {
      slots = slots.filter { $0 != nil }
      removedCount = 0
      index = [:]
      for (offset, slot) in slots.enumerated() {
        if let slot, let key = try? HashKey(slot) { index[key] = offset }
      }
    }
    return true
  }

  public func removeAll() {
    slots = []
    index = [:]
    removedCount = 0
  }

  /// A copy that does not share storage with this set.
  public func copy() -> SetObject {
    let other = SetObject()
    other.slots = slots
    other.index = index
    other.removedCount = removedCount
    return other
  }
}
