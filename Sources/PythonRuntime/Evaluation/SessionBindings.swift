/// A read-only look at a session between cells: its global variables and what the last cell ended with.
///
/// Tools that explain a cell's state (the autograd graph after a cell) read it; nothing here changes the session.
public struct SessionBindings {
  /// One global variable: its name and the value bound to it.
  public struct Binding {
    public var name: String
    public var value: Value
  }

  /// The session's global variables in name order (by Unicode scalars, so the order is the same everywhere),
  /// without dunder names such as `__name__`.
  public var globals: [Binding]
  /// The value of the last cell's final statement when that was an expression (shown or not), else nil.
  public var lastExpressionValue: Value?
  /// The plain names the last cell's final statement assigned (`y = z = x * 2` gives `y`, `z`); empty otherwise.
  public var lastAssignedNames: [String]

  /// The value bound to the global `name`, if any.
  public func value(named name: String) -> Value? {
    globals.first { $0.name == name }?.value
  }
}

extension Session {
  /// Runs `body` with the session's bindings, on the thread and inside the bindings' state that cells run in (so that
  /// what `body` reads, such as a tensor's printed form, is what a cell would see).
  public func withBindings<T>(_ body: (SessionBindings) -> T) -> T {
    guard let evaluator else {
      return body(SessionBindings(globals: [], lastExpressionValue: nil, lastAssignedNames: []))
    }
    var result: T?
    onLargeStack {
      evaluator.withinExtensions {
        let scope = evaluator.globals
        let globals = scope.layout.names.enumerated()
          .filter { !($0.element.hasPrefix("__") && $0.element.hasSuffix("__")) }
          .compactMap { slot, name in scope.value(at: slot).map { SessionBindings.Binding(name: name, value: $0) } }
          .sorted { $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) }
        let bindings = SessionBindings(
          globals: globals, lastExpressionValue: evaluator.lastCellValue,
          lastAssignedNames: evaluator.lastCellStatement.map(Self.assignedNames) ?? [])
        result = body(bindings)
      }
    }
    // The cell thread always runs its work before `onLargeStack` returns; the empty fallback only keeps this total.
    return result ?? body(SessionBindings(globals: [], lastExpressionValue: nil, lastAssignedNames: []))
  }

  /// The names a statement binds when it is an assignment to plain names (`a = b = …`, `a: float = …`).
  static func assignedNames(_ statement: Statement) -> [String] {
    switch statement {
    case .assign(let targets, _, _):
      return targets.compactMap { if case .name(let name, _) = $0 { return name.name } else { return nil } }
    case .annotatedAssign(let target, let value, _):
      guard value != nil, case .name(let name, _) = target else { return [] }
      return [name.name]
    case .augmentedAssign(let target, _, _, _):
      guard case .name(let name, _) = target else { return [] }
      return [name.name]
    default:
      return []
    }
  }
}
