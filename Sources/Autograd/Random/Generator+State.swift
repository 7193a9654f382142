/// `Generator.get_state()` / `set_state(state)`: the generator as the bytes of PyTorch's
/// `CPUGeneratorImplState`, so a state saved here restores there and back.
///
/// Layout (little-endian, C alignment): the legacy part — initial seed (u64), draws left (i32), seeded (i32),
/// next index (u64), the 624 state words widened to u64, `normal_x`, `normal_y`, `normal_rho` (f64),
/// `normal_is_valid` (i32), padding to 5048 bytes — then the cached float normal (f32) and its flag (u8),
/// padded to 5056. Only the cached double normal is carried (`normal_y`); the float one is never set here,
/// since no kernel this engine has draws it. (PyTorch 2.15 no longer accepts the 5048-byte legacy layout.)
extension Generator {
  /// The size of `CPUGeneratorImplState`, what `get_state()` returns.
  public static let stateByteCount = 5056

  private static let wordsOffset = 24
  private static let normalYOffset = 5024
  private static let normalValidOffset = 5040

  /// `generator.get_state()`: 5056 bytes.
  public func stateBytes() -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: Self.stateByteCount)
    Self.store(initialSeed, at: 0, in: &bytes)
    Self.store(UInt64(UInt32(truncatingIfNeeded: engine.left)), at: 8, in: &bytes, width: 4)
    Self.store(UInt64(1), at: 12, in: &bytes, width: 4)
    Self.store(UInt64(engine.nextIndex), at: 16, in: &bytes)
    for (index, word) in engine.state.enumerated() {
      Self.store(UInt64(word), at: Self.wordsOffset + 8 * index, in: &bytes)
    }
    if let spare = spareNormal {
      Self.store(spare.bitPattern, at: Self.normalYOffset, in: &bytes)
      Self.store(UInt64(1), at: Self.normalValidOffset, in: &bytes, width: 4)
    }
    return bytes
  }

  /// `generator.set_state(state)`: restores from `stateBytes()`'s layout, with PyTorch's messages for a
  /// wrong size or an engine state that cannot run.
  public func setState(bytes: [UInt8]) throws {
    guard bytes.count == Self.stateByteCount else {
      throw AutogradError.runtime(
        "Expected a CPUGeneratorImplState of size \(Self.stateByteCount) but found the input RNG state size to be \(bytes.count)"
      )
    }
    let words = (0..<MersenneTwister.stateSize).map {
      UInt32(truncatingIfNeeded: Self.load(Self.wordsOffset + 8 * $0, bytes))
    }
    let left = Int(Int32(truncatingIfNeeded: Self.load(8, bytes, width: 4)))
    let seeded = Self.load(12, bytes, width: 4) != 0
    // PyTorch keeps the next index as a 32-bit value.
    let next = Int(UInt32(truncatingIfNeeded: Self.load(16, bytes)))
    guard seeded, let restored = MersenneTwister(state: words, left: left, nextIndex: next) else {
      throw AutogradError.runtime("Invalid mt19937 state")
    }
    engine = restored
    initialSeed = Self.load(0, bytes)
    spareNormal =
      Self.load(Self.normalValidOffset, bytes, width: 4) != 0
      ? Double(bitPattern: Self.load(Self.normalYOffset, bytes)) : nil
  }

  private static func store(_ value: UInt64, at offset: Int, in bytes: inout [UInt8], width: Int = 8) {
    for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
  }

  private static func load(_ offset: Int, _ bytes: [UInt8], width: Int = 8) -> UInt64 {
    var value: UInt64 = 0
    for index in 0..<width { value |= UInt64(bytes[offset + index]) << (8 * index) }
    return value
  }
}
