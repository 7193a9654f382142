/// One attribute a type declares natively: a method or a data attribute.
///
/// Bindings build members with typed helpers that unwrap the receiver (`Member.str`, a binding's
/// `TensorMethod`); the evaluator sees only this erased form. A class, so that looking one up in a
/// type's table costs one reference, not a copy of its closures. Immutable, and its bodies capture
/// nothing of a session, so the tables are shared by every session.
public final class Member: Sendable {
  /// A method's body: the receiver and the caller's arguments, checked against its signature.
  public typealias Body = @Sendable (_ receiver: Value, Arguments, NativeContext) throws -> Value
  /// A data attribute's value for the receiver.
  public typealias Getter = @Sendable (_ receiver: Value, NativeContext) throws -> Value
  /// Assigns a data attribute of the receiver.
  public typealias Setter = @Sendable (_ receiver: Value, _ newValue: Value, NativeContext) throws -> Void

  public let name: String
  /// A method's signature (nil for a data attribute).
  public let signature: MethodSignature?
  /// A method's body (nil for a data attribute).
  public let body: Body?
  /// A data attribute's getter (nil for a method).
  public let get: Getter?
  /// A writable data attribute's setter.
  public let set: Setter?
  /// For methods of the language's own types: the body taking the evaluator itself, which the
  /// evaluator calls directly (`body` reaches the same code through the context).
  let evaluatorBody: (@Sendable (_ receiver: Value, Arguments, Evaluator) throws -> Value)?

  private init(
    name: String, signature: MethodSignature?, body: Body?, get: Getter?, set: Setter?,
    evaluatorBody: (@Sendable (Value, Arguments, Evaluator) throws -> Value)? = nil
  ) {
    self.name = name
    self.signature = signature
    self.body = body
    self.get = get
    self.set = set
    self.evaluatorBody = evaluatorBody
  }

  /// A method of one of the language's own types, whose body takes the evaluator.
  static func method(
    _ name: String, _ signature: MethodSignature,
    evaluatorBody: @escaping @Sendable (_ receiver: Value, Arguments, Evaluator) throws -> Value
  ) -> Member {
    Member(
      name: name, signature: signature,
      body: { receiver, arguments, context in try evaluatorBody(receiver, arguments, context.evaluator) },
      get: nil,
      set: nil, evaluatorBody: evaluatorBody)
  }

  /// A method whose body checks `arguments` against `signature` itself (the typed helpers do).
  public static func method(_ name: String, _ signature: MethodSignature, _ body: @escaping Body) -> Member {
    Member(name: name, signature: signature, body: body, get: nil, set: nil)
  }

  /// A data attribute, read-only unless `set` is given.
  public static func property(_ name: String, get: @escaping Getter, set: Setter? = nil) -> Member {
    Member(name: name, signature: nil, body: nil, get: get, set: set)
  }

  /// Whether this is a method (not a data attribute).
  public var isMethod: Bool { body != nil }
}
