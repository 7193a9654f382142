/// A `random.Random` instance; the `random` module's functions are the methods of one per session.
final class RandomObject: NativeObject {
  let generator: RandomGenerator

  init(generator: RandomGenerator) { self.generator = generator }

  static let type = TypeObject(
    name: "Random", qualifiedName: "random.Random",
    members: MemberTable([
      RandomMethods.state, RandomMethods.integers, RandomMethods.sequences, RandomMethods.reals,
    ]),
    constructor: { _, arguments, context in
      let evaluator = context.evaluator
      let bound = try RandomMethods.bind(
        arguments, Signature("Random.__init__", [.init("x", default: .none)]))
      let object = RandomObject(generator: RandomGenerator(key: RandomSeed.defaultKey))
      try RandomSeed.seed(object.generator, with: bound["x"], version: 2, evaluator)
      return .native(object)
    })

  var pythonType: TypeObject { Self.type }

  func repr() -> String { "<random.Random object>" }
}

/// Python's `random` module: the methods of the session's own `Random` instance, and the `Random` type.
enum RandomModule {
  static func make(_ context: NativeContext) throws -> ModuleObject {
    let instance = Value.native(RandomObject(generator: RandomGenerator(key: RandomSeed.defaultKey)))
    let module = ModuleObject(name: "random")
    for member in RandomObject.type.members.byName.values where member.isMethod {
      module.attributes[member.name] = try context.evaluator.bound(member, to: instance)
    }
    module.attributes["Random"] = .type(RandomObject.type)
    return module
  }
}

extension Member {
  /// A method of `random.Random`, given the instance's generator.
  static func random(
    _ name: String, _ signature: MethodSignature = .custom,
    _ body: @escaping @Sendable (RandomGenerator, Arguments, Evaluator) throws -> Value
  ) -> Member {
    .method(name, signature) { (receiver: Value, arguments: Arguments, evaluator: Evaluator) in
      guard case .native(let object as RandomObject) = receiver else {
        throw PythonError.typeError(
          "descriptor '\(name)' for 'Random' objects doesn't apply to a '\(receiver.typeName)' object")
      }
      try signature.checkPositional(arguments, typeName: "Random", name: name)
      return try body(object.generator, arguments, evaluator)
    }
  }
}
