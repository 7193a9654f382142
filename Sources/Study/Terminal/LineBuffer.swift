/// The line being edited and the cursor in it, with the edits of a readline-style prompt and history browsing.
public struct LineBuffer: Equatable, Sendable {
  public private(set) var characters: [Character] = []
  /// Index in `characters` the cursor stands before.
  public private(set) var cursor = 0
  /// Which history entry is shown (nil: the line being typed, kept in `draft`).
  private var historyIndex: Int?
  private var draft: [Character] = []

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  /// What a key does to the line. `history` is oldest first; up and down walk it, keeping the typed line as a draft.
  /// Returns false for keys that are not edits (enter, interrupt, …), which the caller handles.
  public mutating func apply(_ key: Key, history: [String]) -> Bool {
    switch key {
    case .text(let text):
      let new = Array(text)
      characters.insert(contentsOf: new, at: cursor)
      cursor += new.count
    case .tab:
      // Indentation, as Python blocks need: up to the next multiple of four columns.
      let spaces = 4 - cursor % 4
      characters.insert(contentsOf: Array(repeating: " ", count: spaces), at: cursor)
      cursor += spaces
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete:
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = characters.count
    case .killToEnd: characters.removeSubrange(cursor...)
    case .killToStart:
      characters.removeSubrange(..<cursor)
      cursor = 0
    case .deleteWord:
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .up: browse(by: -1, history: history)
    case .down: browse(by: 1, history: history)
    default: return false
    }
    return true
  }

  private mutating func browse(by step: Int, history: [String]) {
    guard !history.isEmpty else { return }
    let current = historyIndex ?? history.count
    let next = min(max(current + step, 0), history.count)
    guard next != current else { return }
    if historyIndex == nil { draft = characters }
    if next == history.count {
      historyIndex = nil
      characters = draft
    } else {
      historyIndex = next
      characters = Array(history[next])
    }
    cursor = characters.count
  }
}
