import Foundation

/// The state behind a `random.Random` instance: the Mersenne Twister and `gauss`'s cached second value,
/// with CPython 3.11's algorithms on top of it, so a seeded cell draws exactly what CPython draws.
final class RandomGenerator {
  private var twister: MT19937
  /// The second value of `gauss`'s last pair, returned by its next call (CPython's `gauss_next`).
  var gaussNext: Double?

  /// A generator seeded with `key`, as `seed` leaves it.
  init(key: [UInt32]) {
    twister = MT19937(key: key)
  }

  /// Seeds from the words of a non-negative integer, least significant first (`init_by_array`).
  func seed(key: [UInt32]) {
    twister = MT19937(key: key)
    gaussNext = nil
  }

  /// The 32-bit words of `magnitude`, least significant first; zero is one word, as CPython keys it.
  static func key(_ magnitude: UInt64) -> [UInt32] {
    let low = UInt32(truncatingIfNeeded: magnitude)
    let high = UInt32(truncatingIfNeeded: magnitude >> 32)
    return high == 0 ? [low] : [low, high]
  }

  /// `random()`: 53 random bits as a float in [0, 1).
  func random() -> Double {
    let high = Double(twister.next() >> 5)
    let low = Double(twister.next() >> 6)
    return (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// `getrandbits(bits)` for 0...63 bits: whole 32-bit words, least significant first, the last one
  /// cut to the bits still wanted (CPython's order, so wider draws consume the generator alike).
  func randomBits(_ bits: Int) -> Int {
    if bits <= 0 { return 0 }
    if bits <= 32 { return Int(twister.next() >> UInt32(32 - bits)) }
    var result: UInt64 = 0
    var remaining = bits
    var shift: UInt64 = 0
    while remaining > 0 {
      var word = twister.next()
      if remaining < 32 { word >>= UInt32(32 - remaining) }
      result |= UInt64(word) << shift
      shift += 32
      remaining -= 32
    }
    return Int(truncatingIfNeeded: result)
  }

  /// A uniform integer in 0..<bound (bound > 0): CPython's `_randbelow_with_getrandbits`, which draws
  /// `bound.bit_length()` bits and rejects values out of range.
  func below(_ bound: Int) -> Int {
    let bits = Int.bitWidth - bound.leadingZeroBitCount
    var value = randomBits(bits)
    while value >= bound { value = randomBits(bits) }
    return value
  }

  /// `gauss(mu, sigma)`: Box–Muller, keeping the pair's second value for the next call.
  func gauss(mu: Double, sigma: Double) -> Double {
    var z: Double
    if let cached = gaussNext {
      z = cached
      gaussNext = nil
    } else {
      let angle = random() * (2 * Double.pi)
      let radius = (-2.0 * log(1.0 - random())).squareRoot()
      z = cos(angle) * radius
      gaussNext = sin(angle) * radius
    }
    return mu + z * sigma
  }

  /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
  func normalVariate(mu: Double, sigma: Double) -> Double {
    let magic = 4 * exp(-0.5) / 2.0.squareRoot()
    while true {
      let u1 = random()
      let u2 = 1.0 - random()
      let z = magic * (u1 - 0.5) / u2
      if z * z / 4.0 <= -log(u2) { return mu + z * sigma }
    }
  }

  /// The twister's state as `getstate` gives it: 624 words, then the index of the next word.
  var stateWords: [Int] { twister.state.map { Int($0) } + [twister.index] }

  /// Restores the state `stateWords` gave; false when it is not one (wrong length or index).
  func restore(_ words: [UInt32], index: Int) -> Bool {
    guard let restored = MT19937(state: words, index: index) else { return false }
    twister = restored
    return true
  }
}
