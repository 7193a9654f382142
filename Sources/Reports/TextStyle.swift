/// Terminal text attributes, combinable (`[.bold, .italic]`).
public struct TextStyle: OptionSet, Hashable, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let bold = TextStyle(rawValue: 1 << 0)
  public static let dim = TextStyle(rawValue: 1 << 1)
  public static let italic = TextStyle(rawValue: 1 << 2)
  public static let underline = TextStyle(rawValue: 1 << 3)
  public static let red = TextStyle(rawValue: 1 << 4)
  public static let green = TextStyle(rawValue: 1 << 5)
  public static let yellow = TextStyle(rawValue: 1 << 6)
  public static let blue = TextStyle(rawValue: 1 << 7)
  public static let magenta = TextStyle(rawValue: 1 << 8)
  public static let cyan = TextStyle(rawValue: 1 << 9)

  /// The ANSI SGR parameters for this style, e.g. `1;31`.
  var sgrParameters: [String] {
    var codes: [String] = []
    if contains(.bold) { codes.append("1") }
    if contains(.dim) { codes.append("2") }
    if contains(.italic) { codes.append("3") }
    if contains(.underline) { codes.append("4") }
    if contains(.red) { codes.append("31") }
    if contains(.green) { codes.append("32") }
    if contains(.yellow) { codes.append("33") }
    if contains(.blue) { codes.append("34") }
    if contains(.magenta) { codes.append("35") }
    if contains(.cyan) { codes.append("36") }
    return codes
  }
}
