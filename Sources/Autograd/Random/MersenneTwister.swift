import MT19937Core

/// The 32-bit Mersenne Twister (MT19937) exactly as PyTorch's CPU generator runs it:
/// `init_genrand` seeding, whole-state regeneration on the first draw after seeding.
struct MersenneTwister {
  static var stateSize: Int { MT19937State.count }

  private var core: MT19937State
  /// Draws left before the next regeneration (starts at 1, so the first draw regenerates).
  private(set) var left: Int
  /// Index of the next state word to temper.
  private(set) var nextIndex: Int

  /// A stand-in with no state, only ever held while the real engine is borrowed; never drawn from.
  static let placeholder = MersenneTwister(core: MT19937State(words: []), left: 0, nextIndex: 0)

  private init(core: MT19937State, left: Int, nextIndex: Int) {
    self.core = core
    self.left = left
    self.nextIndex = nextIndex
  }

  init(seed: UInt32) {
    self.init(core: MT19937State(genrandSeed: seed), left: 1, nextIndex: 0)
  }

  /// An engine resumed from saved words, draws left and next index (`Generator.set_state`); nil unless
  /// they form a state the engine can run from, as PyTorch's `mt19937::is_valid` judges it, and unless every
  /// draw before the next regeneration reads a word inside the state (PyTorch would read past its array).
  init?(state words: [UInt32], left: Int, nextIndex: Int) {
    guard words.count == Self.stateSize, left > 0, left <= Self.stateSize, nextIndex >= 0,
      nextIndex <= Self.stateSize, left == 1 || nextIndex + left <= Self.stateSize + 1
    else { return nil }
    self.init(core: MT19937State(words: words), left: left, nextIndex: nextIndex)
  }

  /// The state words, as `Generator.get_state` saves them.
  var state: [UInt32] { core.words }

  /// The next 32-bit output (`random()` in PyTorch).
  mutating func nextUInt32() -> UInt32 {
    left -= 1
    if left == 0 {
      core.twist()
      left = Self.stateSize
      nextIndex = 0
    }
    let word = core.words[nextIndex]
    nextIndex += 1
    return MT19937State.temper(word)
  }

  /// Two outputs, the first as the high half (`random64()` in PyTorch).
  mutating func nextUInt64() -> UInt64 {
    let high = UInt64(nextUInt32())
    let low = UInt64(nextUInt32())
    return (high << 32) | low
  }
}
