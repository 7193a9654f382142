import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shows long text through the user's pager, as git does: `$GRADBOOK_PAGER`, else `$PAGER`, else `less -FRX`
/// (with `LESS=FRX` when `LESS` is unset, so colours pass through and a short text just prints).
public enum Pager {
  /// The pager command line; nil when paging is turned off (an empty value or `cat`).
  public static func command(environment: [String: String]) -> String? {
    let chosen = environment["GRADBOOK_PAGER"] ?? environment["PAGER"] ?? "less -FRX"
    let trimmed = chosen.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
  }

  /// Whether `text` needs more rows than the screen has (the last row stays for the shell's prompt).
  public static func isLonger(_ text: String, thanRows rows: Int) -> Bool {
    var lines = 0
    for character in text where character == "\n" {
      lines += 1
      if lines >= rows { return true }
    }
    return false
  }

  /// Pipes `text` into `command` (run by `/bin/sh`) and waits until the reader quits the pager. Returns false when
  /// the pager could not be started, so the caller prints the text itself.
  public static func show(_ text: String, command: String, environment: [String: String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    var pagerEnvironment = environment
    if pagerEnvironment["LESS"] == nil { pagerEnvironment["LESS"] = "FRX" }
    if pagerEnvironment["LV"] == nil { pagerEnvironment["LV"] = "-c" }
    process.environment = pagerEnvironment
    let input = Pipe()
    process.standardInput = input
    do {
      try process.run()
    } catch {
      return false
    }
    // A reader who quits early closes the pipe: that must not end gradbook with SIGPIPE.
    let previous = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previous) }
    try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    // `sh` says 127 when the pager program does not exist: then the text has not been shown.
    return !(process.terminationReason == .exit && process.terminationStatus == 127)
  }
}
