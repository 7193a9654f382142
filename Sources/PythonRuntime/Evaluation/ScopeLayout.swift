/// The names a scope holds and the slot of each: a function's locals (fixed when it is analyzed,
/// parameters first), a comprehension's targets, or the session's globals (which grow as cells
/// assign new names). Scopes keep values in an array indexed by slot, so a name resolved once
/// (see ``SlotCache``) is read without hashing it again.
final class ScopeLayout {
  /// Each slot's name, in slot order.
  private(set) var names: [String] = []
  private var slots: [String: Int] = [:]

  init<Names: Sequence>(_ names: Names) where Names.Element == String {
    for name in names { _ = add(name) }
  }

  /// How many slots there are (layouts only grow).
  var count: Int { names.count }

  /// The slot of `name`, or nil if this layout has none.
  func slot(of name: String) -> Int? { slots[name] }

  /// The slot of `name`, added at the end if it is new.
  func add(_ name: String) -> Int {
    if let slot = slots[name] { return slot }
    names.append(name)
    slots[name] = names.count - 1
    return names.count - 1
  }
}
