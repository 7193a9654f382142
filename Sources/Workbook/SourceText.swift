/// The bytes of a lesson file with its line structure, for positions and byte-exact edits.
public struct SourceText: Sendable {
  public let bytes: [UInt8]
  /// Byte offset where each line starts (index 0 is line 1).
  public let lineStarts: [Int]

  /// Lines end at `\n`, `\r\n` or a lone `\r`, as CommonMark (and so cmark's positions) has them.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() {
      if byte == UInt8(ascii: "\n")
        || (byte == UInt8(ascii: "\r")
          && (offset + 1 == bytes.count || bytes[offset + 1] != UInt8(ascii: "\n")))
      {
        starts.append(offset + 1)
      }
    }
    lineStarts = starts
  }

  /// The number of lines (a final line without a newline counts; an empty final line after `\n` counts too).
  public var lineCount: Int { lineStarts.count }

  /// Byte range of line `line` (1-based) without its line ending; nil when out of range.
  public func contentRange(ofLine line: Int) -> Range<Int>? {
    guard line >= 1, line <= lineStarts.count else { return nil }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }

  /// Byte range of line `line` including its line ending.
  public func fullRange(ofLine line: Int) -> Range<Int>? {
    guard line >= 1, line <= lineStarts.count else { return nil }
    let start = lineStarts[line - 1]
    let end = line < lineStarts.count ? lineStarts[line] : bytes.count
    return start..<end
  }

  /// The bytes of line `line` without its ending (empty when out of range).
  public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
    guard let range = contentRange(ofLine: line) else { return [] }
    return bytes[range]
  }

  /// Whether line `line` holds only spaces and tabs (or does not exist).
  public func isBlank(line: Int) -> Bool {
    lineBytes(line).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  /// The line ending used by line `line` (`\r\n`, `\n` or `\r`), or by the file's first line when that line has none.
  public func lineEnding(ofLine line: Int) -> String {
    for candidate in [line, 1] {
      if let full = fullRange(ofLine: candidate), let content = contentRange(ofLine: candidate),
        full.upperBound > content.upperBound
      {
        return String(decoding: bytes[content.upperBound..<full.upperBound], as: UTF8.self)
      }
    }
    return "\n"
  }

  /// The 1-based line and byte column of byte `offset`.
  public func position(ofOffset offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return (low + 1, offset - lineStarts[low] + 1)
  }

  /// Offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF are invalid), or nil.
  public static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 { index += 1; continue }
      let length: Int
      var minimumSecond: UInt8 = 0x80
      var maximumSecond: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; minimumSecond = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; maximumSecond = 0x9F
      case 0xF0: length = 4; minimumSecond = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; maximumSecond = 0x8F
      default: return index
      }
      guard index + 1 < count, bytes[index + 1] >= minimumSecond, bytes[index + 1] <= maximumSecond else {
        return index
      }
      var next = 2
      while next < length {
        guard index + next < count, bytes[index + next] & 0xC0 == 0x80 else { return index }
        next += 1
      }
      index += length
    }
    return nil
  }
}
