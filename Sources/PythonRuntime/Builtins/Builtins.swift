/// The builtins namespace every cell sees: functions by group (one file each), the built-in types,
/// the exception classes and `Ellipsis`. Built once; its values are immutable and shared by sessions.
enum Builtins {
  /// Name → value, and any name two groups both declare (the tests require none).
  static let namespace = Namespace<Entry>(
    [text, numbers, iteration, introspection, sandbox, ClassBuiltins.functions].joined().map { ($0.name, Entry.function($0)) }
      + types.map { ($0.name, Entry.type($0)) }
      + PythonError.Kind.allCases.map { ($0.rawValue, Entry.type($0.type)) }
      + ClassBuiltins.types.map { ($0.name, Entry.type($0)) }
      + [("Ellipsis", .ellipsis), ("NotImplemented", .notImplemented)])

  /// What a builtin name is bound to: immutable, so the one namespace serves every session.
  enum Entry: Sendable {
    case function(BuiltinFunction)
    case type(TypeObject)
    case ellipsis
    case notImplemented

    /// The entry as a cell sees it.
    @inline(__always)
    var value: Value {
      switch self {
      case .function(let function): return .builtin(function)
      case .type(let type): return .type(type)
      case .ellipsis: return .ellipsis
      case .notImplemented: return .native(NotImplementedObject.shared)
      }
    }
  }

  /// The built-in types cells may name and call.
  static let types: [TypeObject] = [
    .int, .float, .bool, .str, .list, .tuple, .dict, .set, .range, .type, .object, .slice,
  ]

  /// A builtin whose body gets the session's evaluator.
  static func function(_ name: String, _ body: @escaping @Sendable (Arguments, Evaluator) throws -> Value)
    -> BuiltinFunction
  {
    BuiltinFunction(name: name) { arguments, context in try body(arguments, context.evaluator) }
  }

  static func single(_ arguments: Arguments, _ name: String) throws -> Value {
    if !arguments.keywords.isEmpty { throw PythonError.typeError("\(name)() takes no keyword arguments") }
    guard arguments.positional.count == 1 else {
      throw PythonError.typeError(
        "\(name)() takes exactly one argument (\(arguments.positional.count) given)")
    }
    return arguments.positional[0]
  }

  /// The one optional positional argument of `name(x=?)`, with CPython's messages.
  static func optionalSingle(_ arguments: Arguments, _ name: String) throws -> Value? {
    if !arguments.keywords.isEmpty { throw PythonError.typeError("\(name)() takes no keyword arguments") }
    guard arguments.positional.count <= 1 else {
      throw PythonError.typeError("\(name) expected at most 1 argument, got \(arguments.positional.count)")
    }
    return arguments.positional.first
  }
}
