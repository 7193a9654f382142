import Foundation

/// Writes a released lesson through `AtomicFileWriter`, creating the folders it needs first.
enum ReleaseWriter {
  static func write(_ bytes: [UInt8], to path: String) throws {
    try FileManager.default.createDirectory(
      at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
    try AtomicFileWriter(path: path).write(bytes, replacing: nil)
  }
}
