/// The mutable storage behind a Python `set`: unique hashable elements in insertion order.
public final class SetObject {
  public private(set) var elements: [Value] = []
  private var index: [HashKey: Int] = [:]

  public init() {}

  public init(_ values: [Value]) throws {
    for value in values { try insert(value) }
  }

  public var count: Int { elements.count }

  public func contains(_ value: Value) throws -> Bool {
    index[try HashKey(value)] != nil
  }

  public func insert(_ value: Value) throws {
    let key = try HashKey(value)
    if index[key] == nil {
      index[key] = elements.count
      elements.append(value)
    }
  }

  /// Removes `value`; returns whether it was present.
  @discardableResult
  public func remove(_ value: Value) throws -> Bool {
    let key = try HashKey(value)
    guard let position = index[key] else { return false }
    elements.remove(at: position)
    index = [:]
    for (offset, element) in elements.enumerated() {
      if let elementKey = try? HashKey(element) { index[elementKey] = offset }
    }
    return true
  }

  public func removeAll() {
    elements = []
    index = [:]
  }

  /// A copy that does not share storage with this set.
  public func copy() -> SetObject {
    let other = SetObject()
    other.elements = elements
    other.index = index
    return other
  }
}
