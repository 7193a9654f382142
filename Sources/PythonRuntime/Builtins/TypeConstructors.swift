/// How calling each built-in type builds its value: `int("3")`, `list(range(3))`, `type(x)`, `slice(2)`.
enum TypeConstructors {
  static let `int` = constructor { arguments, evaluator in
    let bound = try arguments.bind(
      Signature("int", [.init("x", default: .int(0), positionalOnly: true), .init("base", default: .none)]))
    return .int(
      try Builtins.toInt(evaluator, bound["x"], base: bound["base"], explicitX: !arguments.positional.isEmpty)
    )
  }

  static let `float` = constructor { arguments, evaluator in
    if !arguments.keywords.isEmpty { throw PythonError.typeError("float() takes no keyword arguments") }
    if arguments.positional.count > 1 {
      throw PythonError.typeError("float expected at most 1 argument, got \(arguments.positional.count)")
    }
    guard let value = arguments.positional.first else { return .float(0) }
    return .float(try Builtins.toFloat(evaluator, value))
  }

  static let `bool` = constructor { arguments, evaluator in
    if arguments.positional.count > 1 {
      throw PythonError.typeError("bool expected at most 1 argument, got \(arguments.positional.count)")
    }
    guard let value = arguments.positional.first else { return .bool(false) }
    return .bool(try evaluator.truthValue(value))
  }

  static let str = constructor { arguments, evaluator in
    let bound = try arguments.bind(Signature("str", [.init("object", default: .string(""))]))
    return .string(try evaluator.strOf(bound["object"]))
  }

  static let list = constructor { arguments, evaluator in
    if arguments.positional.count > 1 {
      throw PythonError.typeError("list expected at most 1 argument, got \(arguments.positional.count)")
    }
    guard let value = arguments.positional.first else { return .list(ListObject()) }
    return .list(ListObject(try evaluator.materialize(value)))
  }

  static let tuple = constructor { arguments, evaluator in
    if arguments.positional.count > 1 {
      throw PythonError.typeError("tuple expected at most 1 argument, got \(arguments.positional.count)")
    }
    guard let value = arguments.positional.first else { return .tuple([]) }
    return .tuple(try evaluator.materialize(value))
  }

  static let `set` = constructor { arguments, evaluator in
    if arguments.positional.count > 1 {
      throw PythonError.typeError("set expected at most 1 argument, got \(arguments.positional.count)")
    }
    guard let value = arguments.positional.first else { return .set(SetObject()) }
    let elements = try evaluator.materialize(value)
    try evaluator.chargeSteps(elements.count.multipliedReportingOverflow(by: 2).partialValue)
    return .set(try SetObject(try evaluator.chargeHashing(each: elements)))
  }

  static let dict = constructor { arguments, evaluator in
    if arguments.positional.count > 1 {
      throw PythonError.typeError("dict expected at most 1 argument, got \(arguments.positional.count)")
    }
    let dict = DictObject()
    if let source = arguments.positional.first { try evaluator.merge(source, into: dict) }
    for (key, value) in arguments.keywords { try dict.set(.string(key), value) }
    return .dict(dict)
  }

  static let range = constructor { arguments, evaluator in
    if !arguments.keywords.isEmpty { throw PythonError.typeError("range() takes no keyword arguments") }
    let numbers = try arguments.positional.map { value -> Int in
      guard let number = try evaluator.indexValue(value) else {
        throw PythonError.typeError("'\(value.typeName)' object cannot be interpreted as an integer")
      }
      return number
    }
    switch numbers.count {
    case 1: return .range(RangeValue(start: 0, stop: numbers[0], step: 1))
    case 2: return .range(RangeValue(start: numbers[0], stop: numbers[1], step: 1))
    case 3:
      if numbers[2] == 0 { throw PythonError.valueError("range() arg 3 must not be zero") }
      return .range(RangeValue(start: numbers[0], stop: numbers[1], step: numbers[2]))
    case 0: throw PythonError.typeError("range expected at least 1 argument, got 0")
    default: throw PythonError.typeError("range expected at most 3 arguments, got \(numbers.count)")
    }
  }

  static let `type` = constructor { arguments, evaluator in
    guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
      if arguments.positional.count == 3 {
        throw PythonError.typeError("creating classes with type() is not supported in Gradbook cells")
      }
      throw PythonError.typeError("type() takes 1 or 3 arguments")
    }
    return .type(arguments.positional[0].pythonType)
  }

  static let object = constructor { _, evaluator in
    throw PythonError.typeError("object() instances are not supported in Gradbook cells")
  }

  static let slice = constructor { arguments, evaluator in
    let values = arguments.positional
    switch values.count {
    case 1: return .slice(SliceValue(stop: values[0]))
    case 2: return .slice(SliceValue(start: values[0], stop: values[1]))
    case 3: return .slice(SliceValue(start: values[0], stop: values[1], step: values[2]))
    default: throw PythonError.typeError("slice expected at least 1 argument, got \(values.count)")
    }
  }

  /// A constructor that gets the session's evaluator (the type called is the built-in type itself).
  private static func constructor(_ body: @escaping @Sendable (Arguments, Evaluator) throws -> Value)
    -> TypeObject.Constructor
  {
    { _, arguments, context in try body(arguments, context.evaluator) }
  }
}
