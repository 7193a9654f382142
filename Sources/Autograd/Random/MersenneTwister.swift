/// The 32-bit Mersenne Twister (MT19937) exactly as PyTorch's CPU generator runs it:
/// `init_genrand` seeding, whole-state regeneration on the first draw after seeding.
struct MersenneTwister {
  static let stateSize = 624
  private static let shift = 397
  private static let matrix: UInt32 = 0x9908_b0df
  private static let upperMask: UInt32 = 0x8000_0000
  private static let lowerMask: UInt32 = 0x7fff_ffff

  private(set) var state: [UInt32]
  /// Draws left before the next regeneration (starts at 1, so the first draw regenerates).
  private(set) var left: Int
  /// Index of the next state word to temper.
  private(set) var nextIndex: Int

  /// A stand-in with no state, only ever held while the real engine is borrowed; never drawn from.
  static let placeholder = MersenneTwister(emptyState: ())

  private init(emptyState: Void) {
    state = []
    left = 0
    nextIndex = 0
  }

  init(seed: UInt32) {
    var words = [UInt32](repeating: 0, count: Self.stateSize)
    words[0] = seed
    for index in 1..<Self.stateSize {
      let previous = words[index - 1]
      // MT19937's seeding is defined modulo 2^32: the wrapping operators are the algorithm.
      words[index] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(index)
    }
    state = words
    left = 1
    nextIndex = 0
  }

  /// An engine resumed from saved words, draws left and next index (`Generator.set_state`); nil unless
  /// they form a state the engine can run from, as PyTorch's `mt19937::is_valid` judges it, and unless every
  /// draw before the next regeneration reads a word inside the state (PyTorch would read past its array).
  init?(state words: [UInt32], left: Int, nextIndex: Int) {
    guard words.count == Self.stateSize, left > 0, left <= Self.stateSize, nextIndex >= 0,
      nextIndex <= Self.stateSize, left == 1 || nextIndex + left <= Self.stateSize + 1
    else { return nil }
    state = words
    self.left = left
    self.nextIndex = nextIndex
  }

  /// The next 32-bit output (`random()` in PyTorch).
  mutating func nextUInt32() -> UInt32 {
    left -= 1
    if left == 0 { regenerate() }
    var y = state[nextIndex]
    nextIndex += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// Two outputs, the first as the high half (`random64()` in PyTorch).
  mutating func nextUInt64() -> UInt64 {
    let high = UInt64(nextUInt32())
    let low = UInt64(nextUInt32())
    return (high << 32) | low
  }

  /// Regenerates all 624 words in place, in index order.
  private mutating func regenerate() {
    let size = Self.stateSize
    state.withUnsafeMutableBufferPointer { words in
      for index in 0..<size {
        let following = words[index + 1 < size ? index + 1 : 0]
        let y = (words[index] & Self.upperMask) | (following & Self.lowerMask)
        let partnerIndex = index + Self.shift < size ? index + Self.shift : index + Self.shift - size
        words[index] = words[partnerIndex] ^ (y >> 1) ^ ((following & 1) != 0 ? Self.matrix : 0)
      }
    }
    left = size
    nextIndex = 0
  }
}
