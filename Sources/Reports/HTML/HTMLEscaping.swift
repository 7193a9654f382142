/// The one place text becomes HTML: escapes `&`, `<`, `>`, `"` and `'` so any text is safe in content and in quoted
/// attributes, and spells control characters visibly (`\x1b`), as the terminal shows them.
public enum HTMLEscaping {
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in ControlCharacters.visible(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
