/// Where a fenced code block's markers and body lie in the source bytes, for checks and byte-exact rewriting.
public struct FencedBlock: Equatable, Sendable {
  /// The fence character: a backtick or a tilde.
  public var character: Character
  /// How many fence characters open the block.
  public var length: Int
  /// Line of the opening fence.
  public var openingLine: Int
  /// Line of the closing fence, or nil when the fence is never closed.
  public var closingLine: Int?
  /// What starts each body line: the container markers before the fence with list markers turned into spaces (`> `, `   `).
  public var linePrefix: String
  /// The line ending of the opening line (`\n` or `\r\n`).
  public var lineEnding: String
  /// Bytes from the start of the first body line to the start of the closing fence line (empty range when there is no body).
  public var bodyByteRange: Range<Int>?

  /// The opening or closing marker, e.g. "```" or "~~~~".
  public var marker: String { String(repeating: String(character), count: length) }

  /// Reads the fence of the code block spanning `range`; nil when the block is indented rather than fenced.
  public static func scan(_ range: SourceRange, in source: SourceText) -> FencedBlock? {
    guard let opening = source.contentRange(ofLine: range.startLine) else { return nil }
    let openingBytes = source.bytes[opening]
    var index = opening.lowerBound + max(0, range.startColumn - 1)
    while index < opening.upperBound, source.bytes[index] == UInt8(ascii: " ") { index += 1 }
    guard index < opening.upperBound else { return nil }
    let fenceByte = source.bytes[index]
    guard fenceByte == UInt8(ascii: "`") || fenceByte == UInt8(ascii: "~") else { return nil }
    var length = 0
    while index + length < opening.upperBound, source.bytes[index + length] == fenceByte { length += 1 }
    guard length >= 3 else { return nil }
    let prefixBytes = openingBytes.prefix(index - opening.lowerBound).map { byte -> UInt8 in
      byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\t") ? byte : UInt8(ascii: " ")
    }
    let prefix = String(decoding: prefixBytes, as: UTF8.self)
    let closing =
      isClosingFence(line: range.endLine, character: fenceByte, length: length, in: source)
        && range.endLine > range.startLine ? range.endLine : nil
    var body: Range<Int>?
    if let closingLine = closing, let first = source.fullRange(ofLine: range.startLine + 1),
      let last = source.fullRange(ofLine: closingLine)
    {
      body = first.lowerBound..<max(first.lowerBound, last.lowerBound)
    }
    return FencedBlock(
      character: Character(UnicodeScalar(fenceByte)), length: length, openingLine: range.startLine,
      closingLine: closing, linePrefix: prefix, lineEnding: source.lineEnding(ofLine: range.startLine),
      bodyByteRange: body)
  }

  /// Whether `line`, after container markers and indentation, is a closing fence for this opening.
  private static func isClosingFence(line: Int, character: UInt8, length: Int, in source: SourceText) -> Bool
  {
    let bytes = source.lineBytes(line)
    var index = bytes.startIndex
    while index < bytes.endIndex,
      [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(bytes[index])
    {
      index += 1
    }
    var count = 0
    while index < bytes.endIndex, bytes[index] == character { count += 1; index += 1 }
    guard count >= length else { return false }
    return bytes[index...].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }
}
