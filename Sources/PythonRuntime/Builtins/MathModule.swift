import Foundation

/// Python's `math` module (the subset lessons use), with CPython's domain and range errors.
enum MathModule {
  static func make() -> ModuleObject {
    let module = ModuleObject(name: "math")
    module.attributes["pi"] = .float(Double.pi)
    module.attributes["e"] = .float(M_E)
    module.attributes["tau"] = .float(2 * Double.pi)
    module.attributes["inf"] = .float(.infinity)
    module.attributes["nan"] = .float(.nan)

    @Sendable func real(_ value: Value) throws -> Double {
      switch value {
      case .int, .float, .bool: return try value.asDouble()
      default: throw PythonError.typeError("must be real number, not \(value.typeName)")
      }
    }
    @Sendable func one(_ arguments: Arguments, _ name: String) throws -> Double {
      guard arguments.keywords.isEmpty else {
        throw PythonError.typeError("math.\(name)() takes no keyword arguments")
      }
      guard arguments.positional.count == 1 else {
        throw PythonError.typeError(
          "math.\(name)() takes exactly one argument (\(arguments.positional.count) given)")
      }
      return try real(arguments.positional[0])
    }
    @Sendable func two(_ arguments: Arguments, _ name: String) throws -> (Double, Double) {
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("\(name) expected 2 arguments, got \(arguments.positional.count)")
      }
      return (try real(arguments.positional[0]), try real(arguments.positional[1]))
    }
    let domainError = PythonError.valueError("math domain error")
    let rangeError = PythonError(.overflowError, "math range error")
    /// A one-argument function with CPython's error checks: NaN from a non-NaN input is a domain
    /// error, infinity from a finite input is a range error.
    func unary(
      _ name: String, _ function: @escaping @Sendable (Double) -> Double, overflowIsDomain: Bool = false
    ) {
      module.define(name) { arguments, _ in
        let x = try one(arguments, name)
        let result = function(x)
        if result.isNaN && !x.isNaN { throw domainError }
        if result.isInfinite && x.isFinite { throw overflowIsDomain ? domainError : rangeError }
        return .float(result)
      }
    }
    unary("sqrt", Foundation.sqrt)
    unary("exp", Foundation.exp)
    unary("expm1", Foundation.expm1)
    unary("log2", Foundation.log2, overflowIsDomain: true)
    unary("log10", Foundation.log10, overflowIsDomain: true)
    unary("log1p", Foundation.log1p, overflowIsDomain: true)
    unary("sin", Foundation.sin)
    unary("cos", Foundation.cos)
    unary("tan", Foundation.tan)
    unary("asin", Foundation.asin)
    unary("acos", Foundation.acos)
    unary("atan", Foundation.atan)
    unary("sinh", Foundation.sinh)
    unary("cosh", Foundation.cosh)
    unary("tanh", Foundation.tanh)
    unary("asinh", Foundation.asinh)
    unary("acosh", Foundation.acosh)
    unary("atanh", Foundation.atanh, overflowIsDomain: true)
    unary("fabs", Swift.abs)
    unary("erf", Foundation.erf)
    unary("erfc", Foundation.erfc)
    unary("gamma", Foundation.tgamma, overflowIsDomain: true)
    unary("lgamma", Foundation.lgamma, overflowIsDomain: true)
    unary("degrees") { $0 * 180 / Double.pi }
    unary("radians") { $0 * Double.pi / 180 }
    module.define("log") { arguments, _ in
      guard (1...2).contains(arguments.positional.count) else {
        throw PythonError.typeError("log expected 1 or 2 arguments, got \(arguments.positional.count)")
      }
      let x = try real(arguments.positional[0])
      guard x > 0 || x.isNaN else { throw domainError }
      var result = Foundation.log(x)
      if arguments.positional.count == 2 {
        let base = try real(arguments.positional[1])
        guard base > 0 || base.isNaN else { throw domainError }
        let denominator = Foundation.log(base)
        if denominator == 0 {
          throw PythonError(.zeroDivisionError, "float division by zero")
        }
        result /= denominator
      }
      return .float(result)
    }
    module.define("atan2") { arguments, _ in
      let (y, x) = try two(arguments, "atan2")
      return .float(Foundation.atan2(y, x))
    }
    module.define("hypot") { arguments, _ in
      .float(
        Foundation.sqrt(
          try arguments.positional.reduce(0.0) { total, value in
            let x = try real(value)
            return total + x * x
          }))
    }
    module.define("pow") { arguments, _ in
      let (x, y) = try two(arguments, "pow")
      let result = Foundation.pow(x, y)
      if x == 0 && y < 0 { throw domainError }
      if result.isNaN && !x.isNaN && !y.isNaN { throw domainError }
      if result.isInfinite && x.isFinite && y.isFinite { throw rangeError }
      return .float(result)
    }
    module.define("copysign") { arguments, _ in
      let (x, y) = try two(arguments, "copysign")
      return .float(Foundation.copysign(x, y))
    }
    module.define("fmod") { arguments, _ in
      let (x, y) = try two(arguments, "fmod")
      if y == 0 || x.isInfinite { if !x.isNaN && !y.isNaN { throw domainError } }
      return .float(Foundation.fmod(x, y))
    }
    for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
      module.define(name) { arguments, _ in
        guard arguments.positional.count == 1 else {
          throw PythonError.typeError(
            "math.\(name)() takes exactly one argument (\(arguments.positional.count) given)")
        }
        switch arguments.positional[0] {
        case .int(let number): return .int(number)
        case .bool(let flag): return .int(flag ? 1 : 0)
        default:
          let x = try real(arguments.positional[0])
          return .int(try Builtins.truncate(x.rounded(rule)))
        }
      }
    }
    module.define("isnan") { arguments, _ in .bool(try one(arguments, "isnan").isNaN) }
    module.define("isinf") { arguments, _ in .bool(try one(arguments, "isinf").isInfinite) }
    module.define("isfinite") { arguments, _ in .bool(try one(arguments, "isfinite").isFinite) }
    module.define("isclose") { arguments, _ in
      let bound = try arguments.bind(
        Signature(
          "isclose",
          [
            "a", "b", .init("rel_tol", default: .float(1e-9), keywordOnly: true),
            .init("abs_tol", default: .float(0), keywordOnly: true),
          ]))
      let a = try real(bound["a"])
      let b = try real(bound["b"])
      let relative = try real(bound["rel_tol"])
      let absolute = try real(bound["abs_tol"])
      if relative < 0 || absolute < 0 { throw PythonError.valueError("tolerances must be non-negative") }
      if a == b { return .bool(true) }
      if a.isInfinite || b.isInfinite { return .bool(false) }
      let difference = Swift.abs(b - a)
      return .bool(
        difference <= Swift.abs(relative * b) || difference <= Swift.abs(relative * a)
          || difference <= absolute)
    }
    module.define("factorial") { arguments, _ in
      guard arguments.positional.count == 1 else {
        throw PythonError.typeError(
          "math.factorial() takes exactly one argument (\(arguments.positional.count) given)")
      }
      let n = try arguments.positional[0].asInt()
      if n < 0 { throw PythonError.valueError("factorial() not defined for negative values") }
      var result = 1
      var k = 2
      while k <= n {
        let (product, overflow) = result.multipliedReportingOverflow(by: k)
        if overflow { throw PythonError.overflow() }
        result = product
        k += 1
      }
      return .int(result)
    }
    module.define("gcd") { arguments, _ in
      var result = 0
      for value in arguments.positional {
        var a = try value.asInt().magnitude
        var b = UInt(result)
        while b != 0 { (a, b) = (b, a % b) }
        guard a <= UInt(Int.max) else { throw PythonError.overflow() }
        result = Int(a)
      }
      return .int(result)
    }
    module.define("comb") { arguments, _ in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("comb expected 2 arguments, got \(arguments.positional.count)")
      }
      let n = try arguments.positional[0].asInt()
      var k = try arguments.positional[1].asInt()
      if n < 0 { throw PythonError.valueError("n must be a non-negative integer") }
      if k < 0 { throw PythonError.valueError("k must be a non-negative integer") }
      if k > n { return .int(0) }
      k = min(k, n - k)
      var result = 1
      if k > 0 {
        for i in 1...k {
          let (product, overflow) = result.multipliedReportingOverflow(by: n - k + i)
          if overflow { throw PythonError.overflow() }
          result = product / i
        }
      }
      return .int(result)
    }
    module.define("prod") { arguments, context in
      let bound = try arguments.bind(
        Signature(
          "prod",
          [.init("iterable", positionalOnly: true), .init("start", default: .int(1), keywordOnly: true)]))
      var total = bound["start"]
      for element in try context.iterate(bound["iterable"]) {
        total = try context.evaluator.binary(.multiply, total, element)
      }
      return total
    }
    module.define("fsum") { arguments, context in
      guard arguments.positional.count == 1 else {
        throw PythonError.typeError(
          "math.fsum() takes exactly one argument (\(arguments.positional.count) given)")
      }
      var partials: [Double] = []
      for element in try context.iterate(arguments.positional[0]) {
        var x = try real(element)
        var kept: [Double] = []
        for var y in partials {
          if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
          let high = x + y
          let low = y - (high - x)
          if low != 0 { kept.append(low) }
          x = high
        }
        kept.append(x)
        partials = kept
      }
      return .float(Self.roundedSum(partials))
    }
    return module
  }

  /// The correctly rounded sum of non-overlapping partials (the end of Shewchuk's algorithm).
  private static func roundedSum(_ partials: [Double]) -> Double {
    guard var index = partials.indices.last else { return 0 }
    var high = partials[index]
    var low = 0.0
    while index > 0 {
      index -= 1
      let x = high
      let y = partials[index]
      high = x + y
      let yr = high - x
      low = y - yr
      if low != 0 { break }
    }
    if index > 0 && ((low < 0 && partials[index - 1] < 0) || (low > 0 && partials[index - 1] > 0)) {
      let y = low * 2
      let x = high + y
      let yr = x - high
      if y == yr { high = x }
    }
    return high
  }
}
