/// The 32-bit Mersenne Twister as CPython's `_random.Random` runs it: seeded by `init_by_array` over
/// the seed's 32-bit words, the whole state regenerated when its 624 words are used up.
///
/// The wrapping operators are the algorithm: MT19937 is defined modulo 2^32.
struct MT19937 {
  static let stateSize = 624
  private static let shift = 397
  private static let matrix: UInt32 = 0x9908_b0df
  private static let upperMask: UInt32 = 0x8000_0000
  private static let lowerMask: UInt32 = 0x7fff_ffff

  /// The 624 state words.
  private(set) var state: [UInt32]
  /// Index of the next word to temper; 624 means the state is regenerated before the next draw.
  private(set) var index: Int

  /// A generator seeded with `key` (the seed's 32-bit words, least significant first; never empty).
  init(key: [UInt32]) {
    state = MT19937.initialState(0x012b_d6aa)  // 19650218, the reference implementation's constant
    index = Self.stateSize
    let size = Self.stateSize
    var i = 1
    var j = 0
    for _ in 0..<max(size, key.count) {
      let previous = state[i - 1]
      state[i] =
        (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
      i += 1
      j += 1
      if i >= size {
        state[0] = state[size - 1]
        i = 1
      }
      if j >= key.count { j = 0 }
    }
    for _ in 0..<(size - 1) {
      let previous = state[i - 1]
      state[i] =
        (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(truncatingIfNeeded: i)
      i += 1
      if i >= size {
        state[0] = state[size - 1]
        i = 1
      }
    }
    state[0] = 0x8000_0000  // the most significant bit set: the state is never all zero
  }

  /// A generator restored from `state` (624 words) and `index` (0...624), as `setstate` gives them.
  init?(state: [UInt32], index: Int) {
    guard state.count == Self.stateSize, (0...Self.stateSize).contains(index) else { return nil }
    self.state = state
    self.index = index
  }

  /// `init_genrand`: the state that `init_by_array` starts from.
  private static func initialState(_ seed: UInt32) -> [UInt32] {
    var words = [UInt32](repeating: 0, count: stateSize)
    words[0] = seed
    for position in 1..<stateSize {
      let previous = words[position - 1]
      words[position] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(position)
    }
    return words
  }

  /// The next 32-bit output (`genrand_uint32`).
  mutating func next() -> UInt32 {
    if index >= Self.stateSize { regenerate() }
    var y = state[index]
    index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// Regenerates all 624 words in place, in index order.
  private mutating func regenerate() {
    let size = Self.stateSize
    for position in 0..<size {
      let following = position + 1 < size ? position + 1 : 0
      let y = (state[position] & Self.upperMask) | (state[following] & Self.lowerMask)
      let partner = (position + Self.shift) % size
      state[position] = state[partner] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : Self.matrix)
    }
    index = 0
  }
}
