/// Python's `itertools`: lazy iterators over other iterables, by CPython 3.11's rules and messages.
///
/// Every element an itertools iterator produces is one unit of native work (docs/budgets.md), so that the
/// infinite ones (`count`, `cycle`, `repeat`) meet the step budget even inside a native consumer
/// (`list(cycle(x))`), not only in a cell's loop.
enum ItertoolsModule {
  static func make() -> ModuleObject {
    let module = ModuleObject(name: "itertools")
    for function in Itertools.infinite + Itertools.filtering + Itertools.combinatoric {
      module.attributes[function.name] = .builtin(function)
    }
    module.attributes["chain"] = .native(ChainObject())
    return module
  }
}

/// The functions of `itertools`, by family.
enum Itertools {
  /// A function whose body gets the session's evaluator.
  static func function(_ name: String, _ body: @escaping @Sendable (Arguments, Evaluator) throws -> Value)
    -> BuiltinFunction
  {
    BuiltinFunction(name: name) { arguments, context in try body(arguments, context.evaluator) }
  }

  /// An iterator of type `itertools.<name>` producing `next()`'s values, each charged as one unit of work.
  static func iterator(_ name: String, _ evaluator: Evaluator, _ next: @escaping () throws -> Value?) -> Value
  {
    .iterator(
      IteratorObject(typeName: "itertools." + name) {
        try evaluator.chargeWork(1)
        return try next()
      })
  }

  /// Binds arguments with the messages of CPython's C functions (`repeat() missing required argument
  /// 'object' (pos 1)`).
  static func bind(_ arguments: Arguments, _ signature: Signature) throws -> BoundArguments {
    let positional = signature.parameters.filter { !$0.keywordOnly }
    for (offset, parameter) in positional.enumerated()
    where !parameter.hasDefault && offset >= arguments.positional.count
      && !arguments.keywords.contains(where: { $0.name == parameter.name })
    {
      throw PythonError.typeError(
        "\(signature.functionName)() missing required argument '\(parameter.name)' (pos \(offset + 1))")
    }
    return try arguments.bind(signature)
  }

  /// A count of elements (`r`, `times`), as an integer.
  static func integer(_ value: Value, _ evaluator: Evaluator) throws -> Int {
    guard let number = try evaluator.indexValue(value) else {
      throw PythonError.typeError("'\(value.typeName)' object cannot be interpreted as an integer")
    }
    return number
  }
}

/// `itertools.chain`: called, it chains its arguments; `chain.from_iterable(iterables)` chains lazily.
final class ChainObject: NativeAttributeOwner {
  static let type = TypeObject(name: "chain", qualifiedName: "itertools.chain")
  var pythonType: TypeObject { .type }

  func repr() -> String { "<class 'itertools.chain'>" }

  func call(arguments: Arguments, context: NativeContext) throws -> Value {
    if !arguments.keywords.isEmpty { throw PythonError.typeError("chain() takes no keyword arguments") }
    var sources = arguments.positional.makeIterator()
    return Self.chain({ sources.next() }, context.evaluator)
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    guard name == "from_iterable" else { return nil }
    return .builtin(
      BuiltinFunction(name: "from_iterable") { arguments, context in
        if !arguments.keywords.isEmpty {
          throw PythonError.typeError("chain.from_iterable() takes no keyword arguments")
        }
        guard arguments.positional.count == 1 else {
          throw PythonError.typeError(
            "chain.from_iterable() takes exactly one argument (\(arguments.positional.count) given)")
        }
        let evaluator = context.evaluator
        return Self.chain(try evaluator.makeIterator(arguments.positional[0]), evaluator)
      })
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    throw PythonError.typeError("cannot set '\(name)' attribute of immutable type 'itertools.chain'")
  }

  /// The elements of each iterable `nextSource` gives, each iterable opened only when reached (as CPython
  /// opens them).
  private static func chain(_ nextSource: @escaping () throws -> Value?, _ evaluator: Evaluator) -> Value {
    var current: (() throws -> Value?)?
    return Itertools.iterator("chain", evaluator) {
      while true {
        if let next = current, let value = try next() { return value }
        guard let source = try nextSource() else { return nil }
        current = try evaluator.makeIterator(source)
      }
    }
  }
}
