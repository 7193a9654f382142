import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file's contents so that readers see the old file or the new one, never a mix, and nothing the user
/// did not mean to change is changed: a file or folder marked read-only is refused, a symbolic link is written
/// through (it stays a link), the file keeps its mode and owner, and, given the text the file held when it was read,
/// a file edited since then is left alone. Every writer of user files (`check --update`, progress, reports) uses it.
///
/// The new text goes to a temporary file in the target's folder, which is synced, given the old file's mode and
/// owner, and renamed over the target; then the folder is synced so the rename survives a crash.
public struct AtomicFileWriter {
  /// Why nothing was written.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
      /// The file's permissions do not let this user write it (for root: no one may write it).
      case readOnlyFile(mode: UInt32)
      /// The folder the replacement must be created in cannot be written.
      case readOnlyFolder(String)
      /// A FIFO, device, socket or folder.
      case notRegularFile(String)
      /// The file no longer holds what it held when it was read.
      case changedSinceRead
      /// A replacement cannot be given the file's owner.
      case ownerNotKept(user: UInt32, group: UInt32)
      /// Symbolic links that go round in a circle or nest too deep.
      case tooManyLinks
      /// A system call failed.
      case system(operation: String, code: Int32)
    }

    /// The path as given to the writer.
    public var path: String
    public var reason: Reason

    /// The message without the path.
    public var message: String {
      switch reason {
      case .readOnlyFile(let mode):
        return "cannot write: the file is read-only (mode \(Self.octal(mode))); nothing was changed"
      case .readOnlyFolder(let folder):
        return
          "cannot write: its folder \(folder) is read-only (the new text is written beside the file, then "
          + "renamed over it); nothing was changed"
      case .notRegularFile(let kind):
        return "cannot write: not a regular file (\(kind)); nothing was changed"
      case .changedSinceRead:
        return "not updated: the file changed since it was read for this run; nothing was written"
      case .ownerNotKept(let user, let group):
        return
          "cannot write: the file belongs to user \(user), group \(group), and a replacement could not be "
          + "given that owner; nothing was changed"
      case .tooManyLinks:
        return "cannot write: too many levels of symbolic links; nothing was changed"
      case .system(let operation, let code):
        return "cannot write: \(operation) failed: \(String(cString: strerror(code))); nothing was changed"
      }
    }

    /// `path: error: message`.
    public var description: String { "\(path): error: \(message)" }

    static func octal(_ mode: UInt32) -> String {
      let digits = String(mode & 0o7777, radix: 8)
      return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
  }

  /// The path to write, as the user named it (it may be a symbolic link).
  public let path: String

  /// Runs after the replacement is written and synced, just before it is renamed over the file; given the
  /// replacement's path. Tests use it to see (and copy) the disk as a crash at that moment would leave it; an error
  /// it throws ends the write as a failed rename would.
  public var beforeRename: ((_ replacement: String) throws -> Void)?

  public init(path: String, beforeRename: ((_ replacement: String) throws -> Void)? = nil) {
    self.path = path
    self.beforeRename = beforeRename
  }

  /// Replaces the file with `bytes`. With `original`, writes only if the file still holds exactly `original` just
  /// before the replacement is renamed into place; otherwise a missing file is created.
  public func write(_ bytes: [UInt8], replacing original: [UInt8]?) throws {
    let target = try resolvedTarget()
    var info = stat()
    let exists: Bool
    if stat(target, &info) == 0 {
      exists = true
      guard info.st_mode & S_IFMT == S_IFREG else {
        throw failure(.notRegularFile(FileKind.phrase(for: info.st_mode)))
      }
    } else if errno == ENOENT {
      guard original == nil else { throw failure(.changedSinceRead) }
      exists = false
    } else {
      throw failure(.system(operation: "stat", code: errno))
    }
    let folder = Self.folder(of: target)
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0 else { throw failure(.system(operation: "stat", code: errno)) }
    guard Self.mayWrite(folder, mode: folderInfo.st_mode) else { throw failure(.readOnlyFolder(folder)) }
    if exists, !Self.mayWrite(target, mode: info.st_mode) {
      throw failure(.readOnlyFile(mode: UInt32(info.st_mode)))
    }
    let temporary = try makeTemporary(in: folder, for: target, keepsPrivate: exists)
    var renamed = false
    defer { if !renamed { unlink(temporary.path) } }
    do {
      defer { close(temporary.descriptor) }
      try writeAll(bytes, to: temporary.descriptor)
      if exists { try giveOwnerAndMode(of: info, to: temporary.descriptor) }
      guard fsync(temporary.descriptor) == 0 else { throw failure(.system(operation: "fsync", code: errno)) }
    }
    if let original {
      guard let current = FileManager.default.contents(atPath: target), [UInt8](current) == original else {
        throw failure(.changedSinceRead)
      }
    }
    try beforeRename?(temporary.path)
    guard rename(temporary.path, target) == 0 else {
      throw failure(.system(operation: "rename", code: errno))
    }
    renamed = true
    Self.syncFolder(folder)
  }

  private func failure(_ reason: Failure.Reason) -> Failure {
    Failure(path: path, reason: reason)
  }

  /// `path` with every symbolic link along its last component followed, so the link itself is never replaced.
  func resolvedTarget() throws -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count >= 0 else { throw failure(.system(operation: "readlink", code: errno)) }
      let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = destination.hasPrefix("/") ? destination : Self.folder(of: current) + "/" + destination
    }
    throw failure(.tooManyLinks)
  }

  /// The folder part of `path` (`.` when it has none, `/` for a file at the root).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// Whether this user may write `path`: the system must allow it, and for root (whom the system always allows)
  /// some write permission must be set, since a file or folder no one may write is read-only on purpose.
  static func mayWrite(_ path: String, mode: mode_t) -> Bool {
    guard access(path, W_OK) == 0 else { return false }
    return geteuid() != 0 || mode & 0o222 != 0
  }

  /// How the replacements of the file named `name` begin (a crash between writing one and renaming it leaves it).
  public static func replacementPrefix(for name: String) -> String {
    "." + name + ".gradbook-"
  }

  /// A new, hidden file beside `target` (hidden so that a folder scan running meanwhile skips it). Private (0600)
  /// while it replaces an existing file, whose mode it gets later; else created with 0666 less the umask, as any
  /// new file is.
  private func makeTemporary(in folder: String, for target: String, keepsPrivate: Bool) throws
    -> (path: String, descriptor: Int32)
  {
    let name = target.split(separator: "/").last.map(String.init) ?? "file"
    for _ in 0..<100 {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let candidate = folder + "/" + Self.replacementPrefix(for: name) + suffix
      let descriptor = open(
        candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, keepsPrivate ? 0o600 : 0o666)
      if descriptor >= 0 { return (candidate, descriptor) }
      guard errno == EEXIST else {
        if errno == EACCES || errno == EROFS || errno == EPERM { throw failure(.readOnlyFolder(folder)) }
        throw failure(.system(operation: "open", code: errno))
      }
    }
    throw failure(.system(operation: "open", code: EEXIST))
  }

  private func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure(.system(operation: "write", code: errno))
      }
      offset += written
    }
  }

  /// The owner first: changing it may clear set-user-ID and set-group-ID bits, which the mode then restores.
  private func giveOwnerAndMode(of info: stat, to descriptor: Int32) throws {
    if info.st_uid != geteuid() || info.st_gid != getegid() {
      guard fchown(descriptor, info.st_uid, info.st_gid) == 0 else {
        throw failure(.ownerNotKept(user: UInt32(info.st_uid), group: UInt32(info.st_gid)))
      }
    }
    guard fchmod(descriptor, info.st_mode & 0o7777) == 0 else {
      throw failure(.system(operation: "chmod", code: errno))
    }
  }

  /// Best effort: some file systems cannot sync a folder, and the file is already in place.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }
}

/// The system's `write`, which a method named `write` would hide inside the type.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
