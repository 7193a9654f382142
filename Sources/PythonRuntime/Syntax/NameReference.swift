/// A use of a name in the syntax tree (a variable read, an assignment or `del` target).
///
/// Besides the name it carries the evaluator's caches of where the name lives, filled on first use:
/// a syntax tree belongs to the one session that parsed it, so the caches stay valid for its life.
final class NameReference {
  let name: String
  // Unchecked: read on every evaluated name; the runtime checks were ~40% of a loop's instructions.
  /// The name's slot in the scope it is used in (a function's locals, a comprehension, or globals).
  @exclusivity(unchecked) private var local = SlotCache()
  /// The name's slot among the globals, for uses inside functions that fall through to them.
  @exclusivity(unchecked) private var global = SlotCache()

  init(_ name: String) {
    self.name = name
  }

  /// The name's slot in `layout` of the scope it is used in, or -1.
  @inline(__always)
  func slot(in layout: ScopeLayout) -> Int {
    local.slot(in: layout) ?? local.resolve(name, in: layout)
  }

  /// The name's slot in the globals' `layout`, or -1.
  @inline(__always)
  func globalSlot(in layout: ScopeLayout) -> Int {
    global.slot(in: layout) ?? global.resolve(name, in: layout)
  }
}
