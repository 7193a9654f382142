import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// A headless Chromium driven through the DevTools protocol over a pipe (`--remote-debugging-pipe`: commands go to
/// its descriptor 3, replies and events come from its descriptor 4, each a JSON object ended by a NUL byte).
final class HeadlessChromium {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The source URL the harness gives its own scripts, so that every other parsed script is the page's.
  static let harnessScriptURL = "gradbook-harness"

  private let pid: pid_t
  private let commands: Int32
  private let replies: Int32
  private var pending: [UInt8] = []
  private var nextID = 0
  /// Replies that arrived while another command waited (answering an event sends commands of its own).
  private var answered: [Int: [String: Any]] = [:]
  /// Events received since `takeEvents()` last emptied the list.
  private var events: [[String: Any]] = []
  private let profile: String
  private var session = ""

  /// The Chromium to use: `$GRADBOOK_CHROMIUM` (when it names a program), else `chromium` (Debian),
  /// `chromium-browser` or `google-chrome` on `PATH`.
  static func executable() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let chosen = environment["GRADBOOK_CHROMIUM"], !chosen.isEmpty {
      return access(chosen, X_OK) == 0 ? chosen : nil
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for folder in folders where access("\(folder)/\(name)", X_OK) == 0 { return "\(folder)/\(name)" }
    }
    return nil
  }

  /// The browser for a test, or a skip saying why there is none; a failure instead when
  /// `GRADBOOK_REQUIRE_BROWSER=1` (CI sets it, since it installs Chromium).
  static func launchForTest() throws -> HeadlessChromium {
    guard let executable = executable() else {
      let reason =
        "Chromium is not installed (Debian: apt-get install chromium), so HTML reports are not opened in a browser"
      if ProcessInfo.processInfo.environment["GRADBOOK_REQUIRE_BROWSER"] == "1" {
        throw Failure(description: reason + ", and GRADBOOK_REQUIRE_BROWSER=1 requires it")
      }
      throw XCTSkip(reason)
    }
    return try HeadlessChromium(executable: executable)
  }

  init(executable: String) throws {
    signal(SIGPIPE, SIG_IGN)
    profile =
      FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-chromium-\(UUID().uuidString)")
      .path
    var toBrowser: [Int32] = [0, 0]
    var fromBrowser: [Int32] = [0, 0]
    guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe failed") }
    // Out of the way of descriptors 3 and 4, so that placing one cannot close the other.
    let childInput = fcntl(toBrowser[0], F_DUPFD_CLOEXEC, 10)
    let childOutput = fcntl(fromBrowser[1], F_DUPFD_CLOEXEC, 10)
    close(toBrowser[0])
    close(fromBrowser[1])
    commands = toBrowser[1]
    replies = fromBrowser[0]
    _ = fcntl(commands, F_SETFD, FD_CLOEXEC)
    _ = fcntl(replies, F_SETFD, FD_CLOEXEC)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, childInput, 3)
    posix_spawn_file_actions_adddup2(&actions, childOutput, 4)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let arguments = [
      executable, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
      "--user-data-dir=\(profile)", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
      "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND", "about:blank",
    ]
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child = pid_t()
    let status = posix_spawn(&child, executable, &actions, nil, argv, environ)
    close(childInput)
    close(childOutput)
    guard status == 0 else {
      throw Failure(description: "could not start \(executable): \(String(cString: strerror(status)))")
    }
    pid = child
    let target = try call("Target.createTarget", ["url": "about:blank"], inSession: false)
    guard let targetID = target["targetId"] as? String else {
      throw Failure(description: "no target: \(target)")
    }
    let attached = try call(
      "Target.attachToTarget", ["targetId": targetID, "flatten": true], inSession: false)
    guard let sessionID = attached["sessionId"] as? String else { throw Failure(description: "no session") }
    session = sessionID
    for domain in ["Page", "Runtime", "Debugger"] { _ = try call(domain + ".enable") }
    // Web requests are answered 204 No Content, so a click on a web link leaves the page where it is.
    _ = try call("Fetch.enable", ["patterns": [["urlPattern": "http*"]]])
  }

  deinit {
    close(commands)
    close(replies)
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    try? FileManager.default.removeItem(atPath: profile)
  }

  /// Sends a command (to the page's session unless `inSession` is false) and returns its result.
  @discardableResult
  func call(_ method: String, _ parameters: [String: Any] = [:], inSession: Bool = true) throws -> [String:
    Any]
  {
    nextID += 1
    let id = nextID
    var message: [String: Any] = ["id": id, "method": method, "params": parameters]
    if inSession { message["sessionId"] = session }
    var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
    bytes.append(0)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
      guard count > 0 else { throw Failure(description: "the browser stopped reading (\(method))") }
      written += count
    }
    let deadline = Date().addingTimeInterval(30)
    while true {
      if let reply = answered.removeValue(forKey: id) {
        if let error = reply["error"] { throw Failure(description: "\(method) failed: \(error)") }
        return reply["result"] as? [String: Any] ?? [:]
      }
      guard let message = try receive(until: deadline) else {
        throw Failure(description: "no reply to \(method)")
      }
      try dispatch(message)
    }
  }

  /// Takes events for `seconds`, answering paused requests and dialogs as they come.
  func settle(for seconds: Double) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while let message = try receive(until: deadline) { try dispatch(message) }
  }

  /// Loads `url` and waits for its load event.
  func open(_ url: URL) throws {
    try call("Page.navigate", ["url": url.absoluteString])
    let deadline = Date().addingTimeInterval(30)
    while true {
      guard let message = try receive(until: deadline) else {
        throw Failure(description: "\(url) did not load")
      }
      try dispatch(message)
      if message["method"] as? String == "Page.loadEventFired" { return }
    }
  }

  /// Evaluates the harness's own `expression` in the page and returns its value.
  func evaluate(_ expression: String) throws -> Any? {
    let result = try call(
      "Runtime.evaluate",
      ["expression": expression + "\n//# sourceURL=\(Self.harnessScriptURL)", "returnByValue": true])
    return (result["result"] as? [String: Any])?["value"]
  }

  /// Signs that a page's script ran since the last call: scripts parsed other than the harness's and Chromium's own
  /// error page, and dialogs opened.
  func takeScriptSigns() -> [String] {
    defer { events.removeAll() }
    return events.compactMap { event in
      let parameters = event["params"] as? [String: Any] ?? [:]
      switch event["method"] as? String {
      case "Debugger.scriptParsed":
        let url = parameters["url"] as? String ?? ""
        if url == Self.harnessScriptURL || url.hasPrefix("chrome-error://") { return nil }
        return "a script was parsed (url \"\(url)\")"
      case "Page.javascriptDialogOpening":
        return "a dialog opened: \(parameters["message"] ?? "")"
      default:
        return nil
      }
    }
  }

  /// Files a reply for the command waiting for it, or handles an event.
  private func dispatch(_ message: [String: Any]) throws {
    if let id = message["id"] as? Int {
      answered[id] = message
    } else {
      try handle(event: message)
    }
  }

  private func handle(event: [String: Any]) throws {
    events.append(event)
    let parameters = event["params"] as? [String: Any] ?? [:]
    switch event["method"] as? String {
    case "Fetch.requestPaused":
      if let id = parameters["requestId"] {
        try call("Fetch.fulfillRequest", ["requestId": id, "responseCode": 204])
      }
    case "Page.javascriptDialogOpening":
      try call("Page.handleJavaScriptDialog", ["accept": false])
    default:
      break
    }
  }

  /// The next message, or nil when `deadline` passes first.
  private func receive(until deadline: Date) throws -> [String: Any]? {
    while true {
      if let end = pending.firstIndex(of: 0) {
        let message = Data(pending[..<end])
        pending.removeSubrange(...end)
        guard let object = try JSONSerialization.jsonObject(with: message) as? [String: Any] else { continue }
        return object
      }
      let remaining = deadline.timeIntervalSinceNow
      guard remaining > 0 else { return nil }
      var descriptor = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, Int32(min(remaining, 30) * 1000) + 1)
      if ready < 0, errno == EINTR { continue }
      guard ready > 0 else { return nil }
      var chunk = [UInt8](repeating: 0, count: 65536)
      let count = chunk.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
      guard count > 0 else { throw Failure(description: "the browser closed its pipe") }
      pending.append(contentsOf: chunk[..<count])
    }
  }
}
