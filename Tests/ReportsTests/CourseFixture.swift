import Foundation
import TestSupport
import Workbook
import XCTest

@testable import Reports

/// The real English course released into a temporary folder, and learners' submissions made from that release: the
/// starter code as released, every solution pasted into its exercise fence, or any mix.
struct CourseFixture {
  let folder: URL
  let source = RepositoryPaths.root + "/lessons/en"
  var release: String { folder.appendingPathComponent("release").path }

  /// Releases the course; fails the test when `release` does not succeed.
  init(file: StaticString = #filePath, line: UInt = #line) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-course-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var errors = ""
    let code = GradingDriver(write: { _ in }, writeError: { errors += $0 }).release(
      paths: [source], destination: release, keepTargets: true, strict: true, jobs: 1)
    XCTAssertEqual(code, 0, errors, file: file, line: line)
  }

  func remove() {
    try? FileManager.default.removeItem(at: folder)
  }

  /// The source lessons, by file name.
  func sourceLessons() throws -> [String: Lesson] {
    var lessons: [String: Lesson] = [:]
    for name in try lessonNames() {
      lessons[name] = try LessonCatalog.load(source + "/" + name).get()
    }
    return lessons
  }

  func lessonNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".md") }.sorted()
  }

  /// Every graded exercise id with its solution's code and its points, in course order.
  func exercises() throws -> [(id: String, solution: String, points: Double)] {
    var found: [(String, String, Double)] = []
    let lessons = try sourceLessons()
    for name in try lessonNames() {
      guard let lesson = lessons[name] else { continue }
      for (index, cell) in lesson.cells.enumerated() where cell.kind == .exercise {
        guard let id = cell.id,
          let solution = lesson.cells.first(where: { $0.kind == .solution && $0.exerciseIndex == index })
        else { continue }
        let checks = lesson.cells.filter { $0.kind == .check && $0.exerciseIndex == index }
        let points = ExerciseScoring.checkPoints(exercise: cell, checks: checks).reduce(0, +)
        found.append((id, solution.code, points))
      }
    }
    return found
  }

  /// Writes a submission folder `name`: the released lessons with the bodies of the exercises in `bodies` replaced,
  /// then `edit` applied to each file's text. Returns its path.
  @discardableResult
  func submission(
    _ name: String, bodies: [String: String] = [:], edit: (String, String) -> String = { $1 }
  ) throws -> String {
    let target = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    for file in try lessonNames() {
      let path = release + "/" + file
      let lesson = try LessonCatalog.load(path).get()
      var bytes = lesson.source.bytes
      // From the end, so earlier byte ranges stay valid.
      for cell in lesson.cells.reversed() where cell.kind == .exercise {
        guard let id = cell.id, let body = bodies[id], let range = cell.fence?.bodyByteRange else { continue }
        bytes.replaceSubrange(range, with: Array(body.utf8))
      }
      let text = edit(file, String(decoding: bytes, as: UTF8.self))
      try Data(text.utf8).write(to: target.appendingPathComponent(file))
    }
    return target.path
  }

  /// Grades `submissions` in `format`; returns the report text, standard error and the exit code.
  func grade(_ submissions: [String], format: GradeFormat = .json, jobs: Int = 1) -> (
    out: String, err: String, code: Int32
  ) {
    var out = ""
    var err = ""
    let code = GradingDriver(write: { out += $0 }, writeError: { err += $0 }).grade(
      sources: [source], submissions: submissions, format: format, outputFile: nil, jobs: jobs)
    return (out, err, code)
  }

  /// The JSON report of `submissions`, decoded.
  func gradeJSON(_ submissions: [String]) throws -> GradeJSONReport {
    let result = grade(submissions)
    return try JSONDecoder().decode(GradeJSONReport.self, from: Data(result.out.utf8))
  }
}
