/// `random.Random`'s integer draws: `getrandbits`, `randrange`, `randint`.
extension RandomMethods {
  static let integers: [Member] = [
    .random("getrandbits", .positional(1...1)) { generator, arguments, evaluator in
      guard let bits = try evaluator.indexValue(arguments.positional[0]) else {
        throw PythonError.typeError(
          "'\(arguments.positional[0].typeName)' object cannot be interpreted as an integer")
      }
      guard bits >= 0 else { throw PythonError.valueError("number of bits must be non-negative") }
      // Gradbook's ints are 64-bit: 63 bits is the widest draw that always fits.
      guard bits < Int.bitWidth else { throw PythonError.overflow() }
      try evaluator.chargeWork(1)
      return .int(generator.randomBits(bits))
    },
    .random("randrange") { generator, arguments, evaluator in
      let bound = try bind(
        arguments,
        Signature(
          "Random.randrange", ["start", .init("stop", default: .none), .init("step", default: .int(1))]))
      let stepGiven = arguments.positional.count > 2 || arguments.keywords.contains { $0.name == "step" }
      return try randomRange(
        generator, start: bound["start"], stop: bound["stop"], step: stepGiven ? bound["step"] : nil,
        evaluator)
    },
    .random("randint") { generator, arguments, evaluator in
      let bound = try bind(arguments, Signature("Random.randint", ["a", "b"]))
      let stop = try evaluator.binary(.add, bound["b"], .int(1))
      return try randomRange(generator, start: bound["a"], stop: stop, step: nil, evaluator)
    },
  ]

  /// `randrange(start, stop, step)`; `step` is nil when the caller gave none.
  static func randomRange(
    _ generator: RandomGenerator, start: Value, stop: Value, step: Value?, _ evaluator: Evaluator
  ) throws -> Value {
    try evaluator.chargeWork(1)
    let first = try integer(start, "arg 1", evaluator)
    guard !stop.isNone else {
      if step != nil { throw PythonError.typeError("Missing a non-None stop argument") }
      guard first > 0 else { throw PythonError.valueError("empty range for randrange()") }
      return .int(generator.below(first))
    }
    let last = try integer(stop, "stop", evaluator)
    let (width, overflow) = last.subtractingReportingOverflow(first)
    guard !overflow else { throw PythonError.overflow() }
    let stride = try step.map { try integer($0, "step", evaluator) } ?? 1
    if stride == 1 {
      guard width > 0 else {
        throw PythonError.valueError("empty range for randrange() (\(first), \(last), \(width))")
      }
      return .int(first + generator.below(width))
    }
    guard stride != 0 else { throw PythonError.valueError("zero step for randrange()") }
    // The number of values: ceil(width / step), computed as CPython does with floor division.
    let adjusted =
      stride > 0 ? width.addingReportingOverflow(stride - 1) : width.addingReportingOverflow(stride + 1)
    guard !adjusted.overflow else { throw PythonError.overflow() }
    let count = floorDivide(adjusted.partialValue, stride)
    guard count > 0 else { throw PythonError.valueError("empty range for randrange()") }
    let (offset, productOverflow) = stride.multipliedReportingOverflow(by: generator.below(count))
    let (result, sumOverflow) = first.addingReportingOverflow(offset)
    guard !productOverflow, !sumOverflow else { throw PythonError.overflow() }
    return .int(result)
  }

  private static func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
  }

  /// A `randrange` argument as an int: integers as they are; an integral float with CPython 3.11's
  /// DeprecationWarning; anything else `int()` takes is a ValueError after its warning.
  private static func integer(_ value: Value, _ label: String, _ evaluator: Evaluator) throws -> Int {
    if let number = try evaluator.indexValue(value) { return number }
    let converted = try TypeObject.int.construct(Arguments([value]), context: evaluator.context)
    let number = try converted.asInt()
    if case .float(let real) = value, Double(number) == real {
      evaluator.emitWarning(
        category: "DeprecationWarning",
        message:
          "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version"
      )
      return number
    }
    evaluator.emitWarning(
      category: "DeprecationWarning", message: "randrange() will raise TypeError in the future")
    throw PythonError.valueError("non-integer \(label) for randrange()")
  }
}
