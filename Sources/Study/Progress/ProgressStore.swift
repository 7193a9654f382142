import Foundation
import Workbook

/// Reads and writes `.gradbook/progress.json`: atomically, one read-modify-write at a time (a `gradbook hint` in
/// another terminal while `study` runs loses nothing), and never silently resetting a file it cannot read.
///
/// A file that cannot be read or parsed is reported and set aside (renamed with a timestamp, so it can be inspected
/// or restored) and a new one is started. A file written by a newer gradbook is left untouched and nothing is saved.
public struct ProgressStore {
  /// Something the learner should know about the progress file.
  public struct Notice: Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  /// Why history could not be saved.
  public struct SaveError: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// The course root (the folder holding `.gradbook`).
  public let root: String
  /// The clock that stamps set-aside files.
  public var now: () -> Date
  /// Handed to `AtomicFileWriter`: what runs between writing the new file and renaming it (crash tests).
  var beforeRename: ((_ replacement: String) throws -> Void)?

  public init(root: String, now: @escaping () -> Date = Date.init) {
    self.root = root
    self.now = now
  }

  public var path: String { root + "/" + CourseRoot.folderName + "/progress.json" }

  /// The path as the learner sees it from the course root.
  var shownPath: String { CourseRoot.folderName + "/progress.json" }

  /// The progress, and a notice when the file had to be set aside or cannot be written.
  public func load() -> (progress: Progress, notice: Notice?, isWritable: Bool) {
    switch read() {
    case .absent: return (Progress(), nil, true)
    case .read(let progress, _): return (progress, nil, true)
    case .newer(let version):
      let message =
        "\(shownPath) was written by a newer gradbook (format \(version)); it is left as it is and this session's "
        + "hints and attempts are not saved. Update gradbook to keep them."
      return (Progress(), Notice(message: message), false)
    case .broken(let reason):
      return setAside(because: reason)
    }
  }

  /// Applies `change` to the progress on disk and saves it; retried when another gradbook wrote in between.
  @discardableResult
  public func update(_ change: (inout Progress) -> Void) throws -> Progress {
    for _ in 0..<5 {
      var progress: Progress
      var original: [UInt8]?
      switch read() {
      case .absent: progress = Progress()
      case .read(let existing, let bytes):
        progress = existing
        original = bytes
      case .newer(let version):
        throw SaveError(
          description: "\(shownPath) was written by a newer gradbook (format \(version)); not saved")
      case .broken(let reason):
        _ = setAside(because: reason)
        progress = Progress()
      }
      change(&progress)
      do {
        try write(progress, replacing: original)
        removeCrashLeftovers()
        return progress
      } catch let failure as AtomicFileWriter.Failure where failure.reason == .changedSinceRead {
        continue
      }
    }
    throw SaveError(description: "\(shownPath) kept changing while it was saved; not saved")
  }

  private enum ReadResult {
    case absent
    case read(Progress, bytes: [UInt8])
    case newer(version: Int)
    case broken(reason: String)
  }

  private func read() -> ReadResult {
    guard FileManager.default.fileExists(atPath: path) else { return .absent }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .broken(reason: "it cannot be read (\(String(cString: strerror(errno))))")
    }
    let bytes = [UInt8](data)
    if let probe = try? JSONDecoder().decode(VersionProbe.self, from: data),
      probe.version > Progress.currentVersion
    {
      return .newer(version: probe.version)
    }
    do {
      let progress = try JSONDecoder().decode(Progress.self, from: data)
      guard progress.version == Progress.currentVersion else {
        return .broken(reason: "it has an unknown format version \(progress.version)")
      }
      return .read(progress, bytes: bytes)
    } catch {
      return .broken(reason: Self.describe(error))
    }
  }

  private struct VersionProbe: Decodable {
    var version: Int
  }

  /// Renames the unreadable file out of the way and starts afresh.
  private func setAside(because reason: String) -> (progress: Progress, notice: Notice?, isWritable: Bool) {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    let stamp = formatter.string(from: now())
    var asidePath = path + ".broken-" + stamp
    var suffix = 1
    while FileManager.default.fileExists(atPath: asidePath) {
      suffix += 1
      asidePath = path + ".broken-" + stamp + "-\(suffix)"
    }
    let asideName = (asidePath as NSString).lastPathComponent
    guard rename(path, asidePath) == 0 else {
      let message =
        "\(shownPath) is unusable (\(reason)) and could not be set aside (\(String(cString: strerror(errno)))); "
        + "it is left as it is and this session's hints and attempts are not saved."
      return (Progress(), Notice(message: message), false)
    }
    let message =
      "\(shownPath) is unusable (\(reason)); it was set aside as \(CourseRoot.folderName)/\(asideName) and a new "
      + "one is started. Hints shown and attempts count again from zero; what you solved is safe, since it is "
      + "read from your lesson files."
    return (Progress(), Notice(message: message), true)
  }

  /// Writes `progress` in place of the file that held `original` (nil: the file is new).
  private func write(_ progress: Progress, replacing original: [UInt8]?) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var bytes = [UInt8](try encoder.encode(progress))
    bytes.append(UInt8(ascii: "\n"))
    try FileManager.default.createDirectory(
      atPath: root + "/" + CourseRoot.folderName, withIntermediateDirectories: true)
    try AtomicFileWriter(path: path, beforeRename: beforeRename).write(bytes, replacing: original)
  }

  /// Removes replacements of progress.json that a crashed gradbook left unrenamed, once they are a minute old: a
  /// younger one may be another gradbook's, saving right now. File times are the system's, so this uses its clock.
  private func removeCrashLeftovers() {
    let folder = root + "/" + CourseRoot.folderName
    let prefix = AtomicFileWriter.replacementPrefix(for: "progress.json")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    let cutoff = Date().addingTimeInterval(-60)
    for name in names where name.hasPrefix(prefix) {
      let path = folder + "/" + name
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      guard let modified = attributes?[.modificationDate] as? Date, modified < cutoff else { continue }
      unlink(path)
    }
  }

  /// A decoding error in a few words, with the JSON path when there is one.
  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context):
      let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
      return "it is not valid JSON" + (underlying.map { ": " + $0 } ?? "")
    case DecodingError.keyNotFound(let key, let context):
      return "`\(Self.path(context.codingPath + [key]))` is missing"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "`\(Self.path(context.codingPath))` has the wrong kind of value"
    default:
      return "\(error)"
    }
  }

  private static func path(_ keys: [CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }
}
