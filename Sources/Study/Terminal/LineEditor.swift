import Foundation
import Reports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one line from a terminal in raw mode: shows the prompt, echoes and edits the line (arrows, Home/End,
/// Ctrl-A/E/K/U/W, history with up/down), and redraws it within the terminal's width, scrolling sideways when the
/// line is longer.
public final class LineEditor {
  private let input: Int32
  private let write: (String) -> Void
  private var decoder = KeyDecoder()
  /// Keys read but not yet used (typed ahead, or pasted after an Enter).
  private var queued: [Key] = []

  public init(input: Int32 = STDIN_FILENO, write: @escaping (String) -> Void) {
    self.input = input
    self.write = write
  }

  /// Reads a line; the terminal must be raw.
  public func readLine(prompt: String, history: [String], columns: Int) -> LineRead {
    var buffer = LineBuffer()
    draw(prompt: prompt, buffer: buffer, columns: columns)
    while let key = nextKey() {
      switch key {
      case .enter:
        write("\r\n")
        return .line(buffer.text)
      case .interrupt:
        write("^C\r\n")
        return .interrupt
      case .endOfFile where buffer.characters.isEmpty:
        write("\r\n")
        return .endOfInput
      case .endOfFile:
        _ = buffer.apply(.delete, history: history)
      case .clearScreen:
        write("\u{1B}[H\u{1B}[2J")
      default:
        _ = buffer.apply(key, history: history)
      }
      draw(prompt: prompt, buffer: buffer, columns: columns)
    }
    write("\r\n")
    return .endOfInput
  }

  /// The next key, reading the terminal as needed; nil when the input closed.
  func nextKey() -> Key? {
    while queued.isEmpty {
      var bytes = [UInt8](repeating: 0, count: 4096)
      if decoder.isWaiting, !Self.waitForInput(input, milliseconds: 50) {
        queued += decoder.flush()
        continue
      }
      let count = read(input, &bytes, bytes.count)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      queued += decoder.feed(Array(bytes[0..<count]))
    }
    return queued.removeFirst()
  }

  /// Redraws the prompt and the part of the line around the cursor that fits in `columns`.
  private func draw(prompt: String, buffer: LineBuffer, columns: Int) {
    let (visible, cursorColumn) = Self.window(
      buffer.characters, cursor: buffer.cursor, width: max(1, columns - DisplayWidth.of(prompt) - 1))
    let column = DisplayWidth.of(prompt) + cursorColumn
    write("\r" + prompt + visible + "\u{1B}[K\r" + (column > 0 ? "\u{1B}[\(column)C" : ""))
  }

  /// The characters to show so that the cursor stays on screen within `width` columns, and the cursor's column in
  /// them: the line's start when it fits, else a window ending just after the cursor.
  static func window(_ characters: [Character], cursor: Int, width: Int) -> (String, Int) {
    let widths = characters.map { DisplayWidth.of($0) }
    let total = widths.reduce(0, +)
    if total < width {
      return (String(characters), widths.prefix(cursor).reduce(0, +))
    }
    var start = cursor
    var used = cursor < characters.count ? widths[cursor] : 1
    while start > 0, used + widths[start - 1] <= width {
      start -= 1
      used += widths[start]
    }
    var end = cursor
    var shown = widths[start..<cursor].reduce(0, +)
    while end < characters.count, shown + widths[end] <= width {
      shown += widths[end]
      end += 1
    }
    return (String(characters[start..<end]), widths[start..<cursor].reduce(0, +))
  }

  /// Whether `descriptor` has input within `milliseconds`.
  static func waitForInput(_ descriptor: Int32, milliseconds: Int32) -> Bool {
    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&request, 1, milliseconds) > 0
  }
}
