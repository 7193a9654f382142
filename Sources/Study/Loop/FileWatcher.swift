import Foundation
import Workbook

/// Notices saves by polling: each lesson file's modification time, size, inode and a hash of its bytes, a few times a
/// second. Polling works where change notifications do not reach (WSL, NFS, containers, editors that replace the
/// file). The hash catches a save of the same size within one tick of a coarse clock (NFS and FAT keep whole or even
/// seconds), which the time and size alone would miss; hashing a course of lessons costs well under a millisecond.
public struct FileWatcher {
  /// How often the study loop looks.
  public static let interval: Int32 = 250

  public let root: String
  private var signatures: [String: [Int]] = [:]

  public init(root: String) {
    self.root = root
    signatures = Self.scan(root)
  }

  /// Whether any lesson file was saved, added or removed since the last call.
  public mutating func hasChanged() -> Bool {
    let current = Self.scan(root)
    defer { signatures = current }
    return current != signatures
  }

  private static func scan(_ root: String) -> [String: [Int]] {
    var signatures: [String: [Int]] = [:]
    for case .success(let path) in LessonCatalog.lessonFiles(forPath: root) {
      var info = stat()
      guard stat(path, &info) == 0 else { continue }
      #if os(Linux)
        let modified = info.st_mtim
      #else
        let modified = info.st_mtimespec
      #endif
      var signature = [Int(modified.tv_sec), Int(modified.tv_nsec), Int(info.st_size), Int(info.st_ino)]
      if let bytes = FileManager.default.contents(atPath: path) { signature.append(Self.hash(bytes)) }
      signatures[path] = signature
    }
    return signatures
  }

  /// FNV-1a over the file's bytes: not for security, only to tell one save from the next.
  static func hash(_ bytes: Data) -> Int {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBytes { raw in
      for byte in raw {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
      }
    }
    return Int(bitPattern: UInt(truncatingIfNeeded: value))
  }
}
