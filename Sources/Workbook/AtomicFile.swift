import Foundation

/// Writes a new file or replaces one through `AtomicFileWriter` (a reader never sees half a released lesson or half
/// a report), creating the folders it needs first.
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String) throws {
    try FileManager.default.createDirectory(
      at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
    try AtomicFileWriter(path: path).write(bytes, replacing: nil)
  }
}
