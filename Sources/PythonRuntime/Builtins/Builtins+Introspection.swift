/// Builtins that inspect values: `isinstance`, `issubclass`, `hasattr`, `getattr`, `setattr`, `callable`, `dir`, `id`, `hash`.
extension Builtins {
  static let introspection: [BuiltinFunction] = [
    function("isinstance") { arguments, evaluator in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("isinstance expected 2 arguments, got \(arguments.positional.count)")
      }
      return .bool(try isInstance(evaluator, arguments.positional[0], arguments.positional[1], "isinstance"))
    },
    function("issubclass") { arguments, evaluator in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("issubclass expected 2 arguments, got \(arguments.positional.count)")
      }
      guard case .type(let type) = arguments.positional[0] else {
        throw PythonError.typeError("issubclass() arg 1 must be a class")
      }
      func check(_ candidate: Value) throws -> Bool {
        switch candidate {
        case .type(let other): return evaluator.isSubclass(type, of: other)
        case .tuple(let options): return try options.contains { try check($0) }
        default:
          throw PythonError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
      }
      return .bool(try check(arguments.positional[1]))
    },
    function("hasattr") { arguments, evaluator in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("hasattr expected 2 arguments, got \(arguments.positional.count)")
      }
      guard case .string(let name) = arguments.positional[1] else {
        throw PythonError.typeError(
          "attribute name must be string, not '\(arguments.positional[1].typeName)'")
      }
      do {
        _ = try evaluator.attribute(of: arguments.positional[0], name)
        return .bool(true)
      } catch let error as PythonError where error.isInstance(of: .attributeError) {
        return .bool(false)
      }
    },
    function("getattr") { arguments, evaluator in
      guard (2...3).contains(arguments.positional.count) else {
        throw PythonError.typeError(
          "getattr expected at least 2 arguments, got \(arguments.positional.count)")
      }
      guard case .string(let name) = arguments.positional[1] else {
        throw PythonError.typeError(
          "attribute name must be string, not '\(arguments.positional[1].typeName)'")
      }
      do {
        return try evaluator.attribute(of: arguments.positional[0], name)
      } catch let error as PythonError
        where error.isInstance(of: .attributeError) && arguments.positional.count == 3
      {
        return arguments.positional[2]
      }
    },
    function("setattr") { arguments, evaluator in
      guard arguments.positional.count == 3 else {
        throw PythonError.typeError("setattr expected 3 arguments, got \(arguments.positional.count)")
      }
      guard case .string(let name) = arguments.positional[1] else {
        throw PythonError.typeError(
          "attribute name must be string, not '\(arguments.positional[1].typeName)'")
      }
      if name.hasPrefix("__") {
        throw PythonError.attributeError(
          "'\(arguments.positional[0].typeName)' object attribute '\(name)' is read-only")
      }
      try evaluator.setAttribute(arguments.positional[0], name, arguments.positional[2])
      return .none
    },
    // vars(x): x.__dict__, live for an instance of a cell class; vars() would read the interpreter's locals.
    function("vars") { arguments, evaluator in
      guard let value = try optionalSingle(arguments, "vars") else {
        throw PythonError(
          .runtimeError,
          "vars() without an argument is not available in Gradbook cells (cells cannot reach the interpreter's internals); vars(x) gives x.__dict__"
        )
      }
      switch value {
      case .native(let instance as InstanceObject): return .dict(instance.dictionary)
      case .type(let type):
        if let cls = evaluator.userClass(type), let namespace = try evaluator.classAttribute(cls, "__dict__") {
          return namespace
        }
      default: break
      }
      throw PythonError.typeError("vars() argument must have __dict__ attribute")
    },
    function("callable") { arguments, evaluator in
      switch try single(arguments, "callable") {
      case .function, .builtin, .type: return .bool(true)
      case .native(let instance as InstanceObject): return .bool(instance.cls.lookup("__call__") != nil)
      case .native(let object): return .bool(object.pythonType.member("__call__") != nil)
      default: return .bool(false)
      }
    },
    function("dir") { arguments, evaluator in
      guard let value = try optionalSingle(arguments, "dir") else {
        throw PythonError(
          .runtimeError,
          "dir() without an argument is not available in Gradbook cells (cells cannot reach the interpreter's internals); dir(x) lists x's attributes"
        )
      }
      return .list(ListObject(evaluator.directory(of: value).map { .string($0) }))
    },
    function("id") { arguments, evaluator in
      let value = try single(arguments, "id")
      return .int(((try? HashKey(value))?.hashValue ?? 0) & ((1 << 47) - 1))
    },
    function("hash") { arguments, evaluator in
      let value = try single(arguments, "hash")
      try evaluator.chargeHashing(value)
      return .int(try PythonHash.hash(value))
    },
  ]

  static func isInstance(_ evaluator: Evaluator, _ value: Value, _ typeValue: Value, _ name: String) throws
    -> Bool
  {
    switch typeValue {
    case .type(let type): return evaluator.isInstance(value, of: type)
    case .tuple(let options):
      for option in options where try isInstance(evaluator, value, option, name) { return true }
      return false
    default:
      throw PythonError.typeError("\(name)() arg 2 must be a type, a tuple of types, or a union")
    }
  }

}
