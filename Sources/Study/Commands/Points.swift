/// Points as the learner reads them: whole numbers without a decimal point, fractions with at most two decimals.
enum Points {
  static func text(_ points: Double) -> String {
    guard points.isFinite else { return "0" }
    let value = (points * 100).rounded() / 100
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// Rounded to six decimal places for JSON, so three thirds read 1.
  static func value(_ points: Double) -> Double {
    guard points.isFinite else { return 0 }
    return (points * 1e6).rounded() / 1e6
  }
}
