/// Reading, binding and deleting names with Python's scoping rules (LEGB, `global`, `nonlocal`).
///
/// A name's slot in a scope is found once and kept in its ``NameReference``; only a miss (a new
/// scope layout, or a name the layout lacks) looks the name up by hashing it.
extension Evaluator {
  /// The value `reference` names, as read in `scope`.
  @inline(__always)
  func lookup(_ reference: NameReference, in scope: Scope) throws -> Value {
    let slot = reference.slot(in: scope.layout)
    if let value = scope.value(at: slot) { return value }
    return try lookupUnbound(reference, slot: slot, in: scope)
  }

  /// `lookup` when the scope's own slot is unbound or missing: builtins, enclosing scopes, globals.
  private func lookupUnbound(_ reference: NameReference, slot: Int, in scope: Scope) throws -> Value {
    if scope.isGlobal { return try builtin(reference) }
    let name = reference.name
    if slot >= 0 {
      // An unbound comprehension target reads the enclosing scope's variable, as Python's does.
      if scope.definition == nil, let enclosing = scope.enclosing {
        return try lookup(reference, in: enclosing)
      }
      // An unbound name in a class body at module level reads the globals, as CPython's does.
      if scope.isClassBody {
        if let value = globals.value(at: reference.globalSlot(in: globals.layout)) { return value }
        return try builtin(reference)
      }
      throw PythonError(
        .unboundLocalError,
        "cannot access local variable '\(name)' where it is not associated with a value")
    }
    if !declaresGlobal(name, scope) {
      var current = scope.enclosing
      while let enclosing = current {
        if !enclosing.isGlobal, let enclosingSlot = enclosing.layout.slot(of: name) {
          if let value = enclosing.value(at: enclosingSlot) { return value }
          throw PythonError(
            .nameError,
            "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"
          )
        }
        current = enclosing.enclosing
      }
    }
    if let value = globals.value(at: reference.globalSlot(in: globals.layout)) { return value }
    return try builtin(reference)
  }

  private func builtin(_ reference: NameReference) throws -> Value {
    if let entry = builtins[reference.name] { return entry.value }
    throw PythonError(.nameError, "name '\(reference.name)' is not defined")
  }

  /// Whether the function whose call `scope` is declares `name` global.
  @inline(__always)
  private func declaresGlobal(_ name: String, _ scope: Scope) -> Bool {
    guard let globalNames = scope.definition?.globalNames, !globalNames.isEmpty else { return false }
    return globalNames.contains(name)
  }

  func assignName(_ name: String, _ value: Value, in scope: Scope) throws {
    try assignName(NameReference(name), value, in: scope)
  }

  /// Binds `reference` to `value` in `scope` (or where `global`/`nonlocal` sends it).
  @inline(__always)
  func assignName(_ reference: NameReference, _ value: Value, in scope: Scope) throws {
    if scope.definition?.declaresScopes != true {
      let slot = reference.slot(in: scope.layout)
      if slot >= 0 {
        if var old = scope.replace(at: slot, with: value) { ValueDisposer.dispose(&old) }
        return
      }
    }
    try assignNameSlowly(reference, value, in: scope)
  }

  private func assignNameSlowly(_ reference: NameReference, _ value: Value, in scope: Scope) throws {
    if let definition = scope.definition, definition.declaresScopes {
      let name = reference.name
      if declaresGlobal(name, scope) {
        globals[name] = value
        return
      }
      if definition.nonlocalNames.contains(name) {
        var current = scope.enclosing
        while let enclosing = current {
          if !enclosing.isGlobal, enclosing.holds(name) {
            enclosing[name] = value
            return
          }
          current = enclosing.enclosing
        }
        throw PythonError(.syntaxError, "no binding for nonlocal '\(name)' found")
      }
    }
    var slot = reference.slot(in: scope.layout)
    if slot < 0 { slot = scope.layout.add(reference.name) }
    if var old = scope.replace(at: slot, with: value) { ValueDisposer.dispose(&old) }
  }

  func deleteName(_ reference: NameReference, in scope: Scope) throws {
    let name = reference.name
    if !scope.isGlobal, !declaresGlobal(name, scope) {
      guard var removed = scope.removeValue(forName: name) else {
        throw PythonError(
          .unboundLocalError,
          "cannot access local variable '\(name)' where it is not associated with a value")
      }
      ValueDisposer.dispose(&removed)
    } else {
      guard var removed = globals.removeValue(forName: name) else {
        throw PythonError(.nameError, "name '\(name)' is not defined")
      }
      ValueDisposer.dispose(&removed)
    }
  }
}
