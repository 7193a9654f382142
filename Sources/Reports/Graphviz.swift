import Foundation

/// Graphviz's `dot`, found on `PATH`, laying out DOT graphs as SVG within a time limit.
///
/// All graphs of a report go to one `dot` process (it reads several graphs and writes one SVG document for each), so a
/// report pays for starting Graphviz once. A run that outlives the time limit is killed.
public struct Graphviz: Sendable {
  /// The `dot` program.
  public var executable: String
  /// Seconds `dot` may run before it is killed.
  public var timeLimit: Double

  /// The default time limit: generous for a course's graphs (a few hundred milliseconds), short for a stuck process.
  public static let defaultTimeLimit = 10.0

  public init(executable: String, timeLimit: Double = Graphviz.defaultTimeLimit) {
    self.executable = executable
    self.timeLimit = timeLimit
  }

  /// Graphviz from `PATH` (`dot`), or nil when it is not installed.
  public static func fromPath(
    environment: [String: String] = ProcessInfo.processInfo.environment, timeLimit: Double = defaultTimeLimit
  ) -> Graphviz? {
    for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
      let candidate = "\(folder)/dot"
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return Graphviz(executable: candidate, timeLimit: timeLimit)
      }
    }
    return nil
  }

  /// Why Graphviz gave no drawing.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// One SVG document per DOT graph, in order.
  public func svg(_ graphs: [String]) -> Result<[String], Failure> {
    guard !graphs.isEmpty else { return .success([]) }
    let output: Data
    switch run(Data(graphs.joined().utf8)) {
    case .failure(let failure): return .failure(failure)
    case .success(let data): output = data
    }
    let text = String(decoding: output, as: UTF8.self)
    let documents = text.components(separatedBy: "<?xml").dropFirst().map { "<?xml" + $0 }
    guard documents.count == graphs.count else {
      return .failure(
        Failure(description: "dot wrote \(documents.count) drawings for \(graphs.count) graphs"))
    }
    return .success(documents)
  }

  /// Runs `dot -Tsvg` on `input`; its standard output, or why there is none.
  private func run(_ input: Data) -> Result<Data, Failure> {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-Tsvg"]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    // A `dot` that dies early must not take this process with it when its input is written.
    signal(SIGPIPE, SIG_IGN)
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
      try process.run()
    } catch {
      return .failure(Failure(description: "could not start \(executable): \(error.localizedDescription)"))
    }
    // Written and read on threads of their own, so that neither side waits on a full pipe. Not on Dispatch's
    // global queue: with as many workers as processors, blocked readers there left the writer waiting about a
    // second for the pool to grow (measured: 1.1 s instead of 0.05 s on 2 processors).
    let readers = DispatchGroup()
    let output = PipeReader(stdout.fileHandleForReading, group: readers)
    let errors = PipeReader(stderr.fileHandleForReading, group: readers)
    let writer = stdin.fileHandleForWriting
    Thread.detachNewThread {
      try? writer.write(contentsOf: input)
      try? writer.close()
    }
    if finished.wait(timeout: .now() + timeLimit) == .timedOut {
      process.terminate()
      if finished.wait(timeout: .now() + 1) == .timedOut { kill(process.processIdentifier, SIGKILL) }
      _ = readers.wait(timeout: .now() + 1)
      return .failure(Failure(description: "dot did not finish within \(timeLimit) seconds and was stopped"))
    }
    _ = readers.wait(timeout: .now() + 5)
    guard process.terminationStatus == 0 else {
      let message = String(decoding: errors.data, as: UTF8.self).trimmingCharacters(
        in: .whitespacesAndNewlines)
      return .failure(Failure(description: "dot failed (exit \(process.terminationStatus)): \(message)"))
    }
    return .success(output.data)
  }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
  private let lock = NSLock()
  private var collected = Data()

  init(_ handle: FileHandle, group: DispatchGroup) {
    group.enter()
    Thread.detachNewThread {
      let data = handle.readDataToEndOfFile()
      self.lock.lock()
      self.collected = data
      self.lock.unlock()
      group.leave()
    }
  }

  var data: Data {
    lock.lock()
    defer { lock.unlock() }
    return collected
  }
}
