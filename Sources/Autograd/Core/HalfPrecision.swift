/// Rounding of floats to PyTorch's 16-bit floating types, nearest-even, as `c10::Half` and `c10::BFloat16`
/// convert: overflow gives infinity, NaN stays NaN.
enum HalfPrecision {
  /// The float16 value nearest to `value` (IEEE binary16: 5 exponent bits, 10 fraction bits).
  static func half(_ value: Float) -> Double {
    if value.isNaN { return .nan }
    let magnitude = Swift.abs(value)
    let sign: Double = value.sign == .minus ? -1 : 1
    // Largest finite half is 65504; values from 65520 up round to infinity.
    if magnitude >= 65520 { return sign * .infinity }
    if magnitude == 0 { return sign * 0 }
    // Subnormal halves are multiples of 2^-24; normal ones have 11 significant bits.
    let exponent = Swift.max(magnitude.exponent, -14)
    let quantum = Double(sign: .plus, exponent: Int(exponent) - 10, significand: 1)
    let steps = (Double(magnitude) / quantum).rounded(.toNearestOrEven)
    return sign * steps * quantum
  }

  /// The bfloat16 value nearest to `value` (float32's exponent range, 7 fraction bits): the upper 16 bits
  /// of the float, rounded to nearest even on the lower 16.
  static func brain(_ value: Float) -> Double {
    if value.isNaN { return .nan }
    let bits = value.bitPattern
    let lower = bits & 0xFFFF
    var upper = bits >> 16
    if lower > 0x8000 || (lower == 0x8000 && upper & 1 == 1) { upper &+= 1 }
    return Double(Float(bitPattern: upper << 16))
  }
}
