import Foundation

/// Builtins on numbers: `abs`, `min`, `max`, `sum`, `round`, `divmod`, `pow`.
extension Builtins {
  static let numbers: [BuiltinFunction] = [
    function("abs") { arguments, evaluator in try evaluator.unary(.absolute, try single(arguments, "abs")) },
    function("min") { arguments, evaluator in try extreme(evaluator, arguments, "min", .less) },
    function("max") { arguments, evaluator in try extreme(evaluator, arguments, "max", .greater) },
    function("sum") { arguments, evaluator in
      let bound = try arguments.bind(
        Signature("sum", [.init("iterable", positionalOnly: true), .init("start", default: .int(0))]))
      var total = bound["start"]
      if case .string = total {
        throw PythonError.typeError("sum() can't sum strings [use ''.join(seq) instead]")
      }
      let next = try evaluator.makeIterator(bound["iterable"])
      while let element = try next() {
        try evaluator.step()
        total = try evaluator.binary(.add, total, element)
      }
      return total
    },
    function("round") { arguments, evaluator in
      let bound = try arguments.bind(Signature("round", ["number", .init("ndigits", default: .none)]))
      return try round(evaluator, bound["number"], bound["ndigits"])
    },
    function("divmod") { arguments, evaluator in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("divmod expected 2 arguments, got \(arguments.positional.count)")
      }
      let (a, b) = (arguments.positional[0], arguments.positional[1])
      return .tuple([try evaluator.binary(.floorDivide, a, b), try evaluator.binary(.modulo, a, b)])
    },
    function("pow") { arguments, evaluator in
      let bound = try arguments.bind(Signature("pow", ["base", "exp", .init("mod", default: .none)]))
      if bound["mod"].isNone { return try evaluator.binary(.power, bound["base"], bound["exp"]) }
      guard case .int(let base) = bound["base"], case .int(let exponent) = bound["exp"],
        case .int(let modulus) = bound["mod"]
      else {
        throw PythonError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
      }
      if modulus == 0 { throw PythonError.valueError("pow() 3rd argument cannot be 0") }
      if exponent < 0 {
        throw PythonError.valueError("negative exponents with a modulus are not supported in Gradbook")
      }
      return .int(modularPower(base, exponent, modulus))
    },
  ]

  private static func extreme(
    _ evaluator: Evaluator, _ arguments: Arguments, _ name: String, _ op: ComparisonOperator
  ) throws -> Value {
    var key: Value = .none
    var fallback: Value?
    for (keyword, value) in arguments.keywords {
      switch keyword {
      case "key": key = value
      case "default": fallback = value
      default: throw PythonError.typeError("'\(keyword)' is an invalid keyword argument for \(name)()")
      }
    }
    let candidates: [Value]
    if arguments.positional.count == 1 {
      candidates = try evaluator.materialize(arguments.positional[0])
    } else {
      if arguments.positional.isEmpty {
        throw PythonError.typeError("\(name) expected at least 1 argument, got 0")
      }
      if fallback != nil {
        throw PythonError.typeError(
          "Cannot specify a default for \(name)() with multiple positional arguments")
      }
      candidates = arguments.positional
    }
    guard var best = candidates.first else {
      if let fallback { return fallback }
      throw PythonError.valueError("\(name)() arg is an empty sequence")
    }
    var bestKey = key.isNone ? best : try evaluator.call(key, Arguments([best]))
    for candidate in candidates.dropFirst() {
      try evaluator.step()
      let candidateKey = key.isNone ? candidate : try evaluator.call(key, Arguments([candidate]))
      if try evaluator.truthValue(try evaluator.richCompare(op, candidateKey, bestKey)) {
        best = candidate
        bestKey = candidateKey
      }
    }
    return best
  }

  static func round(_ evaluator: Evaluator, _ number: Value, _ digitsValue: Value) throws -> Value {
    switch number {
    case .int, .bool:
      let value = try number.asInt()
      guard !digitsValue.isNone else { return .int(value) }
      guard let digits = try evaluator.indexValue(digitsValue) else {
        throw PythonError.typeError("'\(digitsValue.typeName)' object cannot be interpreted as an integer")
      }
      if digits >= 0 { return .int(value) }
      if digits < -18 { return .int(0) }
      let scale = try Evaluator.integerPower(10, -digits)
      let (quotient, remainder) = value.quotientAndRemainder(dividingBy: scale)
      var rounded = quotient
      let twice = remainder.magnitude * 2
      if twice > UInt(scale) || (twice == UInt(scale) && quotient % 2 != 0) {
        rounded += value < 0 ? -1 : 1
      }
      let (result, overflow) = rounded.multipliedReportingOverflow(by: scale)
      if overflow { throw PythonError.overflow() }
      return .int(result)
    case .float(let value):
      guard !digitsValue.isNone else {
        return .int(try truncate(value.rounded(.toNearestOrEven)))
      }
      guard let digits = try evaluator.indexValue(digitsValue) else {
        throw PythonError.typeError("'\(digitsValue.typeName)' object cannot be interpreted as an integer")
      }
      return .float(roundFloat(value, digits))
    case .native(let object):
      let digits: Int? = digitsValue.isNone ? nil : try digitsValue.asInt()
      if let result = try object.round(ndigits: digits, context: evaluator.context) { return result }
      throw PythonError.typeError("type \(object.typeName) doesn't define __round__ method")
    default:
      throw PythonError.typeError("type \(number.typeName) doesn't define __round__ method")
    }
  }

  /// Python's correctly rounded `round(x, ndigits)` (half to even on the exact decimal value).
  static func roundFloat(_ value: Double, _ digits: Int) -> Double {
    guard value.isFinite, value != 0 else { return value }
    if digits > 323 { return value }
    if digits < -308 { return value.sign == .minus ? -0.0 : 0.0 }
    if digits >= 0 {
      let text = FloatFormatter.fixed(value, precision: digits)
      let result = Double(text) ?? value
      return result == 0 ? (value.sign == .minus ? -0.0 : 0.0) : result
    }
    let scale = Foundation.pow(10.0, Double(-digits))
    let scaled = value / scale
    var rounded = scaled.rounded(.toNearestOrEven)
    if abs(scaled - rounded) == 0.5 { rounded = 2.0 * (scaled / 2.0).rounded(.toNearestOrEven) }
    let result = rounded * scale
    return result == 0 ? (value.sign == .minus ? -0.0 : 0.0) : result
  }

  private static func modularPower(_ base: Int, _ exponent: Int, _ modulus: Int) -> Int {
    let m = modulus.magnitude
    var result: UInt = 1 % m
    var factor = base.magnitude % m
    if base < 0 && factor != 0 { factor = m - factor }
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 { result = m.dividingFullWidth(result.multipliedFullWidth(by: factor)).remainder }
      factor = m.dividingFullWidth(factor.multipliedFullWidth(by: factor)).remainder
      remaining >>= 1
    }
    var signed = Int(result)
    if modulus < 0 && signed != 0 { signed += modulus }
    return signed
  }
}
