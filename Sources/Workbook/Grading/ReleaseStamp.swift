/// The invisible first line of a released lesson: which source lesson it came from, that lesson's SHA-256, and how
/// many hidden check cases grading will add. An HTML comment, so GitHub and other Markdown viewers do not show it:
///
///     <!-- gradbook release: source=01-requires-grad.md sha256=3f2a… hidden-checks=2 -->
public struct ReleaseStamp: Equatable, Sendable {
  /// The source lesson's path relative to the folder that was released (its file name when a file was released).
  public var source: String
  /// The SHA-256 of the source lesson's bytes, 64 lowercase hex digits.
  public var sha256: String
  /// Hidden check cases of the source lesson (they run only when grading).
  public var hiddenChecks: Int

  public init(source: String, sha256: String, hiddenChecks: Int) {
    self.source = source
    self.sha256 = sha256
    self.hiddenChecks = hiddenChecks
  }

  static let opening = "<!-- gradbook release: "
  static let closing = " -->"

  /// The stamp as one line (without a line ending).
  public var line: String {
    Self.opening + "source=" + Self.encode(source) + " sha256=" + sha256 + " hidden-checks=\(hiddenChecks)"
      + Self.closing
  }

  /// Reads a stamp from the text of an HTML block; nil when it is not one.
  public static func parse(_ text: String) -> ReleaseStamp? {
    var body = Substring(text)
    while let last = body.last, last.isWhitespace { body = body.dropLast() }
    guard body.hasPrefix(opening), body.hasSuffix(closing), !body.contains("\n") else { return nil }
    body = body.dropFirst(opening.count).dropLast(closing.count)
    var fields: [String: String] = [:]
    for word in body.split(separator: " ") {
      let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { return nil }
      fields[parts[0]] = parts[1]
    }
    guard let encoded = fields["source"], let source = decode(encoded), let sha256 = fields["sha256"],
      sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
      let hidden = fields["hidden-checks"].flatMap({ Int($0) }), hidden >= 0
    else { return nil }
    return ReleaseStamp(source: source, sha256: sha256, hiddenChecks: hidden)
  }

  /// Percent-encodes every byte but letters, digits and `._/-`, so a path can never end the comment or split a field.
  static func encode(_ path: String) -> String {
    var text = ""
    for byte in path.utf8 {
      let scalar = Unicode.Scalar(byte)
      if byte < 0x80,
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "._/-".unicodeScalars.contains(scalar)
      {
        text.unicodeScalars.append(scalar)
      } else {
        text += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return text
  }

  static func decode(_ text: String) -> String? {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next(), let low = iterator.next(),
        let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
      else { return nil }
      bytes.append(value)
    }
    return String(validating: bytes, as: UTF8.self)
  }
}
