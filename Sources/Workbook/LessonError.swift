/// Why a lesson (or a path given for lessons) cannot be used at all.
public enum LessonError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The lesson's text breaks the lesson format.
  case malformed(SourceLocation, String)
  /// The path does not exist; `suggestion` is a lesson that does (`foo` → `foo.md`).
  case missingFile(String, suggestion: String? = nil)
  /// The path exists but cannot be read.
  case unreadable(String, reason: String)
  /// A folder that holds no `*.md` lesson.
  case noLessons(String)
  /// A named file that is not a `*.md` lesson (a notebook, a script, anything else).
  case notALesson(String)
  /// A FIFO, a device or a socket; `kind` says which (`a FIFO`).
  case notRegularFile(String, kind: String)
  /// A file or folder whose name is not UTF-8; the path shows the bad bytes as `\xNN`.
  case undecodableName(String, isFolder: Bool)
  /// `check` on a path whose lessons hold no python cell.
  case noCells(String, isFolder: Bool)
  /// A file Gradbook was asked to write (a released lesson, a report) cannot be written there.
  case unwritable(String, reason: String)

  /// The file the error is about.
  public var file: String {
    switch self {
    case .malformed(let location, _): return location.file
    case .missingFile(let path, _), .unreadable(let path, _), .noLessons(let path), .notALesson(let path),
      .notRegularFile(let path, _), .undecodableName(let path, _), .noCells(let path, _),
      .unwritable(let path, _):
      return path
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
    case .missingFile(_, let suggestion):
      return "no such file or folder" + (suggestion.map { "; did you mean \($0)?" } ?? "")
    case .unreadable(_, let reason): return "cannot read: \(reason)"
    case .noLessons: return "no lessons (*.md files) in this folder"
    case .notALesson(let path): return Self.notALessonMessage(path)
    case .notRegularFile(_, let kind): return "not a regular file (\(kind))"
    case .undecodableName(_, let isFolder):
      return isFolder
        ? "the name is not valid UTF-8, so the lessons in this folder are not read; rename the folder"
        : "the name is not valid UTF-8, so this lesson is not read; rename the file"
    case .noCells(_, let isFolder):
      return "no ```python cells to check in " + (isFolder ? "any lesson in this folder" : "this file")
    case .unwritable(_, let reason): return "cannot write: \(reason)"
    }
  }

  /// What Gradbook reads instead of the file at `path`, with a word for notebooks and Python scripts.
  static func notALessonMessage(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let reads = "Gradbook reads Markdown lessons (*.md)"
    if name.hasSuffix(".ipynb") {
      return "not a lesson: Jupyter notebooks are not read yet (an import is planned); " + reads
    }
    if name.hasSuffix(".py") {
      return "not a lesson: " + reads + ", whose cells are ```python fences; put this code in one"
    }
    return "not a lesson: " + reads
  }

  /// `file:line:col: error: message` (just `file: error: message` without a position).
  public var description: String {
    if let location { return "\(location): error: \(message)" }
    return "\(file): error: \(message)"
  }
}
