/// Finds which names a function assigns (its locals) and its `global` / `nonlocal` declarations.
enum ScopeAnalyzer {
  static func analyze(parameters: [FunctionDefinition.Parameter], body: [Statement])
    -> (locals: Set<String>, globals: Set<String>, nonlocals: Set<String>)
  {
    var assigned: Set<String> = Set(parameters.map(\.name))
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    collect(body, &assigned, &globals, &nonlocals)
    return (assigned.subtracting(globals).subtracting(nonlocals), globals, nonlocals)
  }

  private static func collect(
    _ statements: [Statement], _ assigned: inout Set<String>, _ globals: inout Set<String>,
    _ nonlocals: inout Set<String>
  ) {
    for statement in statements {
      switch statement {
      case .assign(let targets, _, _):
        for target in targets { targetNames(target, &assigned) }
      case .augmentedAssign(let target, _, _, _), .annotatedAssign(let target, _, _):
        targetNames(target, &assigned)
      case .ifStatement(let branches, let orElse, _):
        for (_, body) in branches { collect(body, &assigned, &globals, &nonlocals) }
        if let orElse { collect(orElse, &assigned, &globals, &nonlocals) }
      case .whileLoop(_, let body, let orElse, _):
        collect(body, &assigned, &globals, &nonlocals)
        if let orElse { collect(orElse, &assigned, &globals, &nonlocals) }
      case .forLoop(let target, _, let body, let orElse, _):
        targetNames(target, &assigned)
        collect(body, &assigned, &globals, &nonlocals)
        if let orElse { collect(orElse, &assigned, &globals, &nonlocals) }
      case .functionDefinition(let inner, _, _):
        assigned.insert(inner.name)
      case .classDefinition(let inner, _, _):
        assigned.insert(inner.name)
      case .with(let items, let body, _):
        for (_, target) in items { if let target { targetNames(target, &assigned) } }
        collect(body, &assigned, &globals, &nonlocals)
      case .tryStatement(let body, let handlers, let orElse, let finally, _):
        collect(body, &assigned, &globals, &nonlocals)
        for handler in handlers {
          if let name = handler.name { assigned.insert(name) }
          collect(handler.body, &assigned, &globals, &nonlocals)
        }
        if let orElse { collect(orElse, &assigned, &globals, &nonlocals) }
        if let finally { collect(finally, &assigned, &globals, &nonlocals) }
      case .delete(let targets, _):
        for target in targets { targetNames(target, &assigned) }
      case .importModules(let modules, _):
        for (name, alias) in modules {
          assigned.insert(alias ?? String(name.split(separator: ".").first ?? ""))
        }
      case .importFrom(_, let names, _):
        for (name, alias) in names where name != "*" { assigned.insert(alias ?? name) }
      case .global(let names, _):
        globals.formUnion(names)
      case .nonlocal(let names, _):
        nonlocals.formUnion(names)
      default:
        break
      }
    }
  }

  private static func targetNames(_ target: Expression, _ names: inout Set<String>) {
    switch target {
    case .name(let reference, _): names.insert(reference.name)
    case .tuple(let elements, _), .list(let elements, _):
      for element in elements { targetNames(element, &names) }
    case .starred(let inner, _): targetNames(inner, &names)
    default: break
    }
  }
}
