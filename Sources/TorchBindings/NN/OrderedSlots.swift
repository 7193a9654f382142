/// Named slots in registration order, as a module's `_parameters`, `_buffers` and `_modules` keep them
/// (a Python dict: re-assigning a name keeps its place, deleting it removes it).
struct OrderedSlots<Element> {
  private(set) var names: [String] = []
  private var storage: [String: Element] = [:]

  subscript(name: String) -> Element? { storage[name] }

  func contains(_ name: String) -> Bool { storage[name] != nil }

  mutating func set(_ name: String, _ element: Element) {
    if storage.updateValue(element, forKey: name) == nil { names.append(name) }
  }

  mutating func remove(_ name: String) {
    guard storage.removeValue(forKey: name) != nil else { return }
    names.removeAll { $0 == name }
  }

  /// The entries in order.
  var entries: [(name: String, element: Element)] {
    names.compactMap { name in storage[name].map { (name, $0) } }
  }

  var count: Int { names.count }
}
