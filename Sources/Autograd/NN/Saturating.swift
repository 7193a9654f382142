/// Integer arithmetic on sizes a learner passes in (kernel sizes, padding, class counts) that clamps at the
/// ends of `Int` instead of trapping; the clamped values then fail the ordinary size checks with their
/// usual messages.
enum Saturating {
  static func add(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? Int.max : Int.min) : sum
  }

  static func multiply(_ a: Int, _ b: Int) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? ((a < 0) == (b < 0) ? Int.max : Int.min) : product
  }

  /// `dilation * (kernel - 1)`: how far a dilated kernel reaches past its first tap.
  static func reach(kernel: Int, dilation: Int) -> Int {
    multiply(dilation, add(kernel, -1))
  }

  /// The product of `values`, clamped.
  static func product(_ values: [Int]) -> Int {
    values.reduce(1) { multiply($0, $1) }
  }
}
