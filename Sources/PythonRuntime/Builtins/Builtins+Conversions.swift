import Foundation

/// Python's conversions to numbers, shared by `int()`, `float()`, `round` and `math`.
extension Builtins {
  static func toFloat(_ evaluator: Evaluator, _ value: Value) throws -> Double {
    switch value {
    case .float(let number): return number
    case .int(let number): return Double(number)
    case .bool(let flag): return flag ? 1 : 0
    case .string(let text):
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      let lowered = trimmed.lowercased()
      let unsigned = lowered.hasPrefix("-") || lowered.hasPrefix("+") ? String(lowered.dropFirst()) : lowered
      let negative = lowered.hasPrefix("-")
      if unsigned == "inf" || unsigned == "infinity" { return negative ? -.infinity : .infinity }
      if unsigned == "nan" { return .nan }
      let valid =
        !unsigned.isEmpty && unsigned.allSatisfy { "0123456789.e+-_".contains($0) }
        && !unsigned.hasPrefix("_")
        && !unsigned.hasSuffix("_") && !unsigned.contains("__") && !unsigned.contains("._")
        && !unsigned.contains("_.")
      if valid, let number = Double(trimmed.replacingOccurrences(of: "_", with: "")) { return number }
      throw PythonError.valueError("could not convert string to float: \(ValueFormatter.quoted(text))")
    case .native(let object):
      if let number = try object.floatValue(context: evaluator.context) { return number }
      throw PythonError.typeError(
        "float() argument must be a string or a real number, not '\(value.typeName)'")
    default:
      throw PythonError.typeError(
        "float() argument must be a string or a real number, not '\(value.typeName)'")
    }
  }

  static func toInt(_ evaluator: Evaluator, _ value: Value, base baseValue: Value, explicitX: Bool) throws
    -> Int
  {
    if !baseValue.isNone {
      guard case .string(let text) = value, explicitX else {
        throw PythonError.typeError("int() can't convert non-string with explicit base")
      }
      let base = try baseValue.asInt()
      guard base == 0 || (2...36).contains(base) else {
        throw PythonError.valueError("int() base must be >= 2 and <= 36, or 0")
      }
      return try parseInt(text, base: base)
    }
    switch value {
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    case .float(let number): return try truncate(number)
    case .string(let text): return try parseInt(text, base: 10)
    case .native(let object):
      if let number = try object.intValue(context: evaluator.context) { return number }
      throw PythonError.typeError(
        "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
    default:
      throw PythonError.typeError(
        "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
    }
  }

  static func truncate(_ number: Double) throws -> Int {
    if number.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
    if number.isInfinite {
      throw PythonError(.overflowError, "cannot convert float infinity to integer")
    }
    guard let result = Int(exactly: number.rounded(.towardZero)) else { throw PythonError.overflow() }
    return result
  }

  private static func parseInt(_ text: String, base requestedBase: Int) throws -> Int {
    let invalid = PythonError.valueError(
      "invalid literal for int() with base \(requestedBase): \(ValueFormatter.quoted(text))")
    var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    var base = requestedBase
    let lower = body.lowercased()
    for (prefix, prefixBase) in [("0x", 16), ("0o", 8), ("0b", 2)]
    where lower.hasPrefix(prefix) && (base == 0 || base == prefixBase) {
      base = prefixBase
      body = body.dropFirst(2)
      if body.hasPrefix("_") { body = body.dropFirst() }
    }
    if base == 0 {
      base = 10
      if body.count > 1 && body.hasPrefix("0") && body.contains(where: { $0 != "0" && $0 != "_" }) {
        throw invalid
      }
    }
    guard !body.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__") else {
      throw invalid
    }
    let digits = body.replacingOccurrences(of: "_", with: "")
    guard digits.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { throw invalid }
    guard let magnitude = UInt(digits, radix: base) else {
      if digits.allSatisfy({ Int(String($0), radix: base) != nil }) { throw PythonError.overflow() }
      throw invalid
    }
    if negative {
      if magnitude == UInt(Int.max) + 1 { return Int.min }
      guard magnitude <= UInt(Int.max) else { throw PythonError.overflow() }
      return -Int(magnitude)
    }
    guard magnitude <= UInt(Int.max) else { throw PythonError.overflow() }
    return Int(magnitude)
  }

}
