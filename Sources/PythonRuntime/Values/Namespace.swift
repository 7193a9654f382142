/// Names bound to entries, gathered from declaration groups: a module's values (`Namespace<Value>`,
/// made per session), or the builtins' shareable entries.
///
/// A name declared twice keeps its first entry and is recorded in ``duplicates``, which the tests
/// require to be empty, so no declaration silently replaces another.
public struct Namespace<Entry> {
  /// The entries by name.
  public let values: [String: Entry]
  /// Names declared more than once, in declaration order.
  public let duplicates: [String]

  public init(_ entries: [(String, Entry)]) {
    var values: [String: Entry] = [:]
    var duplicates: [String] = []
    for (name, value) in entries {
      if values[name] == nil { values[name] = value } else { duplicates.append(name) }
    }
    self.values = values
    self.duplicates = duplicates
  }

}

extension Namespace: Sendable where Entry: Sendable {}

extension Namespace where Entry == Value {
  /// Functions under their own names.
  public init(functions: [BuiltinFunction]) {
    self.init(functions.map { ($0.name, .builtin($0)) })
  }
}
