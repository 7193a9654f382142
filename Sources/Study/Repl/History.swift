import Foundation
import Workbook

/// Lines entered at the REPL, oldest first, bounded, and kept in a history file between sessions.
public struct History: Equatable, Sendable {
  /// Entries kept, in memory and in the file.
  public static let limit = 1_000

  public private(set) var entries: [String] = []

  public init(entries: [String] = []) {
    self.entries = Array(entries.suffix(Self.limit))
  }

  /// Remembers a line, except a blank one or a repeat of the last.
  public mutating func add(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace), entries.last != line else { return }
    entries.append(line)
    if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
  }

  /// The history file: `$GRADBOOK_HISTORY` (empty: none), else `$XDG_STATE_HOME/gradbook/history` when that is set,
  /// else `~/.gradbook_history`.
  public static func filePath(environment: [String: String]) -> String? {
    if let path = environment["GRADBOOK_HISTORY"] { return path.isEmpty ? nil : path }
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/gradbook/history" }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.gradbook_history"
  }

  /// The entries of a history file (one line each); empty when it is missing or unreadable.
  public static func load(from path: String) -> History {
    guard let data = FileManager.default.contents(atPath: path) else { return History() }
    let text = String(decoding: data, as: UTF8.self)
    return History(entries: text.split(separator: "\n").map(String.init))
  }

  /// Writes the entries atomically, creating the file's folder when needed.
  public func save(to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    let text = entries.map { $0 + "\n" }.joined()
    try AtomicFileWriter(path: path).write(Array(text.utf8), replacing: nil)
  }
}
