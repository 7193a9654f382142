/// Turns the bytes a terminal sends in raw mode into keys: UTF-8 text, control keys, and the escape sequences of
/// arrows, Home, End and Delete (both the `ESC [` and `ESC O` forms).
public struct KeyDecoder {
  private var pending: [UInt8] = []

  public init() {}

  /// Feeds bytes and returns the keys they complete; an unfinished sequence waits for the next bytes.
  public mutating func feed(_ bytes: [UInt8]) -> [Key] {
    pending += bytes
    var keys: [Key] = []
    while let (key, used) = Self.decode(pending) {
      pending.removeFirst(used)
      if case .text(let new) = key, case .text(let previous)? = keys.last {
        keys[keys.count - 1] = .text(previous + new)
      } else {
        keys.append(key)
      }
    }
    return keys
  }

  /// Whether bytes of an unfinished sequence are waiting (a lone ESC, or part of a UTF-8 character).
  public var isWaiting: Bool { !pending.isEmpty }

  /// Gives up waiting: a lone ESC is the Escape key; a broken UTF-8 start is dropped.
  public mutating func flush() -> [Key] {
    defer { pending.removeAll() }
    return pending.first == 0x1B ? [.escape] : []
  }

  /// The key at the start of `bytes` and how many bytes it used; nil when more bytes are needed.
  static func decode(_ bytes: [UInt8]) -> (Key, Int)? {
    guard let first = bytes.first else { return nil }
    switch first {
    case 0x1B: return escapeSequence(bytes)
    case 0x0D, 0x0A: return (.enter, 1)
    case 0x7F, 0x08: return (.backspace, 1)
    case 0x09: return (.tab, 1)
    case 0x01: return (.home, 1)
    case 0x02: return (.left, 1)
    case 0x03: return (.interrupt, 1)
    case 0x04: return (.endOfFile, 1)
    case 0x05: return (.end, 1)
    case 0x06: return (.right, 1)
    case 0x0B: return (.killToEnd, 1)
    case 0x0C: return (.clearScreen, 1)
    case 0x0E: return (.down, 1)
    case 0x10: return (.up, 1)
    case 0x15: return (.killToStart, 1)
    case 0x17: return (.deleteWord, 1)
    case 0x00..<0x20: return (.ignored, 1)
    default: return utf8Character(bytes)
    }
  }

  private static func utf8Character(_ bytes: [UInt8]) -> (Key, Int)? {
    guard let first = bytes.first else { return nil }
    let length: Int
    switch first {
    case 0x00..<0x80: length = 1
    case 0xC2..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    case 0xF0..<0xF5: length = 4
    default: return (.ignored, 1)
    }
    guard bytes.count >= length else { return nil }
    let slice = Array(bytes[0..<length])
    guard slice.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
      let text = String(validating: slice, as: UTF8.self)
    else { return (.ignored, 1) }
    return (.text(text), length)
  }

  private static func escapeSequence(_ bytes: [UInt8]) -> (Key, Int)? {
    guard bytes.count >= 2 else { return nil }
    let introducer = bytes[1]
    guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { return (.escape, 1) }
    // Parameters (digits and `;`) then one final byte in 0x40...0x7E.
    var index = 2
    while index < bytes.count, (0x30...0x3F).contains(bytes[index]) { index += 1 }
    guard index < bytes.count else { return nil }
    let final = bytes[index]
    let parameters = String(decoding: bytes[2..<index], as: UTF8.self)
    let used = index + 1
    switch (final, parameters) {
    case (UInt8(ascii: "A"), _): return (.up, used)
    case (UInt8(ascii: "B"), _): return (.down, used)
    case (UInt8(ascii: "C"), _): return (.right, used)
    case (UInt8(ascii: "D"), _): return (.left, used)
    case (UInt8(ascii: "H"), _): return (.home, used)
    case (UInt8(ascii: "F"), _): return (.end, used)
    case (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): return (.home, used)
    case (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): return (.end, used)
    case (UInt8(ascii: "~"), "3"): return (.delete, used)
    default: return (.ignored, used)
    }
  }
}
