/// A namespace of variables: the session's globals, or one function call's locals.
///
/// Function scopes link to the scope they were defined in, so closures see later rebinding of
/// enclosing variables (as Python's cells do).
final class Scope {
  var values: [String: Value] = [:]
  /// The enclosing function scope (nil for globals and top-level functions).
  let enclosing: Scope?
  /// The function whose call this scope is; nil for globals.
  let definition: FunctionDefinition?
  /// Names local to this scope (nil for globals, where every name is global).
  let localNames: Set<String>?

  init(enclosing: Scope?, definition: FunctionDefinition?, localNames: Set<String>?) {
    self.enclosing = enclosing
    self.definition = definition
    self.localNames = localNames
  }
}
