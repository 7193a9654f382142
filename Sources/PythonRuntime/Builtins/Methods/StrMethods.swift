/// `str`'s methods: one table, declared in groups (search, case, split, layout, predicates).
enum StrMethods {
  static let table = MemberTable([search, letterCase, splitting, layout, predicates])

  /// The `[start, end)` scalar window of `str.find(sub, start, end)`-style arguments after Python's
  /// slice adjustment, or nil when it is empty past the end (where even `''` is not found).
  static func window(_ length: Int, _ start: Value?, _ end: Value?, _ evaluator: Evaluator) throws -> Range<
    Int
  >? {
    func index(_ value: Value?, _ fallback: Int) throws -> Int {
      guard let value, !value.isNone else { return fallback }
      guard let number = try evaluator.indexValue(value) else {
        throw PythonError.typeError("slice indices must be integers or None or have an __index__ method")
      }
      return number < 0 ? max(number + length, 0) : number
    }
    let lower = try index(start, 0)
    let upper = min(try index(end, length), length)
    guard lower <= upper else { return nil }
    return lower..<upper
  }

  /// The text of a `str` argument, or CPython's TypeError naming the method.
  static func text(_ value: Value, _ method: String) throws -> String {
    guard case .string(let text) = value else {
      throw PythonError.typeError("\(method) arg must be None or str")
    }
    return text
  }
}

extension Member {
  /// A `str` method; its work is charged by the length of the text.
  static func str(
    _ name: String, _ signature: MethodSignature,
    _ body: @escaping @Sendable (String, Arguments, Evaluator) throws -> Value
  )
    -> Member
  {
    builtin(name, signature, of: "str", charged: true, body)
  }

  /// A `str` method whose arguments bind to named `parameters`.
  static func str(
    _ name: String, parameters: Signature,
    _ body: @escaping @Sendable (String, BoundArguments, Evaluator) throws -> Value
  ) -> Member {
    builtin(name, parameters: parameters, of: "str", charged: true, body)
  }
}
