import Foundation

/// Finds lesson files from command-line paths and reads them.
public enum LessonCatalog {
  /// Expands each path: a file stays itself; a folder becomes its `*.md` files, recursively, sorted by path.
  /// Missing paths and folders without lessons become errors in place, so the other lessons still run.
  public static func lessonFiles(for paths: [String]) -> [Result<String, LessonError>] {
    var found: [Result<String, LessonError>] = []
    let manager = FileManager.default
    for path in paths {
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
        found.append(.failure(.missingFile(path)))
        continue
      }
      guard isFolder.boolValue else {
        found.append(.success(path))
        continue
      }
      let files = markdownFiles(in: path)
      if files.isEmpty { found.append(.failure(.noLessons(path))) }
      found.append(contentsOf: files.map { .success($0) })
    }
    return found
  }

  /// The `*.md` files under `folder`, skipping hidden entries, sorted by their path components.
  static func markdownFiles(in folder: String) -> [String] {
    let manager = FileManager.default
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    guard let enumerator = manager.enumerator(atPath: base) else { return [] }
    var relative: [String] = []
    while let entry = enumerator.nextObject() as? String {
      let components = entry.split(separator: "/")
      if components.contains(where: { $0.hasPrefix(".") }) { continue }
      guard entry.hasSuffix(".md") else { continue }
      var isFolder: ObjCBool = false
      if manager.fileExists(atPath: base + "/" + entry, isDirectory: &isFolder), !isFolder.boolValue {
        relative.append(entry)
      }
    }
    relative.sort { $0.split(separator: "/").lexicographicallyPrecedes($1.split(separator: "/")) }
    return relative.map { base + "/" + $0 }
  }

  /// Reads and parses one lesson file.
  public static func load(_ path: String) -> Result<Lesson, LessonError> {
    let bytes: [UInt8]
    do {
      bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      if !FileManager.default.fileExists(atPath: path) { return .failure(.missingFile(path)) }
      return .failure(.unreadable(path, reason: (error as NSError).localizedDescription))
    }
    do {
      return .success(try LessonParser().parse(bytes, file: path))
    } catch let error as LessonError {
      return .failure(error)
    } catch {
      return .failure(.unreadable(path, reason: "\(error)"))
    }
  }
}
