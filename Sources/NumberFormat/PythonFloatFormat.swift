import CFloatFormat

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Python's float formatting: `"%.4f" % x`, `"%.4e" % x` and `repr(x)`, character for character.
///
/// `%` formatting goes through the C library's `snprintf`, which (like CPython) rounds correctly from
/// the exact binary value, ties to even. Non-finite values print as Python prints them: `inf`, `-inf`,
/// `nan` (never `-nan`).
public enum PythonFloatFormat {
  /// The largest precision accepted; larger requests are clamped (Python itself caps near 100 digits).
  public static let maximumPrecision = 100

  /// `"%.<precision>f" % value`, e.g. `fixed(1.03125, precision: 4) == "1.0312"`.
  public static func fixed(_ value: Double, precision: Int) -> String {
    if let special = nonFiniteText(value) { return special }
    return cFormat(value, precision: precision, conversion: "f")
  }

  /// `"%.<precision>e" % value`, e.g. `scientific(1e-5, precision: 4) == "1.0000e-05"`.
  public static func scientific(_ value: Double, precision: Int) -> String {
    if let special = nonFiniteText(value) { return special }
    return cFormat(value, precision: precision, conversion: "e")
  }

  /// `"%.<precision>g" % value` — also what a C++ stream prints for a double (precision 6), as in
  /// PyTorch's error messages: `-0.123457`, `1e-07`, `3e+38`.
  public static func general(_ value: Double, precision: Int = 6) -> String {
    if let special = nonFiniteText(value) { return special }
    return cFormat(value, precision: precision, conversion: "g")
  }

  /// Python's `repr(float)`: the shortest round-tripping digits, positional for decimal exponents
  /// -4 ..< 16 (with `.0` when there is no fraction), otherwise `d.ddde±XX`.
  public static func repr(_ value: Double) -> String {
    if let special = nonFiniteText(value) { return special }
    if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
    let sign = value < 0 ? "-" : ""
    guard let (digits, exponent) = shortestDigits(abs(value)) else { return value.description }
    if exponent >= -4 && exponent < 16 {
      if exponent >= 0 {
        let integerCount = exponent + 1
        if digits.count <= integerCount {
          return sign + String(digits) + String(repeating: "0", count: integerCount - digits.count) + ".0"
        }
        return sign + String(digits.prefix(integerCount)) + "." + String(digits.dropFirst(integerCount))
      }
      return sign + "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
    }
    var mantissa = String(digits.prefix(1))
    if digits.count > 1 { mantissa += "." + String(digits.dropFirst()) }
    let exponentDigits = String(abs(exponent))
    let paddedExponent = exponentDigits.count < 2 ? "0" + exponentDigits : exponentDigits
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + paddedExponent
  }

  /// `inf`, `-inf` or `nan` for non-finite values, nil otherwise.
  public static func nonFiniteText(_ value: Double) -> String? {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    return nil
  }

  /// The significant decimal digits (no leading/trailing zeros) of a positive finite value's shortest
  /// round-tripping representation, and the decimal exponent of the first digit.
  private static func shortestDigits(_ value: Double) -> ([Character], Int)? {
    let text = value.description
    let parts = text.split(separator: "e", omittingEmptySubsequences: false)
    guard parts.count == 1 || parts.count == 2 else { return nil }
    var exponentShift = 0
    if parts.count == 2 {
      guard let parsed = Int(parts[1].hasPrefix("+") ? String(parts[1].dropFirst()) : String(parts[1]))
      else { return nil }
      exponentShift = parsed
    }
    let mantissa = parts[0]
    var digits: [Character] = []
    var pointPosition: Int?
    for character in mantissa {
      if character == "." {
        pointPosition = digits.count
      } else if character.isASCII, character.isNumber {
        digits.append(character)
      } else {
        return nil
      }
    }
    let integerDigitCount = pointPosition ?? digits.count
    guard let firstNonZero = digits.firstIndex(where: { $0 != "0" }) else { return nil }
    var significant = Array(digits[firstNonZero...])
    while significant.count > 1, significant.last == "0" { significant.removeLast() }
    let exponent = integerDigitCount - 1 - firstNonZero + exponentShift
    return (significant, exponent)
  }

  /// Formats with the C library: `%.*f`, `%.*e` or `%.*g`.
  private static func cFormat(_ value: Double, precision: Int, conversion: Character) -> String {
    let clamped = Int32(max(0, min(precision, maximumPrecision)))
    let code: CChar
    switch conversion {
    case "e": code = CChar(UInt8(ascii: "e"))
    case "g": code = CChar(UInt8(ascii: "g"))
    default: code = CChar(UInt8(ascii: "f"))
    }
    // %f of the largest double has 309 integer digits; add room for sign, point and the fraction.
    let capacity = 320 + Int(clamped) + 8
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
      guard let start = buffer.baseAddress else { return value.description }
      let written = gradbook_format_double(start, capacity, clamped, code, value)
      guard written > 0, Int(written) < capacity else { return value.description }
      return String(cString: start)
    }
  }
}
