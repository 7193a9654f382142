/// A namespace of variables: the session's globals, one function call's locals, or a comprehension's
/// targets.
///
/// Values sit in slots given by the scope's ``ScopeLayout``; nil is an unbound name. Function scopes
/// link to the scope they were defined in, so closures see later rebinding of enclosing variables (as
/// Python's cells do).
final class Scope {
  let layout: ScopeLayout
  /// The enclosing function scope (nil for globals and top-level functions).
  let enclosing: Scope?
  /// The function whose call this scope is; nil for globals and comprehensions.
  let definition: FunctionDefinition?
  /// True for the session's globals, where every name is global and new names extend the layout.
  let isGlobal: Bool
  /// True for a class body's namespace: functions defined in it do not see its names.
  let isClassBody: Bool
  /// For a call of a method defined in a class body: that class (for `super()`).
  var definingClass: ClassObject?

  // The slots live in memory the scope owns rather than in an Array: an Array's copy-on-write
  // uniqueness check and buffer retain on every store were a third of a loop's name handling.
  // Unchecked: used on every evaluated name; the runtime checks were ~40% of a loop's instructions.
  @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Value?>
  /// How many slots `storage` holds, all initialized (missing trailing slots are unbound).
  @exclusivity(unchecked) private(set) var count: Int
  /// How many slots `storage` has room for.
  private var capacity: Int

  /// The session's global namespace.
  init(globals: ()) {
    layout = ScopeLayout([])
    enclosing = nil
    definition = nil
    isGlobal = true
    isClassBody = false
    count = 0
    capacity = 0
    storage = .allocate(capacity: 0)
  }

  /// A function call's or comprehension's scope, its names all unbound.
  init(layout: ScopeLayout, enclosing: Scope?, definition: FunctionDefinition?, isClassBody: Bool = false) {
    self.layout = layout
    self.enclosing = enclosing
    self.definition = definition
    self.isClassBody = isClassBody
    isGlobal = false
    count = layout.count
    capacity = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// Whether `name` belongs to this scope (for globals: has ever been bound).
  func holds(_ name: String) -> Bool { layout.slot(of: name) != nil }

  /// The value in `slot`, nil when unbound.
  @inline(__always)
  func value(at slot: Int) -> Value? {
    slot >= 0 && slot < count ? storage[slot] : nil
  }

  /// Binds `slot` (a slot of the layout) to `value`, returning the value it replaces.
  @inline(__always)
  func replace(at slot: Int, with value: Value?) -> Value? {
    if slot >= count { grow(to: slot + 1) }
    let old = (storage + slot).move()
    (storage + slot).initialize(to: value)
    return old
  }

  private func grow(to newCount: Int) {
    if newCount > capacity {
      capacity = max(newCount, capacity * 2, 8)
      let larger = UnsafeMutablePointer<Value?>.allocate(capacity: capacity)
      larger.moveInitialize(from: storage, count: count)
      storage.deallocate()
      storage = larger
    }
    (storage + count).initialize(repeating: nil, count: newCount - count)
    count = newCount
  }

  /// The value bound to `name`, nil when unbound. Setting nil unbinds it.
  subscript(name: String) -> Value? {
    get { layout.slot(of: name).flatMap { value(at: $0) } }
    set {
      if newValue == nil, layout.slot(of: name) == nil { return }
      _ = replace(at: layout.add(name), with: newValue)
    }
  }

  /// Unbinds `name`, returning its value (nil if it was unbound).
  func removeValue(forName name: String) -> Value? {
    guard let slot = layout.slot(of: name), slot < count else { return nil }
    return replace(at: slot, with: nil)
  }

  /// Every bound value, in slot order.
  var boundValues: [Value] {
    (0..<count).compactMap { value(at: $0) }
  }

  /// Unbinds every name (values are released in slot order).
  func removeAll() {
    for slot in 0..<count { _ = replace(at: slot, with: nil) }
  }
}
