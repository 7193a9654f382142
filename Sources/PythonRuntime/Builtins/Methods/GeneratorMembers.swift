/// Members of generators (`send`, `throw`, `close`, their names) and of StopIteration (`value`).
enum GeneratorMembers {
  static let table = MemberTable([
    [
      .builtinProperty("__name__", of: "generator", unwrap: unwrap) { .string($0.name) },
      .builtinProperty("__qualname__", of: "generator", unwrap: unwrap) { .string($0.name) },
      .method("send", .custom) { (receiver: Value, arguments: Arguments, _: NativeContext) in
        let generator = try generator(receiver, "send")
        guard arguments.keywords.isEmpty, arguments.positional.count == 1 else {
          throw PythonError.typeError(
            "generator.send() takes exactly one argument (\(arguments.positional.count) given)")
        }
        if let value = try generator.send(arguments.positional[0]) { return value }
        throw Evaluator.stopIteration(generator.returnValue)
      },
      .method("throw", .custom) { (receiver: Value, arguments: Arguments, _: NativeContext) in
        let generator = try generator(receiver, "throw")
        guard arguments.keywords.isEmpty, (1...3).contains(arguments.positional.count) else {
          throw PythonError.typeError("throw expected at least 1 argument, got \(arguments.positional.count)")
        }
        let error: PythonError
        switch arguments.positional[0] {
        case .exception(let exception): error = PythonError(exception: exception)
        case .type(let type) where type.isSubtype(of: PythonError.Kind.baseException.type):
          error = PythonError(exception: ExceptionObject(type: type, arguments: []))
        case let other:
          throw PythonError.typeError(
            "exceptions must be classes or instances deriving from BaseException, not \(other.typeName)")
        }
        if let value = try generator.raise(error) { return value }
        throw Evaluator.stopIteration(generator.returnValue)
      },
      .method("close", .custom) { (receiver: Value, arguments: Arguments, _: NativeContext) in
        let generator = try generator(receiver, "close")
        guard arguments.positional.isEmpty, arguments.keywords.isEmpty else {
          throw PythonError.typeError(
            "generator.close() takes no arguments (\(arguments.positional.count) given)")
        }
        try generator.close()
        return .none
      },
    ]
  ])

  /// `StopIteration.value`: the first argument, None without one.
  static let stopIteration = MemberTable([
    [
      .builtinProperty(
        "value", of: "StopIteration", unwrap: { if case .exception(let e) = $0 { e } else { nil } }
      ) { $0.arguments.first ?? .none }
    ]
  ])

  private static func unwrap(_ value: Value) -> GeneratorObject? {
    if case .iterator(let iterator) = value { return iterator.generator }
    return nil
  }

  private static func generator(_ receiver: Value, _ name: String) throws -> GeneratorObject {
    if let generator = unwrap(receiver) { return generator }
    throw PythonError.typeError(
      "descriptor '\(name)' for 'generator' objects doesn't apply to a '\(receiver.typeName)' object")
  }
}
