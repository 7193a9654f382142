import Foundation
import Reports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `gradbook study` at a terminal: the alternate screen in raw mode, redrawn after every key and every save, until
/// `q` or Ctrl-C; the terminal is put back as it was however the loop ends.
public final class StudyLoop {
  private let session: StudySession
  private let mode: TerminalMode
  private let palette: TerminalPalette
  private let isManual: Bool
  private let write: (String) -> Void
  private var watcher: FileWatcher
  private var decoder = KeyDecoder()
  private var lastSize: (columns: Int, rows: Int)?

  public init(
    session: StudySession, mode: TerminalMode, palette: TerminalPalette, isManual: Bool,
    write: @escaping (String) -> Void
  ) {
    self.session = session
    self.mode = mode
    self.palette = palette
    self.isManual = isManual
    self.write = write
    watcher = FileWatcher(root: session.workspace.root)
  }

  /// Runs until the learner quits; returns the exit status (0).
  public func run() -> Int32 {
    mode.enterRaw()
    mode.enterScreen(write: write)
    defer {
      mode.leaveScreen(write: write)
      mode.restore()
    }
    draw()
    while true {
      if LineEditor.waitForInput(mode.descriptor, milliseconds: FileWatcher.interval) {
        var bytes = [UInt8](repeating: 0, count: 1024)
        let count = read(mode.descriptor, &bytes, bytes.count)
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return 0 }
        var keys = decoder.feed(Array(bytes[0..<count]))
        if decoder.isWaiting, !LineEditor.waitForInput(mode.descriptor, milliseconds: 50) {
          keys += decoder.flush()
        }
        for key in keys {
          if key == .clearScreen {
            draw()
            continue
          }
          guard let command = Self.command(for: key) else { continue }
          if session.handle(command) == .quit { return 0 }
          draw()
        }
      } else {
        let size = TerminalMode.size()
        if !isManual, watcher.hasChanged() {
          session.refresh()
          draw()
        } else if size?.columns != lastSize?.columns || size?.rows != lastSize?.rows {
          draw()
        }
      }
    }
  }

  /// What a key means in the loop.
  static func command(for key: Key) -> StudySession.Command? {
    switch key {
    case .text(let text):
      switch text.lowercased() {
      case "n": return .next
      case "h": return .hint
      case "l": return .list
      case "r": return .reset
      case "q": return .quit
      case "y": return .yes
      default: return .other(text)
      }
    case .enter: return .rerun
    case .interrupt, .endOfFile: return .quit
    case .escape: return .no
    default: return nil
    }
  }

  private func draw() {
    let size = TerminalMode.size() ?? (80, 24)
    lastSize = size
    let screen = StudyScreen(columns: size.columns, rows: size.rows, palette: palette, isManual: isManual)
    let lines = screen.render(session)
    // Each line is cleared before it is written: clearing after would erase a line that fills the last column,
    // where the cursor waits with wrapping off.
    write("\u{1B}[H" + lines.map { "\u{1B}[2K" + $0 }.joined(separator: "\r\n"))
  }
}
