import Foundation
import Workbook

/// Notices saves by polling: each lesson file's modification time, size and inode, a few times a second. Polling
/// works where change notifications do not reach (WSL, NFS, containers, editors that replace the file).
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
      signatures[path] = [Int(modified.tv_sec), Int(modified.tv_nsec), Int(info.st_size), Int(info.st_ino)]
    }
    return signatures
  }
}
