/// `functools.partial(func, *args, **keywords)`: calls `func` with the stored arguments first.
final class PartialObject: NativeAttributeOwner {
  let function: Value
  let arguments: [Value]
  let keywords: [(name: String, value: Value)]

  init(function: Value, arguments: [Value], keywords: [(name: String, value: Value)]) {
    self.function = function
    self.arguments = arguments
    self.keywords = keywords
  }

  static let type = TypeObject(
    name: "partial", qualifiedName: "functools.partial", messageName: "functools.partial",
    constructor: { _, arguments, context in
      guard let first = arguments.positional.first else {
        throw PythonError.typeError("type 'partial' takes at least one argument")
      }
      guard CollectionsConstructors.isCallable(first) else {
        throw PythonError.typeError("the first argument must be callable")
      }
      var stored = Array(arguments.positional.dropFirst())
      var keywords = arguments.keywords
      // A partial of a partial flattens, as CPython's does.
      var function = first
      if case .native(let inner as PartialObject) = first {
        function = inner.function
        stored = inner.arguments + stored
        keywords =
          inner.keywords.filter { old in !arguments.keywords.contains { $0.name == old.name } } + keywords
      }
      return .native(PartialObject(function: function, arguments: stored, keywords: keywords))
    })

  var pythonType: TypeObject { Self.type }

  func repr() -> String {
    let parts =
      [ValueFormatter.repr(function)] + arguments.map(ValueFormatter.repr)
      + keywords.map { "\($0.name)=\(ValueFormatter.repr($0.value))" }
    return "functools.partial(\(parts.joined(separator: ", ")))"
  }

  func call(arguments given: Arguments, context: NativeContext) throws -> Value {
    var keywords = self.keywords.filter { stored in !given.keywords.contains { $0.name == stored.name } }
    keywords += given.keywords
    return try context.call(function, Arguments(arguments + given.positional, keywords: keywords))
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "func": return function
    case "args": return .tuple(arguments)
    case "keywords":
      let dict = DictObject()
      for (key, value) in keywords { try dict.set(.string(key), value) }
      return .dict(dict)
    default: return nil
    }
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    throw PythonError.attributeError("readonly attribute")
  }
}
