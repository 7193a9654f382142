/// Re-wraps styled text to a width in terminal columns, breaking at spaces (and inside words only when a word is
/// wider than the line, as CJK text without spaces is).
public enum TextWrapper {
  /// Lines of at most `width` columns. `\n` in the text forces a break.
  public static func wrap(_ text: StyledText, width: Int) -> [StyledText] {
    let limit = max(1, width)
    var lines: [StyledText] = []
    var line = StyledText()
    var lineWidth = 0
    var pendingSpace = false
    // The space takes its neighbours' style so a styled phrase stays one painted run instead of one per word.
    var pendingSpaceStyle: TextStyle = []
    var word = StyledText()
    var wordWidth = 0

    func flushWord() {
      guard wordWidth > 0 || !word.pieces.isEmpty else { return }
      let spaceWidth = pendingSpace && lineWidth > 0 ? 1 : 0
      if lineWidth + spaceWidth + wordWidth <= limit {
        if spaceWidth > 0 {
          let lastStyle = line.pieces.last?.style ?? []
          let firstStyle = word.pieces.first?.style ?? []
          line.append(" ", pendingSpaceStyle.intersection(lastStyle).intersection(firstStyle))
        }
        line.append(word)
        lineWidth += spaceWidth + wordWidth
      } else {
        if lineWidth > 0 {
          lines.append(line)
          line = StyledText()
          lineWidth = 0
        }
        for piece in word.pieces {
          for character in piece.text {
            let columns = DisplayWidth.of(character)
            if lineWidth + columns > limit, lineWidth > 0 {
              lines.append(line)
              line = StyledText()
              lineWidth = 0
            }
            line.append(String(character), piece.style)
            lineWidth += columns
          }
        }
      }
      word = StyledText()
      wordWidth = 0
      pendingSpace = false
    }

    for piece in text.pieces {
      for character in piece.text {
        if character == "\n" {
          flushWord()
          lines.append(line)
          line = StyledText()
          lineWidth = 0
          pendingSpace = false
        } else if character == " " || character == "\t" {
          flushWord()
          pendingSpace = true
          pendingSpaceStyle = piece.style
        } else {
          word.append(String(character), piece.style)
          wordWidth += DisplayWidth.of(character)
        }
      }
    }
    flushWord()
    if lineWidth > 0 || !line.pieces.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
