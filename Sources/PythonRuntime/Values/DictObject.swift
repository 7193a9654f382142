/// The mutable storage behind a Python `dict`: hashable keys in insertion order.
///
/// Removal leaves a tombstone that later compaction clears, so deleting is O(1) amortized.
public final class DictObject {
  private var slots: [(key: Value, value: Value)?] = []
  private var index: [HashKey: Int] = [:]
  private var removedCount = 0

  /// How repr writes a dict that stands for a `collections` dict subclass; it behaves as a dict otherwise.
  public enum DisplayStyle: Sendable, Equatable {
    /// `{key: value}`.
    case plain
    /// `OrderedDict([(key, value), ...])` (a module's `state_dict()`).
    case orderedDict
    /// `defaultdict(<class 'factory'>, {key: value})` (an optimizer's `state`).
    case defaultDict(factory: String)
  }

  public var displayStyle = DisplayStyle.plain

  public init() {}

  public var count: Int { slots.count - removedCount }

  /// Keys in insertion order.
  public var keys: [Value] { slots.compactMap { $0?.key } }

  /// Values in insertion order.
  public var values: [Value] { slots.compactMap { $0?.value } }

  /// Key-value pairs in insertion order.
  public var entries: [(key: Value, value: Value)] { slots.compactMap { $0 } }

  public func get(_ key: Value) throws -> Value? {
    guard let position = index[try HashKey(key)] else { return nil }
    return slots[position]?.value
  }

  public func set(_ key: Value, _ value: Value) throws {
    let hashKey = try HashKey(key)
    if let position = index[hashKey], let existing = slots[position] {
      slots[position] = (existing.key, value)
    } else {
      index[hashKey] = slots.count
      slots.append((key, value))
    }
  }

  /// Removes `key` and returns its value, or nil when absent.
  @discardableResult
  public func remove(_ key: Value) throws -> Value? {
    let hashKey = try HashKey(key)
    guard let position = index.removeValue(forKey: hashKey), let entry = slots[position] else { return nil }
    slots[position] = nil
    removedCount += 1
    if removedCount > 32 && removedCount * 2 > slots.count { compact() }
    return entry.value
  }

  private func compact() {
    slots = slots.filter { $0 != nil }
    removedCount = 0
    index = [:]
    for (offset, slot) in slots.enumerated() {
      if let slot, let key = try? HashKey(slot.key) { index[key] = offset }
    }
  }

  public func removeAll() {
    slots = []
    index = [:]
    removedCount = 0
  }

  /// A shallow copy that does not share storage with this dict.
  public func copy() -> DictObject {
    let other = DictObject()
    other.slots = slots
    other.index = index
    other.removedCount = removedCount
    return other
  }
}
