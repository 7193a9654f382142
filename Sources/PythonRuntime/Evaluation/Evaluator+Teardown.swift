/// Releasing a finished session's data, including reference cycles Python's collector would break.
extension Evaluator {
  /// Empties every scope reachable from the globals (closures refer to the scopes that hold them),
  /// walking iteratively so deeply nested data cannot exhaust the stack.
  func tearDown() {
    canFinalizeGenerators = false
    var pending: [Value] = globals.boundValues
    var visited = Set<ObjectIdentifier>()
    var scopes: [Scope] = []
    globals.removeAll()
    loadedModules.removeAll()
    lastCellValue = nil
    // Classes hold their methods, whose closures may hold instances of the classes.
    for cls in userClasses.values { pending.append(contentsOf: cls.removeAll()) }
    userClasses.removeAll()
    while let value = pending.popLast() {
      switch value {
      case .list(let list):
        if visited.insert(ObjectIdentifier(list)).inserted { pending.append(contentsOf: list.elements) }
      case .tuple(let elements):
        pending.append(contentsOf: elements)
      case .dict(let dict):
        if visited.insert(ObjectIdentifier(dict)).inserted { pending.append(contentsOf: dict.values) }
      case .function(let function):
        guard visited.insert(ObjectIdentifier(function)).inserted else { continue }
        pending.append(contentsOf: function.defaults.values)
        var scope = function.closure
        while let current = scope, visited.insert(ObjectIdentifier(current)).inserted {
          pending.append(contentsOf: current.boundValues)
          scopes.append(current)
          scope = current.enclosing
        }
      case .native(let instance as InstanceObject):
        guard visited.insert(ObjectIdentifier(instance)).inserted else { continue }
        pending.append(contentsOf: instance.removeOwnAttributes())
      default:
        break
      }
    }
    for scope in scopes { scope.removeAll() }
    for index in pending.indices { ValueDisposer.dispose(&pending[index]) }
  }
}
