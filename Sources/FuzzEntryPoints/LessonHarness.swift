import Workbook

/// Fuzzes the lesson parser (cmark and the lesson format), then `check --update` on what it parsed.
///
/// Cells are not run by the interpreter: a stand-in runner answers each cell with output derived from its code,
/// so most fences disagree and `--update` rewrites, removes or inserts them. The updated bytes must parse again,
/// with the same cells, and (when the updater reported no fence it could not rewrite) now pass.
enum LessonHarness {
  static let file = "fuzz.md"

  static func run(_ bytes: [UInt8]) throws -> FuzzOutcome {
    let lesson: Lesson
    do {
      lesson = try LessonParser().parse(bytes, file: file)
    } catch let error as LessonError {
      guard let location = error.location else {
        throw FuzzInvariantViolation(.lesson, "a parse error without a position: \(error)")
      }
      try checkPosition(location, in: SourceText(bytes: bytes), what: "error \(error)")
      return .positionedError(line: location.line, column: location.column, message: error.message)
    }
    for cell in lesson.cells {
      try checkPosition(cell.location, in: lesson.source, what: "cell")
      for expectation in cell.expectations {
        try checkPosition(expectation.location, in: lesson.source, what: "expectation")
      }
    }
    for finding in lesson.findings {
      try checkPosition(finding.location, in: lesson.source, what: "finding \(finding)")
    }
    try checkUpdateRoundTrip(lesson)
    return .result
  }

  /// A position must lie in the file: a line that exists (or the one after a final newline), a column from 1.
  static func checkPosition(_ location: SourceLocation, in source: SourceText, what: String) throws {
    guard location.file == file, location.line >= 1, location.line <= max(1, source.lineCount + 1),
      location.column >= 1
    else {
      throw FuzzInvariantViolation(.lesson, "\(what) at an impossible position \(location)")
    }
  }

  /// `--update` with stand-in results, then parse and run again: same cells, and every updated cell passes.
  static func checkUpdateRoundTrip(_ lesson: Lesson) throws {
    let runner = LessonRunner(makeRunner: { EchoRunner() })
    let report = runner.run(lesson)
    let update = ExpectationUpdater.update(report)
    guard update.changedFences > 0 else { return }
    let again: Lesson
    do {
      again = try LessonParser().parse(update.bytes, file: file)
    } catch {
      throw FuzzInvariantViolation(.lesson, "the updated lesson does not parse: \(error)")
    }
    guard again.cells.map(\.code) == lesson.cells.map(\.code) else {
      throw FuzzInvariantViolation(.lesson, "the update changed the lesson's cells")
    }
    guard update.findings.isEmpty else { return }
    for cell in runner.run(again).cells where cell.status.isFailure && cell.cell.kind != .check {
      throw FuzzInvariantViolation(
        .lesson, "cell at line \(cell.cell.location.line) still fails after --update: \(cell.mismatches)")
    }
  }
}
