/// One whitespace-separated word of a fence's info string, with its byte column in the file.
public struct FenceInfoToken: Equatable, Sendable {
  public var text: String
  public var column: Int

  /// Splits the info string that follows the opening marker on `line`, keeping each word's column.
  static func tokens(ofOpeningLine line: Int, fence: FencedBlock, in source: SourceText) -> [FenceInfoToken] {
    guard let range = source.contentRange(ofLine: line) else { return [] }
    let bytes = source.bytes[range]
    var index = bytes.startIndex
    let fenceByte = UInt8(ascii: fence.character == "~" ? "~" : "`")
    while index < bytes.endIndex, bytes[index] != fenceByte { index += 1 }
    while index < bytes.endIndex, bytes[index] == fenceByte { index += 1 }
    var tokens: [FenceInfoToken] = []
    while index < bytes.endIndex {
      while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
        index += 1
      }
      let start = index
      while index < bytes.endIndex, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t") {
        index += 1
      }
      if index > start {
        tokens.append(
          FenceInfoToken(
            text: String(decoding: bytes[start..<index], as: UTF8.self), column: start - range.lowerBound + 1)
        )
      }
    }
    return tokens
  }
}
