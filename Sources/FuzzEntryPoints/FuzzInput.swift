/// Reads structured choices from the front of a fuzz input; reads past the end yield zeros.
struct FuzzInput {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The next byte (0 once the input is used up).
  mutating func byte() -> UInt8 {
    guard index < bytes.count else { return 0 }
    defer { index += 1 }
    return bytes[index]
  }

  /// The next `count` bytes, padded with zeros once the input is used up.
  mutating func bytes(_ count: Int) -> [UInt8] {
    (0..<count).map { _ in byte() }
  }

  /// One of `choices`, picked by the next byte.
  mutating func pick<T>(_ choices: [T]) -> T {
    choices[Int(byte()) % choices.count]
  }

  /// The bytes up to the next zero byte (consumed, not returned), or all that is left.
  mutating func field() -> [UInt8] {
    let start = min(index, bytes.count)
    let end = bytes[start...].firstIndex(of: 0) ?? bytes.count
    index = end + 1
    return Array(bytes[start..<end])
  }

  /// The rest of the input.
  mutating func rest() -> [UInt8] {
    let start = min(index, bytes.count)
    index = bytes.count
    return Array(bytes[start...])
  }
}
