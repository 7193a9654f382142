import Foundation

/// Python's float text: `repr` (shortest round-trip with Python's exponent rules) and the
/// fixed/exponent/general conversions of the format-spec mini-language.
enum FloatFormatter {
  /// Shortest round-trip digits and decimal-point position: value = 0.DIGITS × 10^pointPosition.
  static func shortestDigits(_ value: Double) -> (digits: String, pointPosition: Int) {
    let text = "\(abs(value))"
    var mantissa = Substring(text)
    var exponent = 0
    if let eIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<eIndex]
      exponent = Int(text[text.index(after: eIndex)...]) ?? 0
    }
    var integerPart = mantissa
    var fractionPart: Substring = ""
    if let dot = mantissa.firstIndex(of: ".") {
      integerPart = mantissa[..<dot]
      fractionPart = mantissa[mantissa.index(after: dot)...]
    }
    var digits = String(integerPart) + String(fractionPart)
    var pointPosition = integerPart.count + exponent
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      pointPosition -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    if digits == "0" { pointPosition = 1 }
    return (digits, pointPosition)
  }

  /// `repr(float)` exactly as CPython prints it.
  static func repr(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let sign = value.sign == .minus ? "-" : ""
    if value == 0 { return sign + "0.0" }
    let (digits, point) = shortestDigits(value)
    if point > -4 && point <= 16 {
      return sign + fixedText(digits: digits, point: point, minimumFraction: 1)
    }
    return sign + exponentText(digits: digits, exponent: point - 1)
  }

  /// Digits placed around the decimal point, padded with zeros.
  private static func fixedText(digits: String, point: Int, minimumFraction: Int) -> String {
    var integerPart: String
    var fractionPart: String
    if point <= 0 {
      integerPart = "0"
      fractionPart = String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      integerPart = digits + String(repeating: "0", count: point - digits.count)
      fractionPart = ""
    } else {
      integerPart = String(digits.prefix(point))
      fractionPart = String(digits.dropFirst(point))
    }
    if fractionPart.count < minimumFraction {
      fractionPart += String(repeating: "0", count: minimumFraction - fractionPart.count)
    }
    return fractionPart.isEmpty ? integerPart : integerPart + "." + fractionPart
  }

  private static func exponentText(digits: String, exponent: Int) -> String {
    var mantissa = String(digits.prefix(1))
    if digits.count > 1 { mantissa += "." + digits.dropFirst() }
    return mantissa + "e" + exponentSuffix(exponent)
  }

  private static func exponentSuffix(_ exponent: Int) -> String {
    let magnitude = String(abs(exponent))
    return (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" + magnitude : magnitude)
  }

  /// `format(value, '.Nf')` for a finite value (sign included).
  static func fixed(_ value: Double, precision: Int) -> String {
    String(format: "%.\(min(precision, 1_000))f", value)
  }

  /// `format(value, '.Ne')` for a finite value (sign included).
  static func exponent(_ value: Double, precision: Int) -> String {
    String(format: "%.\(min(precision, 1_000))e", value)
  }

  /// `format(value, '.Ng')` (or the no-type form when `alwaysFraction`) for a finite value.
  static func general(_ value: Double, precision: Int, alternate: Bool, noType: Bool) -> String {
    let significant = max(precision, 1)
    if value == 0 {
      let sign = value.sign == .minus ? "-" : ""
      if alternate { return sign + "0." + String(repeating: "0", count: significant - 1) }
      return sign + (noType ? "0.0" : "0")
    }
    let scientific = exponent(value, precision: significant - 1)
    let exponentValue: Int
    if let eIndex = scientific.firstIndex(of: "e") {
      exponentValue = Int(scientific[scientific.index(after: eIndex)...]) ?? 0
    } else {
      exponentValue = 0
    }
    let upper = noType ? significant : significant
    if exponentValue >= -4 && exponentValue < upper {
      var text = fixed(value, precision: max(significant - 1 - exponentValue, 0))
      if !alternate { text = stripTrailingZeros(text) }
      if noType && !text.contains(".") { text += ".0" }
      return text
    }
    var mantissa = String(scientific[..<(scientific.firstIndex(of: "e") ?? scientific.endIndex)])
    if !alternate { mantissa = stripTrailingZeros(mantissa) }
    return mantissa + "e" + exponentSuffix(exponentValue)
  }

  private static func stripTrailingZeros(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = text
    while result.hasSuffix("0") { result.removeLast() }
    if result.hasSuffix(".") { result.removeLast() }
    return result
  }
}
