/// The mutable storage behind a Python `dict`: hashable keys in insertion order.
///
/// Removal leaves a tombstone that later compaction clears, so deleting is O(1) amortized.
public final class DictObject {
  private var slots: [(key: Value, value: Value)?] = []
  private var index: [HashKey: Int] = [:]
  private var removedCount = 0

  /// Which `collections` dict subclass the dict is, if any: its type, repr and extra behaviour.
  ///
  /// Bindings make one with `DictObject(style: .orderedDict)` (a module's `state_dict()`) or
  /// `DictObject(style: .defaultDict(factory: "dict"))` (an optimizer's `state`); cells get the same values from
  /// `collections`.
  public enum DisplayStyle: Sendable, Equatable {
    /// A plain `dict`: `{key: value}`.
    case plain
    /// `collections.OrderedDict`: `OrderedDict([(key, value), ...])`, order-sensitive equality, `move_to_end`.
    case orderedDict
    /// `collections.defaultdict`: `defaultdict(<class 'factory'>, {key: value})`; a missing key is set to
    /// ``defaultFactory``'s result or, when that is nil, to an empty value of the built-in type named `factory`.
    case defaultDict(factory: String)
    /// `collections.Counter`: `Counter({key: count})` by count, a missing key counts 0.
    case counter
  }

  public var displayStyle = DisplayStyle.plain
  /// A defaultdict's `default_factory` as a cell set it (`.none` for None); see ``DisplayStyle/defaultDict(factory:)``.
  public var defaultFactory: Value?

  public init() {}

  /// An empty dict of the given `collections` flavour.
  public convenience init(style: DisplayStyle) {
    self.init()
    displayStyle = style
  }

  /// The dict's Python type: `dict`, or the `collections` subclass its style stands for.
  public var pythonType: TypeObject {
    switch displayStyle {
    case .plain: return .dict
    case .orderedDict: return .orderedDict
    case .defaultDict: return .defaultDict
    case .counter: return .counter
    }
  }

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

  /// A shallow copy that does not share storage with this dict, of the same flavour (as `copy()` of a
  /// `collections` dict is).
  public func copy() -> DictObject {
    let other = DictObject()
    other.slots = slots
    other.index = index
    other.removedCount = removedCount
    other.displayStyle = displayStyle
    other.defaultFactory = defaultFactory
    return other
  }

  /// Moves `key` to the end (or, when `last` is false, to the front); false when the key is absent.
  public func moveToEnd(_ key: Value, last: Bool) throws -> Bool {
    let hashKey = try HashKey(key)
    guard let position = index[hashKey], let entry = slots[position] else { return false }
    if last {
      slots[position] = nil
      removedCount += 1
      index[hashKey] = slots.count
      slots.append(entry)
      if removedCount > 32 && removedCount * 2 > slots.count { compact() }
    } else {
      slots[position] = nil
      slots = [entry] + slots.filter { $0 != nil }
      removedCount = 0
      index = [:]
      for (offset, slot) in slots.enumerated() {
        if let slot, let slotKey = try? HashKey(slot.key) { index[slotKey] = offset }
      }
    }
    return true
  }
}
