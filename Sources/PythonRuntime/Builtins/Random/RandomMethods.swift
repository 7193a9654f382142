import Foundation

/// `random.Random`'s methods, by CPython 3.11's algorithms: each draw consumes the generator as CPython's does.
///
/// Each draw from the generator is one unit of native work, and so is every element a method copies or moves
/// (docs/budgets.md): sixteen make one step.
enum RandomMethods {
  /// Binds the arguments of a method CPython writes in Python, whose messages count `self`.
  static func bind(_ arguments: Arguments, _ signature: Signature) throws -> BoundArguments {
    try arguments.bindCountingSelf(signature)
  }

  static let state: [Member] = [
    .random("seed") { generator, arguments, evaluator in
      let bound = try bind(
        arguments, Signature("Random.seed", [.init("a", default: .none), .init("version", default: .int(2))]))
      let version = (try? bound["version"].asInt()) ?? 2
      try RandomSeed.seed(generator, with: bound["a"], version: version, evaluator)
      return .none
    },
    .random("getstate", .positional(0...0)) { generator, _, _ in
      .tuple([
        .int(3), .tuple(generator.stateWords.map { .int($0) }),
        generator.gaussNext.map { .float($0) } ?? .none,
      ])
    },
    .random("setstate") { generator, arguments, evaluator in
      let state = try bind(arguments, Signature("Random.setstate", ["state"]))["state"]
      try restore(generator, from: state, evaluator)
      return .none
    },
  ]

  /// `setstate(state)`: version 3 as `getstate` gives it, or version 2 (words reduced modulo 2^32).
  private static func restore(_ generator: RandomGenerator, from state: Value, _ evaluator: Evaluator) throws
  {
    let version = try evaluator.subscriptGet(state, .int(0))
    guard case .int(let number) = version, number == 2 || number == 3 else {
      throw PythonError.valueError(
        "state with version \(try evaluator.strOf(version)) passed to Random.setstate() of version 3")
    }
    let parts = try evaluator.materialize(state)
    guard parts.count == 3 else {
      throw PythonError.valueError(
        parts.count < 3
          ? "not enough values to unpack (expected 3, got \(parts.count))"
          : "too many values to unpack (expected 3)")
    }
    guard case .tuple(let words) = parts[1] else {
      throw PythonError.typeError("state vector must be a tuple")
    }
    guard words.count == MT19937.stateSize + 1 else {
      throw PythonError.valueError("state vector is the wrong size")
    }
    var state: [UInt32] = []
    state.reserveCapacity(MT19937.stateSize)
    for word in words.dropLast() {
      let value = try word.asInt()
      if number == 3 && value < 0 {
        throw PythonError(.overflowError, "can't convert negative int to unsigned")
      }
      state.append(UInt32(truncatingIfNeeded: value))
    }
    let index = try words[MT19937.stateSize].asInt()
    try evaluator.chargeWork(words.count)
    let gaussNext: Double? = parts[2].isNone ? nil : try parts[2].asDouble()
    guard generator.restore(state, index: index) else { throw PythonError.valueError("invalid state") }
    generator.gaussNext = gaussNext
  }
}
