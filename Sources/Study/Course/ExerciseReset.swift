import Foundation
import Workbook

/// What `reset` did.
public struct ResetResult: Equatable, Sendable {
  /// Exercises whose starter code was put back.
  public var reset: [String] = []
  /// Exercises that already held their starter code.
  public var unchanged: [String] = []
  /// Where the learner's lessons were saved before, relative to the course root (one per lesson changed).
  public var backups: [String] = []
}

/// Why `reset` changed nothing.
public struct ResetError: Error, Equatable, CustomStringConvertible {
  public var description: String
}

extension CourseWorkspace {
  /// Puts back the starter code of `outcomes`, one lesson file at a time: each lesson that changes is first copied
  /// whole to `.gradbook/backups/STAMP/`, then rewritten atomically with only the exercise fences' bodies replaced.
  /// A lesson edited meanwhile is left alone.
  public func reset(_ outcomes: [ExerciseOutcome], in status: CourseStatus) throws -> ResetResult {
    var result = ResetResult()
    let stamp = backupStamp()
    let byLesson = Dictionary(grouping: outcomes) { status.lesson(of: $0).relativePath }
    for relative in status.course.lessons.map(\.relativePath) where byLesson[relative] != nil {
      let keys = (byLesson[relative] ?? []).map(\.key)
      guard let starter = starters.lesson(relative) else {
        throw ResetError(
          description: "\(relative): no starter copy in \(CourseRoot.folderName)/starter; cannot reset")
      }
      let path = absolutePath(relative)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ResetError(description: "\(relative): cannot read the lesson")
      }
      let original = [UInt8](data)
      let working: Lesson
      do {
        working = try LessonParser().parse(original, file: relative)
      } catch let error as LessonError {
        throw ResetError(
          description:
            "\(error.description)\nthe lesson no longer reads as a lesson, so its exercises cannot be "
            + "found; `gradbook reset --lesson \(relative)` puts the whole lesson back (your file is saved first)"
        )
      }
      let names = Set(
        keys.map { key in key.lastIndex(of: "#").map { String(key[key.index(after: $0)...]) } ?? key })
      var edits: [(range: Range<Int>, bytes: ArraySlice<UInt8>)] = []
      for index in working.exerciseIndices where names.contains(working.exerciseName(at: index)) {
        let name = working.exerciseName(at: index)
        let key = relative + "#" + name
        guard
          let starterIndex = starter.exerciseIndices.first(where: { starter.exerciseName(at: $0) == name }),
          let from = starter.cells[starterIndex].fence?.bodyByteRange,
          let to = working.cells[index].fence?.bodyByteRange
        else {
          throw ResetError(
            description: "\(key): its fence could not be found in the starter copy or the lesson")
        }
        if ExerciseJudge.normalized(starter.cells[starterIndex].code)
          == ExerciseJudge.normalized(working.cells[index].code)
        {
          result.unchanged.append(key)
          continue
        }
        edits.append((to, starter.source.bytes[from]))
        result.reset.append(key)
      }
      guard !edits.isEmpty else { continue }
      var bytes: [UInt8] = []
      var cursor = 0
      for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
        bytes += original[cursor..<edit.range.lowerBound]
        bytes += edit.bytes
        cursor = edit.range.upperBound
      }
      bytes += original[cursor...]
      result.backups.append(try backUp(original, relative: relative, stamp: stamp))
      try writeLesson(bytes, replacing: original, relative: relative)
    }
    return result
  }

  /// Puts back a whole lesson from its starter copy (for a lesson that no longer parses), after backing it up.
  public func resetLesson(_ relative: String) throws -> ResetResult {
    var result = ResetResult()
    let copy = starters.path(of: relative)
    guard let starter = FileManager.default.contents(atPath: copy) else {
      throw ResetError(
        description: "\(relative): no starter copy in \(CourseRoot.folderName)/starter; cannot reset")
    }
    let path = absolutePath(relative)
    let original = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    guard original != [UInt8](starter) else {
      result.unchanged.append(relative)
      return result
    }
    if let original { result.backups.append(try backUp(original, relative: relative, stamp: backupStamp())) }
    try writeLesson([UInt8](starter), replacing: original, relative: relative)
    result.reset.append(relative)
    return result
  }

  /// Saves `bytes` (a lesson as the learner had it) to `.gradbook/backups/STAMP/RELATIVE`; returns that path below
  /// the root.
  func backUp(_ bytes: [UInt8], relative: String, stamp: String) throws -> String {
    let backup = CourseRoot.folderName + "/backups/" + stamp + "/" + relative
    do {
      try AtomicFile.write(bytes, to: root + "/" + backup)
    } catch {
      throw ResetError(description: "\(relative): not changed: the backup could not be written (\(error))")
    }
    return backup
  }

  private func writeLesson(_ bytes: [UInt8], replacing original: [UInt8]?, relative: String) throws {
    do {
      try AtomicFileWriter(path: absolutePath(relative)).write(bytes, replacing: original)
    } catch let failure as AtomicFileWriter.Failure {
      throw ResetError(description: "\(relative): not reset: \(failure.message)")
    }
  }

  /// `20261129T132655Z`, with `-2`, `-3`… when a backup of that second exists.
  func backupStamp() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    let base = formatter.string(from: now())
    var stamp = base
    var suffix = 1
    while FileManager.default.fileExists(atPath: root + "/" + CourseRoot.folderName + "/backups/" + stamp) {
      suffix += 1
      stamp = base + "-\(suffix)"
    }
    return stamp
  }
}
