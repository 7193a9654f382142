/// Finds, by bisection, the smallest budget under which some work fits, so tests can state what an operation costs
/// in steps without counting every step by hand.
public enum BudgetBisection {
  /// The smallest budget in `1...upperBound` for which `fits` holds (`fits` must be monotonic), or nil if none.
  public static func smallestFitting(upTo upperBound: Int, _ fits: (Int) -> Bool) -> Int? {
    guard fits(upperBound) else { return nil }
    var low = 0
    var high = upperBound
    while high - low > 1 {
      let middle = low + (high - low) / 2
      if fits(middle) { high = middle } else { low = middle }
    }
    return high
  }
}
