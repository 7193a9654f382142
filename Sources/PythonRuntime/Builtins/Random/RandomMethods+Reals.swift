import Foundation

/// `random.Random`'s real-valued draws.
///
/// Arithmetic on the caller's arguments is Python's own (`mu + z * sigma`),
/// so ints, floats and wrong types give what CPython gives; each draw happens where CPython's happens.
extension RandomMethods {
  static let reals: [Member] = [
    .random("random", .positional(0...0)) { generator, _, evaluator in
      try evaluator.chargeWork(1)
      return .float(generator.random())
    },
    .random("uniform") { generator, arguments, evaluator in
      let bound = try bind(arguments, Signature("Random.uniform", ["a", "b"]))
      let width = try evaluator.binary(.subtract, bound["b"], bound["a"])
      try evaluator.chargeWork(1)
      let scaled = try evaluator.binary(.multiply, width, .float(generator.random()))
      return try evaluator.binary(.add, bound["a"], scaled)
    },
    .random("gauss") { generator, arguments, evaluator in
      let bound = try bind(arguments, normalSignature("Random.gauss"))
      try evaluator.chargeWork(1)
      let z = generator.gauss(mu: 0, sigma: 1)
      return try shifted(z, bound, evaluator)
    },
    .random("normalvariate") { generator, arguments, evaluator in
      let bound = try bind(arguments, normalSignature("Random.normalvariate"))
      try evaluator.chargeWork(1)
      let z = generator.normalVariate(mu: 0, sigma: 1)
      return try shifted(z, bound, evaluator)
    },
    .random("expovariate") { generator, arguments, evaluator in
      let bound = try bind(arguments, Signature("Random.expovariate", ["lambd"]))
      try evaluator.chargeWork(1)
      return try evaluator.binary(.trueDivide, .float(-log(1.0 - generator.random())), bound["lambd"])
    },
  ]

  private static func normalSignature(_ name: String) -> Signature {
    Signature(name, [.init("mu", default: .float(0)), .init("sigma", default: .float(1))])
  }

  /// `mu + z * sigma`, as Python evaluates it.
  private static func shifted(_ z: Double, _ bound: BoundArguments, _ evaluator: Evaluator) throws -> Value {
    try evaluator.binary(.add, bound["mu"], try evaluator.binary(.multiply, .float(z), bound["sigma"]))
  }
}
