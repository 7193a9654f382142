/// `int`'s members (`bool` inherits them): methods and the data attributes of numbers.
enum IntMembers {
  static let table = MemberTable([methods, attributes])

  static let methods: [Member] = [
    .int("bit_length") { .int($0 == 0 ? 0 : Int.bitWidth - $0.magnitude.leadingZeroBitCount) },
    .int("bit_count") { .int($0.magnitude.nonzeroBitCount) },
    .int("conjugate") { .int($0) },
    .int("as_integer_ratio") { .tuple([.int($0), .int(1)]) },
  ]

  static let attributes: [Member] = [
    .builtinProperty("real", of: "int", unwrap: integer) { .int($0) },
    .builtinProperty("imag", of: "int", unwrap: integer) { _ in .int(0) },
    .builtinProperty("numerator", of: "int", unwrap: integer) { .int($0) },
    .builtinProperty("denominator", of: "int", unwrap: integer) { _ in .int(1) },
  ]

  /// The integer value of an `int` or a `bool`.
  static func integer(_ value: Value) -> Int? {
    switch value {
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    default: return nil
    }
  }
}

/// `float`'s members.
enum FloatMembers {
  static let table = MemberTable([methods, attributes])

  static let methods: [Member] = [
    .float("is_integer") { .bool($0.isFinite && $0.rounded() == $0) },
    .float("conjugate") { .float($0) },
    .float("as_integer_ratio") { number in
      guard number.isFinite else {
        if number.isNaN { throw PythonError.valueError("cannot convert NaN to integer ratio") }
        throw PythonError(.overflowError, "cannot convert Infinity to integer ratio")
      }
      var numerator = number
      var denominator = 1.0
      while numerator.rounded() != numerator {
        numerator *= 2
        denominator *= 2
      }
      guard let top = Int(exactly: numerator), let bottom = Int(exactly: denominator) else {
        throw PythonError.overflow()
      }
      return .tuple([.int(top), .int(bottom)])
    },
  ]

  static let attributes: [Member] = [
    .builtinProperty("real", of: "float", unwrap: real) { .float($0) },
    .builtinProperty("imag", of: "float", unwrap: real) { _ in .float(0) },
  ]

  private static func real(_ value: Value) -> Double? {
    if case .float(let number) = value { return number }
    return nil
  }
}

extension Member {
  /// A no-argument `int` method (also reached on `bool`).
  static func int(_ name: String, _ body: @escaping @Sendable (Int) throws -> Value) -> Member {
    builtin(name, .positional(0...0), of: "int") { (number: Int, _, _) in try body(number) }
  }

  /// A no-argument `float` method.
  static func float(_ name: String, _ body: @escaping @Sendable (Double) throws -> Value) -> Member {
    builtin(name, .positional(0...0), of: "float") { (number: Double, _, _) in try body(number) }
  }
}
