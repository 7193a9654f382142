import MT19937Core

/// The 32-bit Mersenne Twister as CPython's `_random.Random` runs it: seeded by `init_by_array` over
/// the seed's 32-bit words, the whole state regenerated when its 624 words are used up.
///
/// The wrapping operators are the algorithm: MT19937 is defined modulo 2^32.
struct MT19937 {
  static var stateSize: Int { MT19937State.count }

  private var core: MT19937State
  /// Index of the next word to temper; 624 means the state is regenerated before the next draw.
  private(set) var index: Int

  /// A generator seeded with `key` (the seed's 32-bit words, least significant first; never empty).
  init(key: [UInt32]) {
    var state = MT19937State(genrandSeed: 0x012b_d6aa).words  // 19650218, the reference implementation's
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
    core = MT19937State(words: state)
    index = size
  }

  /// A generator restored from `state` (624 words) and `index` (0...624), as `setstate` gives them.
  init?(state: [UInt32], index: Int) {
    guard state.count == Self.stateSize, (0...Self.stateSize).contains(index) else { return nil }
    core = MT19937State(words: state)
    self.index = index
  }

  /// The 624 state words.
  var state: [UInt32] { core.words }

  /// The next 32-bit output (`genrand_uint32`).
  mutating func next() -> UInt32 {
    if index >= Self.stateSize {
      core.twist()
      index = 0
    }
    let word = core.words[index]
    index += 1
    return MT19937State.temper(word)
  }
}
