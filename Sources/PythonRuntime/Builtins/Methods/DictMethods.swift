/// `dict`'s methods: reading, views, and changing the mapping.
enum DictMethods {
  static let table = MemberTable([reading, changing])

  static let reading: [Member] = [
    .dict("get", .positional(1...2)) { dict, arguments, evaluator in
      try evaluator.chargeHashing(arguments.positional[0])
      return try dict.get(arguments.positional[0]) ?? arguments[1] ?? .none
    },
    .dict("keys", .positional(0...0)) { dict, _, _ in .native(DictView(dict: dict, kind: .keys)) },
    .dict("values", .positional(0...0)) { dict, _, _ in .native(DictView(dict: dict, kind: .values)) },
    .dict("items", .positional(0...0)) { dict, _, _ in .native(DictView(dict: dict, kind: .items)) },
    .dict("copy", .positional(0...0)) { dict, _, _ in .dict(dict.copy()) },
  ]

  static let changing: [Member] = [
    .dict("pop", .positional(1...2)) { dict, arguments, evaluator in
      if let value = try dict.remove(arguments.positional[0]) { return value }
      if let fallback = arguments[1] { return fallback }
      throw PythonError(.keyError, arguments: [arguments.positional[0]])
    },
    .dict("popitem", .positional(0...0)) { dict, _, _ in
      guard let key = dict.keys.last else { throw PythonError(.keyError, "popitem(): dictionary is empty") }
      let value = try dict.remove(key) ?? .none
      return .tuple([key, value])
    },
    .dict("setdefault", .positional(1...2)) { dict, arguments, evaluator in
      try evaluator.chargeHashing(arguments.positional[0])
      if let value = try dict.get(arguments.positional[0]) { return value }
      let value = arguments[1] ?? .none
      try dict.set(arguments.positional[0], value)
      return value
    },
    // update(mapping_or_pairs=(), **keywords): keywords are entries, not options.
    .dict("update", .custom) { dict, arguments, evaluator in
      if arguments.positional.count > 1 {
        throw PythonError.typeError("update expected at most 1 argument, got \(arguments.positional.count)")
      }
      if let source = arguments[0] { try evaluator.merge(source, into: dict) }
      for (key, value) in arguments.keywords { try dict.set(.string(key), value) }
      return .none
    },
    .dict("clear", .positional(0...0)) { dict, _, _ in
      dict.removeAll()
      return .none
    },
  ]
}

extension Member {
  /// A `dict` method.
  static func dict(
    _ name: String, _ signature: MethodSignature,
    _ body: @escaping @Sendable (DictObject, Arguments, Evaluator) throws -> Value
  ) -> Member {
    builtin(name, signature, of: "dict", body)
  }
}
