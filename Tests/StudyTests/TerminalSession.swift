import Foundation
import TestSupport
import XCTest

/// A command running in a real pseudo-terminal: a pane of a tmux server of its own, which the test types into and
/// reads the screen of. tmux is installed by `scripts/setup.sh`.
final class TerminalSession {
  private let socket = "gradbook-test-\(UUID().uuidString)"

  /// Starts `command` (a shell command line) in a pane of `columns` × `rows`, in `folder`.
  init(_ command: String, folder: String, columns: Int = 80, rows: Int = 24) throws {
    guard Self.tmuxPath != nil else {
      throw FixtureError("tmux is needed for the terminal tests; bash scripts/setup.sh installs it")
    }
    // The pane keeps showing the command's last screen after it ends, so tests can read it.
    try tmux(
      [
        "-f", "/dev/null", "new-session", "-d", "-x", String(columns), "-y", String(rows), "-c", folder,
        command,
        ";", "set-option", "-g", "remain-on-exit", "on",
      ])
  }

  deinit { close() }

  /// The gradbook binary built beside the test bundle.
  static var gradbook: String {
    let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
    for folder in [bundle, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()] {
      let candidate = folder.appendingPathComponent("gradbook").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return RepositoryPaths.root + "/.build/debug/gradbook"
  }

  static var tmuxPath: String? {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Types keys, in tmux's names (`Enter`, `C-c`, `Up`) or as literal text with `literal`.
  func send(_ keys: String..., literal: Bool = false) throws {
    try tmux(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
  }

  /// The visible screen, one line per row, trailing blanks removed; with `escapes`, the colours and styles too, as
  /// SGR escape sequences. A line the terminal wrapped (a long path in a message) comes back joined, so what a test
  /// looks for does not depend on where the repository was cloned.
  func screen(escapes: Bool = false) throws -> String {
    let joined = try tmux(["capture-pane", "-p", "-J"] + (escapes ? ["-e"] : []) + ["-t", "0"], readsOutput: true)
    return joined.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in line.reversed().drop { $0 == " " }.reversed() }
      .map { String($0) }.joined(separator: "\n")
  }

  /// Polls the screen until `condition` holds (a few times a second) and returns it; fails after `seconds`.
  @discardableResult
  func waitFor(
    _ what: String, seconds: Double = 20, file: StaticString = #filePath, line: UInt = #line,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return try settled(last, condition) }
      Thread.sleep(forTimeInterval: 0.1)
    }
    XCTFail("waited \(seconds)s for \(what); the screen shows:\n\(last)", file: file, line: line)
    throw FixtureError("timed out waiting for \(what)")
  }

  /// The screen once the redraw that made `condition` true has finished: tmux may be read in the middle of a
  /// redraw, with the lines below the awaited one not yet painted. Two reads 100 ms apart that agree count as
  /// finished; a screen that keeps changing is returned as it stands after 5 s.
  private func settled(_ first: String, _ condition: (String) -> Bool) throws -> String {
    var previous = first
    let limit = Date().addingTimeInterval(5)
    while Date() < limit {
      Thread.sleep(forTimeInterval: 0.1)
      let next = try screen()
      if next == previous { break }
      previous = next
    }
    return condition(previous) ? previous : first
  }

  /// Waits for `text` to appear on screen.
  @discardableResult
  func waitFor(_ text: String, seconds: Double = 20, file: StaticString = #filePath, line: UInt = #line)
    throws
    -> String
  {
    try waitFor("`\(text)`", seconds: seconds, file: file, line: line) { $0.contains(text) }
  }

  /// Whether the pane's command has ended.
  func hasEnded() throws -> Bool {
    try tmux(["display-message", "-p", "-t", "0", "#{pane_dead}"], readsOutput: true).hasPrefix("1")
  }

  func close() {
    _ = try? tmux(["kill-server"])
  }

  /// Runs a tmux command against this test's server and waits for it. Spawned and reaped directly, its output
  /// going to a file: the server `new-session` starts lives on and inherits whatever the client had open, so waiting
  /// for a pipe to close (as Foundation's Process does) would wait for the server's end.
  @discardableResult
  private func tmux(_ arguments: [String], readsOutput: Bool = false) throws -> String {
    let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(socket)-\(UUID().uuidString)"
    ).path
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, readsOutput ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let executable = Self.tmuxPath ?? "/usr/bin/tmux"
    let argv = ([executable, "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw FixtureError("could not start tmux: error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    guard readsOutput else { return "" }
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }
}
