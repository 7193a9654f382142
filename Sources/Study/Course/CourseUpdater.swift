import Foundation
import Workbook

/// Brings a learner's copy up to date with the instructor's course it was made from, keeping the learner's code.
///
/// Each source lesson is released again in memory and compared with the lesson as it was handed out (its starter
/// copy). A lesson that changed replaces the learner's file, except that every exercise the learner had changed keeps
/// the learner's code (matched by exercise id); the learner's file is first saved whole to `.gradbook/backups`.
/// Exercises that are gone leave with their lesson's old text in that backup, and their history is kept apart. A
/// lesson gone from the course moves to the backup; a new one is added.
struct CourseUpdater {
  let workspace: CourseWorkspace

  /// What changed, one notice per lesson touched (empty when the copy was current or has no source).
  func update() -> [String] {
    guard let record = CourseSource.load(root: workspace.root),
      FileManager.default.fileExists(atPath: record.source)
    else { return [] }
    let (sources, errors) = SourceLesson.load([record.source])
    guard errors.isEmpty else {
      return [
        "the course at \(record.source) has problems, so your copy was not updated: \(errors[0].description)"
      ]
    }
    var notices: [String] = []
    var stamp: String?
    let starters = workspace.starters
    for source in sources {
      let relative = source.relativePath
      let released = LessonRelease.bytes(of: source.lesson, source: relative, keepTargets: true)
      let handedOut = FileManager.default.contents(atPath: starters.path(of: relative)).map { [UInt8]($0) }
      guard handedOut != released else { continue }
      let path = workspace.absolutePath(relative)
      let working = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
      do {
        switch (working, handedOut) {
        case (nil, _):
          try AtomicFile.write(released, to: path)
          notices.append("\(relative): new in the course")
        case (_?, nil):
          // Never handed out as far as this copy knows: nothing to tell the learner's code from the course's by.
          continue
        case (let working?, let handedOut?) where working == handedOut:
          try AtomicFileWriter(path: path).write(released, replacing: working)
          notices.append("\(relative): updated by the course")
        case (let working?, let handedOut?):
          stamp = stamp ?? workspace.backupStamp()
          let backup = try workspace.backUp(working, relative: relative, stamp: stamp ?? "")
          try AtomicFileWriter(path: path).write(
            merge(learner: working, handedOut: handedOut, released: released), replacing: working)
          notices.append(
            "\(relative): updated by the course; your code is kept (your file before: \(backup))")
        }
        try AtomicFile.write(released, to: starters.path(of: relative))
      } catch {
        notices.append("\(relative): not updated: \(error)")
      }
    }
    let current = Set(sources.map(\.relativePath))
    for relative in handedOutLessons() where !current.contains(relative) {
      let path = workspace.absolutePath(relative)
      do {
        if let working = FileManager.default.contents(atPath: path) {
          stamp = stamp ?? workspace.backupStamp()
          let backup = try workspace.backUp([UInt8](working), relative: relative, stamp: stamp ?? "")
          try FileManager.default.removeItem(atPath: path)
          notices.append("\(relative): no longer in the course; your file is in \(backup)")
        }
        try FileManager.default.removeItem(atPath: starters.path(of: relative))
      } catch {
        notices.append("\(relative): left as it is: \(error)")
      }
    }
    return notices
  }

  /// The released lesson with the learner's code in every exercise the learner changed from the handed-out copy.
  func merge(learner: [UInt8], handedOut: [UInt8], released: [UInt8]) -> [UInt8] {
    guard let mine = try? LessonParser().parse(learner, file: "learner.md"),
      let before = try? LessonParser().parse(handedOut, file: "before.md"),
      let after = try? LessonParser().parse(released, file: "after.md")
    else { return released }
    var edits: [(range: Range<Int>, bytes: ArraySlice<UInt8>)] = []
    for index in after.exerciseIndices {
      let name = after.exerciseName(at: index)
      guard let learnerIndex = mine.exerciseIndices.first(where: { mine.exerciseName(at: $0) == name }),
        let body = mine.cells[learnerIndex].fence?.bodyByteRange,
        let target = after.cells[index].fence?.bodyByteRange
      else { continue }
      let original = before.exerciseIndices.first { before.exerciseName(at: $0) == name }.map {
        before.cells[$0].code
      }
      let learnerCode = ExerciseJudge.normalized(mine.cells[learnerIndex].code)
      guard original.map(ExerciseJudge.normalized) != learnerCode else { continue }
      edits.append((target, mine.source.bytes[body]))
    }
    var bytes: [UInt8] = []
    var cursor = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      bytes += released[cursor..<edit.range.lowerBound]
      bytes += edit.bytes
      cursor = edit.range.upperBound
    }
    return bytes + released[cursor...]
  }

  /// The lessons that have a starter copy, by path below the root.
  private func handedOutLessons() -> [String] {
    let folder = workspace.starters.folder
    return LessonCatalog.lessonFiles(forPath: folder).compactMap { entry in
      guard case .success(let path) = entry else { return nil }
      return Course.relativePath(of: path, under: folder)
    }
  }
}
