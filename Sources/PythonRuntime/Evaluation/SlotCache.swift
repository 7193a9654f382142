/// Where a name was last found in a layout: its slot there, or -1 when the layout (at that size)
/// has no such name. Kept in the syntax tree's ``NameReference``s so that a loop resolves each name
/// once instead of hashing it on every access.
struct SlotCache {
  private var layout: ScopeLayout?
  private var slot = -1
  /// The layout's size when `slot` was found to be -1 (a grown layout may have the name since).
  private var countWhenMissing = 0

  /// The cached slot for `layout` (-1: not there), or nil if the cache does not know.
  @inline(__always)
  func slot(in layout: ScopeLayout) -> Int? {
    guard self.layout === layout else { return nil }
    return slot >= 0 || countWhenMissing == layout.count ? slot : nil
  }

  /// Looks `name` up in `layout` and remembers the answer.
  mutating func resolve(_ name: String, in layout: ScopeLayout) -> Int {
    slot = layout.slot(of: name) ?? -1
    countWhenMissing = layout.count
    self.layout = layout
    return slot
  }
}
