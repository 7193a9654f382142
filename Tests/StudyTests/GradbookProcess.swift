import Foundation

/// Runs the built `gradbook` binary with its standard input from a string, as a script or a pipe would.
enum GradbookProcess {
  struct Outcome {
    var output: String
    var error: String
    var status: Int32
  }

  static func run(
    _ arguments: [String], input: String = "", folder: String? = nil, environment: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: TerminalSession.gradbook)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    var merged = ProcessInfo.processInfo.environment
    merged["GRADBOOK_HISTORY"] = ""
    merged.merge(environment) { $1 }
    process.environment = merged
    let stdin = Pipe()
    let stdout = Pipe()
    // Standard error goes to a file, read after the end: a pipe left unread could fill and stall the process.
    let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-stderr-\(UUID().uuidString)"
    ).path
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errorPath) }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle(forWritingAtPath: errorPath)
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errorData = FileManager.default.contents(atPath: errorPath) ?? Data()
    return Outcome(
      output: String(decoding: outputData, as: UTF8.self), error: String(decoding: errorData, as: UTF8.self),
      status: process.terminationStatus)
  }
}
