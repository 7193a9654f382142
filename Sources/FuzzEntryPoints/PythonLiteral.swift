/// Python source for values the harnesses build from fuzz bytes.
enum PythonLiteral {
  /// A single-quoted string literal for `text`, with quotes, backslashes and control characters escaped.
  static func string(_ text: String) -> String {
    var literal = "'"
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": literal += "\\\\"
      case "'": literal += "\\'"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16)
        literal += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
      default: literal.unicodeScalars.append(scalar)
      }
    }
    return literal + "'"
  }

  /// A float expression that evaluates to exactly `number` (shortest repr, or `float('nan')` and the infinities).
  static func float(_ number: Double) -> String {
    if number.isNaN { return "float('nan')" }
    if number.isInfinite { return number < 0 ? "float('-inf')" : "float('inf')" }
    return "\(number)"
  }

  /// An int expression for `number` (the most negative Int has no literal of its own).
  static func int(_ number: Int) -> String {
    number == .min ? "(-\(Int.max) - 1)" : "\(number)"
  }
}
