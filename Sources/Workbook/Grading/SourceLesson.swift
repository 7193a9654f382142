import Foundation

/// A lesson of the instructor's source, with the path it has inside the folder it was found in.
public struct SourceLesson: Sendable {
  public var lesson: Lesson
  /// The path below the folder given on the command line (the file name when a file was given).
  public var relativePath: String

  public init(lesson: Lesson, relativePath: String) {
    self.lesson = lesson
    self.relativePath = relativePath
  }

  /// SHA-256 of the lesson's bytes, as release stamps name it.
  public var sha256: String { SHA256.hex(lesson.source.bytes) }

  /// Reads the lessons under `paths` (files, or folders searched for `*.md`); problems are returned, not thrown.
  public static func load(_ paths: [String]) -> (lessons: [SourceLesson], errors: [LessonError]) {
    var lessons: [SourceLesson] = []
    var errors: [LessonError] = []
    for (file, relative) in files(under: paths, errors: &errors) {
      switch LessonCatalog.load(file) {
      case .success(let lesson): lessons.append(SourceLesson(lesson: lesson, relativePath: relative))
      case .failure(let error): errors.append(error)
      }
    }
    return (lessons, errors)
  }

  /// Each lesson file under `paths` with its path relative to the folder given (or its file name); paths that hold no
  /// lesson add their error instead.
  static func files(
    under paths: [String], errors: inout [LessonError]
  ) -> [(file: String, relative: String)] {
    var found: [(String, String)] = []
    for path in paths {
      let prefix = path.hasSuffix("/") ? path : path + "/"
      for entry in LessonCatalog.lessonFiles(forPath: path) {
        switch entry {
        case .failure(let error):
          errors.append(error)
        case .success(let file):
          let relative =
            file.hasPrefix(prefix)
            ? String(file.dropFirst(prefix.count)) : file.split(separator: "/").last.map(String.init) ?? file
          found.append((file, relative))
        }
      }
    }
    return found
  }
}
