/// An instance of a class made by `collections.namedtuple`: a tuple whose fields also have names.
///
/// It hashes, compares, indexes, unpacks and concatenates as the plain tuple of its values does; its class
/// (one ``TypeObject`` per `namedtuple` call, deriving from `tuple`) prints it as `Point(x=1, y=2)`.
final class NamedTupleObject: NativeAttributeOwner {
  let type: TypeObject
  let fields: [String]
  let values: [Value]

  init(type: TypeObject, fields: [String], values: [Value]) {
    self.type = type
    self.fields = fields
    self.values = values
  }

  var pythonType: TypeObject { type }

  func repr() -> String {
    type.name + "(" + zip(fields, values).map { "\($0)=\(ValueFormatter.repr($1))" }.joined(separator: ", ")
      + ")"
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    if let index = fields.firstIndex(of: name) { return values[index] }
    if name == "_fields" { return .tuple(fields.map { .string($0) }) }
    return nil
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    if fields.contains(name) { throw PythonError.attributeError("can't set attribute") }
    throw PythonError.attributeError("'\(type.name)' object has no attribute '\(name)'")
  }

  /// The plain tuple of another operand, when it is a named tuple.
  private static func plain(_ value: Value) -> Value {
    if case .native(let other as NamedTupleObject) = value { return .tuple(other.values) }
    return value
  }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    try context.getItem(.tuple(values), index)
  }

  func iterate(context: NativeContext) throws -> [Value]? { values }
  func length(context: NativeContext) throws -> Int? { values.count }
  func truthValue(context: NativeContext) throws -> Bool { !values.isEmpty }

  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    let other = Self.plain(other)
    guard case .tuple = other else { return nil }
    let (left, right) = reflected ? (other, Value.tuple(values)) : (Value.tuple(values), other)
    return try context.compare(op, left, right)
  }

  func binaryOperation(_ op: BinaryOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    let other = Self.plain(other)
    switch (op, other) {
    case (.add, .tuple), (.multiply, .int), (.multiply, .bool):
      let (left, right) = reflected ? (other, Value.tuple(values)) : (Value.tuple(values), other)
      return try context.evaluator.binary(op, left, right)
    default: return nil
    }
  }
}

/// `namedtuple`'s instance methods: `_asdict`, `_replace`, `_make`, and tuple's `count` and `index`.
enum NamedTupleMethods {
  static let table = MemberTable([
    [
      method("_asdict") { tuple, arguments, _ in
        _ = try arguments.bindCountingSelf(Signature("\(tuple.type.name)._asdict", []))
        let dict = DictObject()
        for (name, value) in zip(tuple.fields, tuple.values) { try dict.set(.string(name), value) }
        return .dict(dict)
      },
      method("_replace") { tuple, arguments, _ in
        guard arguments.positional.isEmpty else {
          throw PythonError.typeError(
            "\(tuple.type.name)._replace() takes 1 positional argument but \(arguments.positional.count + 1) were given"
          )
        }
        var values = tuple.values
        var unexpected: [Value] = []
        for (name, value) in arguments.keywords {
          if let index = tuple.fields.firstIndex(of: name) {
            values[index] = value
          } else {
            unexpected.append(.string(name))
          }
        }
        guard unexpected.isEmpty else {
          throw PythonError.valueError(
            "Got unexpected field names: \(ValueFormatter.repr(.makeList(unexpected)))")
        }
        return .native(NamedTupleObject(type: tuple.type, fields: tuple.fields, values: values))
      },
      method("_make") { tuple, arguments, evaluator in
        let iterable = try arguments.bindCountingSelf(Signature("\(tuple.type.name)._make", ["iterable"]))[
          "iterable"]
        let values = try evaluator.materialize(iterable)
        guard values.count == tuple.fields.count else {
          throw PythonError.typeError("Expected \(tuple.fields.count) arguments, got \(values.count)")
        }
        return .native(NamedTupleObject(type: tuple.type, fields: tuple.fields, values: values))
      },
      method("count") { tuple, arguments, evaluator in
        try evaluator.call(try evaluator.attribute(of: .tuple(tuple.values), "count"), arguments)
      },
      method("index") { tuple, arguments, evaluator in
        try evaluator.call(try evaluator.attribute(of: .tuple(tuple.values), "index"), arguments)
      },
    ]
  ])

  private static func method(
    _ name: String, _ body: @escaping @Sendable (NamedTupleObject, Arguments, Evaluator) throws -> Value
  ) -> Member {
    Member.method(name, .custom) { (receiver: Value, arguments: Arguments, evaluator: Evaluator) in
      guard case .native(let tuple as NamedTupleObject) = receiver else {
        throw PythonError.typeError("descriptor '\(name)' requires a named tuple, not '\(receiver.typeName)'")
      }
      return try body(tuple, arguments, evaluator)
    }
  }
}
