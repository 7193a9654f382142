/// Members of the language's own objects: types, functions, modules, slices and exceptions.
enum IntrospectionMembers {
  /// `type`'s (the metatype's): what every class answers.
  static let type = MemberTable([
    [
      name(of: "type") { if case .type(let type) = $0 { type.name } else { nil } },
      qualifiedName(of: "type") { if case .type(let type) = $0 { type.name } else { nil } },
    ]
  ])

  static let function = MemberTable([
    [
      name(of: "function") {
        if case .function(let function) = $0 { function.displayName("__name__") } else { nil }
      },
      qualifiedName(of: "function") {
        if case .function(let function) = $0 { function.displayName("__qualname__") } else { nil }
      },
      .property("__doc__") { receiver, _ in
        if case .function(let function) = receiver { return function.documentation }
        return .none
      },
      .property("__module__") { receiver, _ in
        if case .function(let function) = receiver, let module = function.ownAttribute("__module__") {
          return module
        }
        return .string("__main__")
      },
      .property("__dict__") { receiver, _ in
        guard case .function(let function) = receiver else { return .none }
        return .dict(function.attributeDictionary())
      },
    ]
  ])

  static let builtinFunction = MemberTable([
    [
      name(of: "builtin_function_or_method") {
        if case .builtin(let function) = $0 { function.name } else { nil }
      },
      qualifiedName(of: "builtin_function_or_method") {
        if case .builtin(let function) = $0 { function.name } else { nil }
      },
    ]
  ])

  static let module = MemberTable([
    [name(of: "module") { if case .module(let module) = $0 { module.name } else { nil } }]
  ])

  static let slice = MemberTable([
    [
      .builtinProperty("start", of: "slice", unwrap: unwrapSlice) { $0.start },
      .builtinProperty("stop", of: "slice", unwrap: unwrapSlice) { $0.stop },
      .builtinProperty("step", of: "slice", unwrap: unwrapSlice) { $0.step },
    ]
  ])

  /// `BaseException`'s (every exception class inherits them).
  static let exception = MemberTable([
    [
      .builtinProperty(
        "args", of: "BaseException", unwrap: { if case .exception(let e) = $0 { e } else { nil } }
      ) { (exception: ExceptionObject) in
        .tuple(exception.arguments)
      }
    ]
  ])

  private static func name(of typeName: String, _ read: @escaping @Sendable (Value) -> String?) -> Member {
    .builtinProperty("__name__", of: typeName, unwrap: read) { .string($0) }
  }

  private static func qualifiedName(of typeName: String, _ read: @escaping @Sendable (Value) -> String?)
    -> Member
  {
    .builtinProperty("__qualname__", of: typeName, unwrap: read) { .string($0) }
  }

  private static func unwrapSlice(_ value: Value) -> SliceValue? {
    if case .slice(let slice) = value { return slice }
    return nil
  }
}
