/// `set`'s methods: changing the set, and set algebra.
enum SetMethods {
  static let table = MemberTable([changing, algebra])

  static let changing: [Member] = [
    .set("add", .positional(1...1)) { set, arguments, evaluator in
      try evaluator.checkContainerSize(set.count + 1, "set")
      try evaluator.chargeHashing(arguments.positional[0])
      try set.insert(arguments.positional[0])
      return .none
    },
    .set("remove", .positional(1...1)) { set, arguments, evaluator in
      if try !set.remove(arguments.positional[0]) {
        throw PythonError(.keyError, arguments: [arguments.positional[0]])
      }
      return .none
    },
    .set("discard", .positional(1...1)) { set, arguments, evaluator in
      try set.remove(arguments.positional[0])
      return .none
    },
    .set("pop", .positional(0...0)) { set, _, _ in
      guard let first = set.elements.first else { throw PythonError(.keyError, "'pop from an empty set'") }
      try set.remove(first)
      return first
    },
    .set("update", .positional(0...Int.max)) { set, arguments, evaluator in
      for source in arguments.positional {
        for element in try evaluator.materialize(source) { try set.insert(element) }
      }
      return .none
    },
    .set("copy", .positional(0...0)) { set, _, _ in .set(set.copy()) },
    .set("clear", .positional(0...0)) { set, _, _ in
      set.removeAll()
      return .none
    },
  ]

  static let algebra: [Member] = [
    combining("union", .positional(0...Int.max), .bitOr),
    combining("intersection", .positional(0...Int.max), .bitAnd),
    combining("difference", .positional(0...Int.max), .subtract),
    combining("symmetric_difference", .positional(1...1), .bitXor),
    updating("difference_update", .subtract),
    updating("intersection_update", .bitAnd),
    updating("symmetric_difference_update", .bitXor),
    .set("issubset", .positional(1...1)) { set, arguments, evaluator in
      let other = try SetObject(try evaluator.materialize(arguments.positional[0]))
      return .bool(try set.elements.allSatisfy { try other.contains($0) })
    },
    .set("issuperset", .positional(1...1)) { set, arguments, evaluator in
      let other = try SetObject(try evaluator.materialize(arguments.positional[0]))
      return .bool(try other.elements.allSatisfy { try set.contains($0) })
    },
    .set("isdisjoint", .positional(1...1)) { set, arguments, evaluator in
      let other = try SetObject(try evaluator.materialize(arguments.positional[0]))
      return .bool(try !set.elements.contains { try other.contains($0) })
    },
  ]

  /// Replaces this set's elements by its combination with each iterable argument (`&=`, `-=`, `^=`).
  private static func updating(_ name: String, _ op: BinaryOperator) -> Member {
    let combine = combining(name, .positional(0...Int.max), op)
    let arity: MethodSignature = op == .bitXor ? .positional(1...1) : .positional(0...Int.max)
    return .set(name, arity) { set, arguments, evaluator in
      guard let body = combine.body,
        case .set(let combined) = try body(.set(set), arguments, evaluator.context)
      else { return .none }
      set.removeAll()
      for element in combined.elements { try set.insert(element) }
      return .none
    }
  }

  /// A new set: this one combined with each iterable argument by `op` (`|`, `&`, `-`, `^`).
  private static func combining(_ name: String, _ signature: MethodSignature, _ op: BinaryOperator) -> Member
  {
    .set(name, signature) { set, arguments, evaluator in
      var result = set.copy()
      for source in arguments.positional {
        let other = try SetObject(try evaluator.materialize(source))
        guard case .set(let combined) = try evaluator.binary(op, .set(result), .set(other)) else {
          break
        }
        result = combined
      }
      return .set(result)
    }
  }
}

extension Member {
  /// A `set` method.
  static func set(
    _ name: String, _ signature: MethodSignature,
    _ body: @escaping @Sendable (SetObject, Arguments, Evaluator) throws -> Value
  ) -> Member {
    builtin(name, signature, of: "set", body)
  }
}
