/// A piece of typed input ready to run, with the number of its first line among all lines entered.
public struct ReplChunk: Equatable, Sendable {
  public var code: String
  public var firstLine: Int

  public init(code: String, firstLine: Int) {
    self.code = code
    self.firstLine = firstLine
  }
}
