/// The MT19937 core that CPython's `random` and PyTorch's CPU generator share: the 624 state words,
/// `init_genrand` seeding, the whole-state regeneration (the twist) and the output tempering.
///
/// Each generator keeps its own seeding on top of `init_genrand` and its own bookkeeping of when to
/// twist and which word to temper next; this type holds only what the algorithm fixes. What a draw
/// runs (the word access and the tempering) is `@inlinable`, so a generator's per-draw path compiles as if
/// the core were written inside it; the twist, once per 624 draws, stays out of line so that path stays
/// small enough to inline into the sampling loops.
/// The wrapping operators are the algorithm: MT19937 is defined modulo 2^32.
public struct MT19937State: Sendable {
  /// The number of state words.
  @inlinable public static var count: Int { 624 }

  /// The state words; a full state has `count` of them.
  public var words: [UInt32]

  /// A state of `words` as given (restored or built by a caller's own seeding); the caller checks there
  /// are `count` of them, or holds an empty one only as a stand-in that is never drawn from.
  @inlinable public init(words: [UInt32]) {
    self.words = words
  }

  /// `init_genrand(seed)`: each word from the one before by Knuth's multiplier.
  public init(genrandSeed seed: UInt32) {
    var words = [UInt32](repeating: 0, count: Self.count)
    words[0] = seed
    for index in 1..<Self.count {
      let previous = words[index - 1]
      words[index] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(index)
    }
    self.words = words
  }

  /// Regenerates all words in place, in index order (later words read the already regenerated ones).
  public mutating func twist() {
    let size = Self.count
    let shift = 397
    let matrix: UInt32 = 0x9908_b0df
    words.withUnsafeMutableBufferPointer { words in
      for index in 0..<size {
        let following = words[index + 1 < size ? index + 1 : 0]
        let y = (words[index] & 0x8000_0000) | (following & 0x7fff_ffff)
        let partner = index + shift < size ? index + shift : index + shift - size
        words[index] = words[partner] ^ (y >> 1) ^ ((following & 1) != 0 ? matrix : 0)
      }
    }
  }

  /// The output for one state word: MT19937's tempering.
  @inlinable public static func temper(_ word: UInt32) -> UInt32 {
    var y = word
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }
}
