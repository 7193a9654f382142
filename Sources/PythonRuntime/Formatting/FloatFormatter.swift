import NumberFormat
import Foundation

/// The float conversions of the format-spec mini-language beyond `PythonFloatFormat`: precisions
/// above its cap, the `#` (alternate) form and the no-type `.N` form of general formatting.
enum FloatFormatter {
  /// More fraction digits than any double's exact decimal expansion has (at most 1,074), so digits
  /// requested beyond this are always zeros.
  private static let exactFractionDigits = 1_100

  /// More significant digits than any double's exact decimal expansion has (at most 767).
  private static let exactSignificantDigits = 800

  /// `format(value, '.Nf')` for a finite value (sign included).
  static func fixed(_ value: Double, precision: Int) -> String {
    if precision <= PythonFloatFormat.maximumPrecision {
      return PythonFloatFormat.fixed(value, precision: precision)
    }
    let computed = min(precision, exactFractionDigits)
    return cFormat(value, precision: computed, conversion: "f") + zeros(precision - computed)
  }

  /// `format(value, '.Ne')` for a finite value (sign included).
  static func exponent(_ value: Double, precision: Int) -> String {
    if precision <= PythonFloatFormat.maximumPrecision {
      return PythonFloatFormat.scientific(value, precision: precision)
    }
    let computed = min(precision, exactSignificantDigits)
    let text = cFormat(value, precision: computed, conversion: "e")
    guard computed < precision, let exponentStart = text.firstIndex(of: "e") else { return text }
    return String(text[..<exponentStart]) + zeros(precision - computed) + text[exponentStart...]
  }

  /// `format(value, '.Ng')`, or the no-type `format(value, '.N')` when `noType` (which switches to
  /// exponent notation one digit earlier and keeps at least one fraction digit), for a finite value.
  static func general(_ value: Double, precision: Int, alternate: Bool, noType: Bool) -> String {
    let significant = max(precision, 1)
    if !alternate && !noType && significant <= PythonFloatFormat.maximumPrecision {
      return PythonFloatFormat.general(value, precision: significant)
    }
    let scientific = exponent(value, precision: significant - 1)
    let exponentStart = scientific.firstIndex(of: "e") ?? scientific.endIndex
    let decimalExponent = Int(scientific[exponentStart...].dropFirst()) ?? 0
    let positionalLimit = noType ? significant - 1 : significant
    if decimalExponent >= -4 && decimalExponent < positionalLimit {
      var text = fixed(value, precision: max(significant - 1 - decimalExponent, 0))
      if !alternate { text = stripTrailingZeros(text) }
      if noType && !text.contains(".") { text += ".0" }
      if alternate && !text.contains(".") { text += "." }
      return text
    }
    var mantissa = String(scientific[..<exponentStart])
    if !alternate { mantissa = stripTrailingZeros(mantissa) }
    if alternate && !mantissa.contains(".") { mantissa += "." }
    return mantissa + scientific[exponentStart...]
  }

  private static func zeros(_ count: Int) -> String {
    String(repeating: "0", count: max(count, 0))
  }

  private static func stripTrailingZeros(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = Substring(text)
    while result.hasSuffix("0") { result.removeLast() }
    if result.hasSuffix(".") { result.removeLast() }
    return String(result)
  }

  /// The C library's `%.*f` / `%.*e` for precisions beyond `PythonFloatFormat.maximumPrecision`.
  private static func cFormat(_ value: Double, precision: Int, conversion: Character) -> String {
    String(format: "%.\(precision)\(conversion)", value)
  }
}
