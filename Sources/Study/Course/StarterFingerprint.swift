/// A short fingerprint of starter code (64-bit FNV-1a of its normalized text, in hex): enough to notice that a
/// course update changed an exercise's starter.
enum StarterFingerprint {
  static func of(_ code: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in ExerciseJudge.normalized(code).utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let digits = String(hash, radix: 16)
    return "fnv1a64:" + String(repeating: "0", count: 16 - digits.count) + digits
  }
}
