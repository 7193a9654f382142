/// Reads a submission (a folder or one file of lesson copies) against the source lessons: takes the body of every
/// exercise fence by id and notes every other difference.
public struct SubmissionReader {
  public let sources: [SourceLesson]
  private let exerciseHome: [String: String]

  public init(sources: [SourceLesson]) {
    self.sources = sources
    var home: [String: String] = [:]
    for source in sources {
      for cell in source.lesson.cells where cell.kind == .exercise {
        if let id = cell.id, home[id] == nil { home[id] = source.relativePath }
      }
    }
    exerciseHome = home
  }

  /// Reads the submission at `path`.
  public func read(_ path: String) -> Submission {
    var submission = Submission(name: path)
    var loadErrors: [LessonError] = []
    let files = SourceLesson.files(under: [path], errors: &loadErrors)
    submission.errors += loadErrors.map(\.description)
    var copies: [String: String] = [:]
    for (file, relative) in files {
      switch LessonCatalog.load(file, parser: LessonParser(allowsRepeatedIDs: true)) {
      case .failure(let error):
        submission.errors.append(error.description)
      case .success(let lesson):
        guard let source = match(lesson, relative: relative) else {
          submission.notes.append("\(file): not a copy of any source lesson; ignored")
          continue
        }
        if let earlier = copies[source.relativePath] {
          submission.notes.append(
            "\(file): a second copy of \(source.lesson.file) (the first is \(earlier)); exercises come from the first"
          )
        } else {
          copies[source.relativePath] = file
        }
        submission.coveredLessons.insert(source.relativePath)
        submission.notes += stampNotes(lesson, source: source)
        takeExercises(lesson, into: &submission)
        submission.notes += LessonComparison.differences(copy: lesson, source: source.lesson)
      }
    }
    return submission
  }

  /// The source lesson a copy belongs to: by its stamp, else by its path, else by its file name, else by the exercise
  /// ids it holds.
  func match(_ lesson: Lesson, relative: String) -> SourceLesson? {
    if let stamp = lesson.releaseStamp, let source = sources.first(where: { $0.relativePath == stamp.source })
    {
      return source
    }
    if let source = sources.first(where: { $0.relativePath == relative }) { return source }
    let name = relative.split(separator: "/").last.map(String.init) ?? relative
    if let source = sources.first(where: {
      $0.relativePath.split(separator: "/").last.map(String.init) == name
    }) {
      return source
    }
    let ids = lesson.cells.compactMap { $0.kind == .exercise ? $0.id : nil }
    guard let home = ids.lazy.compactMap({ exerciseHome[$0] }).first else { return nil }
    return sources.first { $0.relativePath == home }
  }

  private func stampNotes(_ lesson: Lesson, source: SourceLesson) -> [String] {
    guard let stamp = lesson.releaseStamp else {
      return [
        "\(lesson.file): has no release stamp (not made by `gradbook release`?); read as a copy of \(source.lesson.file)"
      ]
    }
    let current = source.sha256
    guard stamp.sha256 != current else { return [] }
    return [
      "\(lesson.file): released from another version of \(source.lesson.file) (sha256 \(stamp.sha256.prefix(12))…, "
        + "the source is now \(current.prefix(12))…); graded against the source as it is now"
    ]
  }

  private func takeExercises(_ lesson: Lesson, into submission: inout Submission) {
    var firstSeen: [String: SourceLocation] = [:]
    for cell in lesson.cells where cell.kind == .exercise {
      let place = "\(lesson.file):\(cell.location.line)"
      guard let id = cell.id else {
        submission.notes.append("\(place): an exercise without `id=` is ignored")
        continue
      }
      guard exerciseHome[id] != nil else {
        submission.notes.append("\(place): exercise `\(id)` is not in the source; ignored")
        continue
      }
      if submission.answers[id] != nil {
        let first = firstSeen[id].map { " (first at \($0.line))" } ?? ""
        submission.notes.append("\(place): exercise `\(id)` appears again\(first); only the first is graded")
        continue
      }
      firstSeen[id] = cell.location
      submission.answers[id] = .code(cell.code, startLine: cell.codeStartLine)
    }
  }
}
