/// Makes text from a lesson, a cell or a path safe to show: its control characters are spelled the way Python writes
/// them in a string literal (`\x1b` for ESC, `\x07` for BEL, `\r`, `\x9b` for the C1 CSI) instead of being sent on.
/// A terminal would obey them (set its title, clear the screen, move the cursor to fake a verdict); in HTML they are
/// invisible. Only `TerminalPalette` writes escape sequences.
public enum ControlCharacters {
  /// Multi-line text (prose, code, outputs, diffs): newlines and tabs stay; every other C0 control, DEL and every
  /// C1 control is escaped.
  public static func visible(_ text: String) -> String {
    escape(text) { $0 == "\n" || $0 == "\t" }
  }

  /// One line (a file name, a location, a message): newlines and tabs are escaped too (`\n`, `\t`).
  public static func visibleLine(_ text: String) -> String {
    escape(text) { _ in false }
  }

  private static func escape(_ text: String, keeping kept: (Unicode.Scalar) -> Bool) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) && !kept($0) }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isControl(scalar), !kept(scalar) else {
        result.append(scalar)
        continue
      }
      result.append(contentsOf: spelling(of: scalar).unicodeScalars)
    }
    return String(result)
  }

  /// C0 controls, DEL and C1 controls: the characters a terminal may act on rather than show.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// `\n`, `\t`, `\r`, or `\x` and two lowercase hex digits, as Python's `repr` spells the character.
  static func spelling(of scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": return "\\n"
    case "\t": return "\\t"
    case "\r": return "\\r"
    default:
      let hex = String(scalar.value, radix: 16)
      return "\\x" + (hex.count < 2 ? "0" : "") + hex
    }
  }
}
