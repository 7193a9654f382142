/// Why a lesson (or a path given for lessons) cannot be used at all.
public enum LessonError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The lesson's text breaks the lesson format.
  case malformed(SourceLocation, String)
  /// The path does not exist.
  case missingFile(String)
  /// The path exists but cannot be read.
  case unreadable(String, reason: String)
  /// A folder that holds no `*.md` lesson.
  case noLessons(String)

  /// The file the error is about.
  public var file: String {
    switch self {
    case .malformed(let location, _): return location.file
    case .missingFile(let path), .unreadable(let path, _), .noLessons(let path): return path
    }
  }

  /// Where in the file, when known.
  public var location: SourceLocation? {
    if case .malformed(let location, _) = self { return location }
    return nil
  }

  /// The message without the location.
  public var message: String {
    switch self {
    case .malformed(_, let message): return message
    case .missingFile: return "no such file or folder"
    case .unreadable(_, let reason): return "cannot read: \(reason)"
    case .noLessons: return "no lessons (*.md files) in this folder"
    }
  }

  /// `file:line:col: error: message` (just `file: error: message` without a position).
  public var description: String {
    if let location { return "\(location): error: \(message)" }
    return "\(file): error: \(message)"
  }
}
