import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds lesson files from command-line paths and reads them.
public enum LessonCatalog {
  /// Expands each path (see `lessonFiles(forPath:)`), in order.
  public static func lessonFiles(for paths: [String]) -> [Result<String, LessonError>] {
    paths.flatMap(lessonFiles(forPath:))
  }

  /// A `*.md` file stays itself; a folder becomes its `*.md` files, recursively, sorted by path component. Anything
  /// else becomes an error in place, so the other lessons still run: a missing path (with a hint when `path.md`
  /// exists), a file that is not `*.md`, a FIFO or device, a name that is not UTF-8, a folder without lessons.
  public static func lessonFiles(forPath path: String) -> [Result<String, LessonError>] {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      guard code == ENOENT || code == ENOTDIR else {
        return [.failure(.unreadable(path, reason: String(cString: strerror(code))))]
      }
      return [.failure(.missingFile(path, suggestion: suggestion(for: path)))]
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      var found: [Result<String, LessonError>] = []
      var visited: Set<[UInt64]> = [[UInt64(info.st_dev), UInt64(info.st_ino)]]
      collect(folder: path, into: &found, visited: &visited)
      return found.isEmpty ? [.failure(.noLessons(path))] : found
    case S_IFREG:
      return [path.hasSuffix(".md") ? .success(path) : .failure(.notALesson(path))]
    default:
      return [.failure(.notRegularFile(path, kind: FileKind.phrase(for: info.st_mode)))]
    }
  }

  /// `folder/name`, without doubling a slash the folder ends with (so `/` and `dir/` stay what they are).
  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// `path.md` when the user left out the extension of a lesson that exists.
  static func suggestion(for path: String) -> String? {
    guard !path.hasSuffix(".md"), !path.hasSuffix("/") else { return nil }
    var info = stat()
    guard stat(path + ".md", &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return path + ".md"
  }

  /// Adds the lessons under `folder` in name order (by UTF-8 bytes, component by component), skipping hidden
  /// entries and files that are not `*.md`; folders reached twice (through links) are read once.
  private static func collect(
    folder: String, into found: inout [Result<String, LessonError>], visited: inout Set<[UInt64]>
  ) {
    guard let directory = opendir(folder) else {
      found.append(.failure(.unreadable(folder, reason: String(cString: strerror(errno)))))
      return
    }
    var names: [[UInt8]] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if name.first != UInt8(ascii: ".") { names.append(name) }
    }
    closedir(directory)
    names.sort { $0.lexicographicallyPrecedes($1) }
    let isLessonName: ([UInt8]) -> Bool = { $0.count > 3 && $0.suffix(3).elementsEqual(".md".utf8) }
    for name in names {
      let folderBytes = Array(folder.utf8)
      let pathBytes = folderBytes + (folderBytes.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]) + name
      var info = stat()
      let status = (pathBytes + [0]).withUnsafeBufferPointer { buffer -> Int32 in
        buffer.withMemoryRebound(to: CChar.self) { characters in
          guard let base = characters.baseAddress else { return -1 }
          return stat(base, &info)
        }
      }
      let isFolder = status == 0 && info.st_mode & S_IFMT == S_IFDIR
      guard SourceText.firstInvalidUTF8Offset(name) == nil else {
        if isFolder || isLessonName(name) {
          found.append(.failure(.undecodableName(join(folder, escaped(name)), isFolder: isFolder)))
        }
        continue
      }
      let path = join(folder, String(decoding: name, as: UTF8.self))
      if isFolder {
        if visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted {
          collect(folder: path, into: &found, visited: &visited)
        }
      } else if isLessonName(name) {
        if status != 0 {
          found.append(.failure(.unreadable(path, reason: String(cString: strerror(errno)))))
        } else if info.st_mode & S_IFMT != S_IFREG {
          found.append(.failure(.notRegularFile(path, kind: FileKind.phrase(for: info.st_mode))))
        } else {
          found.append(.success(path))
        }
      }
    }
  }

  /// A name's bytes with every byte that is not part of valid UTF-8 written as `\xNN`.
  static func escaped(_ name: [UInt8]) -> String {
    var result = ""
    var rest = name[...]
    while !rest.isEmpty {
      guard let bad = SourceText.firstInvalidUTF8Offset(Array(rest)) else {
        result += String(decoding: rest, as: UTF8.self)
        break
      }
      result += String(decoding: rest.prefix(bad), as: UTF8.self)
      let byte = rest[rest.startIndex + bad]
      result += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
      rest = rest.dropFirst(bad + 1)
    }
    return result
  }

  /// Reads and parses one lesson file (a regular file only: reading a FIFO would wait forever).
  public static func load(
    _ path: String, parser: LessonParser = LessonParser()
  ) -> Result<Lesson, LessonError> {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { return .failure(.missingFile(path)) }
      return .failure(.unreadable(path, reason: String(cString: strerror(errno))))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return .failure(.notRegularFile(path, kind: FileKind.phrase(for: info.st_mode)))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = access(path, R_OK) == 0 ? "the file could not be read" : String(cString: strerror(EACCES))
      return .failure(.unreadable(path, reason: reason))
    }
    do {
      return .success(try parser.parse(Array(data), file: path))
    } catch let error as LessonError {
      return .failure(error)
    } catch {
      return .failure(.unreadable(path, reason: "\(error)"))
    }
  }
}
