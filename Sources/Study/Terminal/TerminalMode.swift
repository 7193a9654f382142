import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts a terminal into raw mode (keys arrive one by one, unechoed, Ctrl-C as a byte) and always puts it back: on
/// `restore()`, at exit, when the process is told to stop (SIGINT from `kill`, SIGTERM, SIGHUP) and when it crashes.
///
/// Output processing stays on, so `\n` still moves to the start of the next line.
public final class TerminalMode {
  /// The terminal the mode was taken from.
  public let descriptor: Int32
  private var original: termios
  private var isRaw = false

  /// Captures the terminal's current settings; nil when `descriptor` is not a terminal.
  public init?(descriptor: Int32 = STDIN_FILENO) {
    guard isatty(descriptor) == 1 else { return nil }
    var settings = termios()
    guard tcgetattr(descriptor, &settings) == 0 else { return nil }
    self.descriptor = descriptor
    original = settings
    TerminalRestorer.remember(descriptor: descriptor, settings: settings)
  }

  deinit { restore() }

  /// Raw mode: no line buffering, no echo, no signals from keys, no flow control, CR not turned into NL.
  public func enterRaw() {
    var raw = original
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    raw.c_cflag |= tcflag_t(CS8)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    // TCSADRAIN, not TCSAFLUSH: keys typed ahead while a cell ran are the learner's next line, not noise.
    if tcsetattr(descriptor, TCSADRAIN, &raw) == 0 { isRaw = true }
  }

  /// Back to the settings the terminal had when this mode was created.
  public func restore() {
    guard isRaw else { return }
    var settings = original
    tcsetattr(descriptor, TCSADRAIN, &settings)
    isRaw = false
  }

  /// Switches to the alternate screen (as full-screen programs do, so the shell's screen comes back untouched),
  /// hides the cursor and turns line wrapping off; `leaveScreen`, exit and fatal signals undo it.
  public func enterScreen(write: (String) -> Void) {
    write(Self.enterScreenSequence)
    TerminalRestorer.leavesScreen = true
  }

  /// Back to the normal screen, cursor shown, wrapping on.
  public func leaveScreen(write: (String) -> Void) {
    guard TerminalRestorer.leavesScreen else { return }
    write(Self.leaveScreenSequence)
    TerminalRestorer.leavesScreen = false
  }

  static let enterScreenSequence = "\u{1B}[?1049h\u{1B}[?25l\u{1B}[?7l"
  static let leaveScreenSequence = "\u{1B}[?7h\u{1B}[?25h\u{1B}[?1049l"

  /// The terminal's columns and rows, from the terminal driver (nil when it does not say).
  public static func size(of descriptor: Int32 = STDOUT_FILENO) -> (columns: Int, rows: Int)? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
      return nil
    }
    return (Int(size.ws_col), Int(size.ws_row))
  }
}

/// The settings to put back if the process ends while a terminal is raw: at exit, and from signal handlers, which
/// may only touch plain global state (`tcsetattr` is async-signal-safe).
enum TerminalRestorer {
  nonisolated(unsafe) private static var descriptor: Int32 = -1
  nonisolated(unsafe) private static var settings = termios()
  nonisolated(unsafe) private static var isInstalled = false
  /// Whether the alternate screen is on, so that restoring must leave it.
  nonisolated(unsafe) static var leavesScreen = false
  /// The bytes that leave it, made before any signal can arrive.
  nonisolated(unsafe) private static var leaveBytes = Array(TerminalMode.leaveScreenSequence.utf8)

  static func remember(descriptor: Int32, settings: termios) {
    Self.descriptor = descriptor
    Self.settings = settings
    guard !isInstalled else { return }
    isInstalled = true
    atexit { TerminalRestorer.restoreNow() }
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE]
    {
      signal(signalNumber) { received in
        TerminalRestorer.restoreNow()
        // Put the default action back and die of the same signal, so the parent sees why.
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }

  static func restoreNow() {
    if leavesScreen {
      leavesScreen = false
      _ = leaveBytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
    guard descriptor >= 0 else { return }
    tcsetattr(descriptor, TCSANOW, &settings)
  }
}
