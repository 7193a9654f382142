/// How `random.seed(a)` turns its argument into the Mersenne Twister's key, by CPython 3.11's rules.
enum RandomSeed {
  /// The key of a session that never seeds: the key of `seed(0)`.
  ///
  /// CPython seeds an unseeded generator (and `seed()`/`seed(None)`) from the OS's entropy or the clock;
  /// cells may read neither, and a fixed start keeps every run of a lesson printing the same text.
  /// Zero is the seed a reader would guess, and `random.seed(0)` in CPython reproduces the sequence.
  static let defaultKey = RandomGenerator.key(0)

  /// Seeds `generator` from `value` (None, int, bool, float or str) and clears `gauss`'s cached value.
  static func seed(_ generator: RandomGenerator, with value: Value, version: Int, _ evaluator: Evaluator)
    throws
  {
    switch value {
    case .none: generator.seed(key: defaultKey)
    case .int(let number): generator.seed(key: RandomGenerator.key(UInt64(number.magnitude)))
    case .bool(let flag): generator.seed(key: RandomGenerator.key(flag ? 1 : 0))
    case .float(let number):
      // CPython seeds from hash(a) converted to an unsigned 64-bit integer (no absolute value here).
      generator.seed(key: RandomGenerator.key(UInt64(bitPattern: Int64(PythonHash.float(number)))))
    case .string(let text):
      try evaluator.chargeWork(text.utf8.count)
      if version == 1 {
        generator.seed(key: RandomGenerator.key(versionOneSeed(text)))
      } else {
        // Version 2: the int whose big-endian bytes are the UTF-8 text followed by its SHA-512 digest.
        let bytes = Array(text.utf8)
        generator.seed(key: key(bigEndian: bytes + SHA512.digest(bytes)))
      }
    default:
      throw PythonError.typeError(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    }
  }

  /// Python 2's string hash, which `seed(a, version=1)` uses for a str.
  private static func versionOneSeed(_ text: String) -> UInt64 {
    let scalars = text.unicodeScalars.map { UInt64($0.value) }
    guard let first = scalars.first else { return 0 }
    var x = first << 7
    for scalar in scalars { x = (1_000_003 &* x) ^ scalar }
    return x ^ UInt64(scalars.count)
  }

  /// The 32-bit words of the non-negative integer with big-endian `bytes`, least significant first, without
  /// leading zero words (zero is the one word 0), as `init_by_array` gets them.
  static func key(bigEndian bytes: [UInt8]) -> [UInt32] {
    var words: [UInt32] = []
    var end = bytes.count
    while end > 0 {
      let start = max(end - 4, 0)
      var word: UInt32 = 0
      for byte in bytes[start..<end] { word = word << 8 | UInt32(byte) }
      words.append(word)
      end = start
    }
    while words.count > 1, words.last == 0 { words.removeLast() }
    return words.isEmpty ? [0] : words
  }
}
