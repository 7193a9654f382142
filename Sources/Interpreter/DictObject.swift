/// The mutable storage behind a Python `dict`: hashable keys in insertion order.
public final class DictObject {
  public private(set) var keys: [Value] = []
  public private(set) var values: [Value] = []
  private var index: [HashKey: Int] = [:]

  public init() {}

  public var count: Int { keys.count }

  public func get(_ key: Value) throws -> Value? {
    guard let position = index[try HashKey(key)] else { return nil }
    return values[position]
  }

  public func set(_ key: Value, _ value: Value) throws {
    let hashKey = try HashKey(key)
    if let position = index[hashKey] {
      values[position] = value
    } else {
      index[hashKey] = keys.count
      keys.append(key)
      values.append(value)
    }
  }

  /// Removes `key` and returns its value, or nil when absent.
  @discardableResult
  public func remove(_ key: Value) throws -> Value? {
    let hashKey = try HashKey(key)
    guard let position = index[hashKey] else { return nil }
    let value = values[position]
    keys.remove(at: position)
    values.remove(at: position)
    index = [:]
    for (offset, element) in keys.enumerated() {
      if let elementKey = try? HashKey(element) { index[elementKey] = offset }
    }
    return value
  }

  public func removeAll() {
    keys = []
    values = []
    index = [:]
  }

  /// A shallow copy that does not share storage with this dict.
  public func copy() -> DictObject {
    let other = DictObject()
    other.keys = keys
    other.values = values
    other.index = index
    return other
  }
}
