import Foundation
import PythonRuntime
import XCTest

@testable import Workbook

/// Feeds many deterministic mutations of a lesson through parse → run → update → parse → run: nothing may crash,
/// an updated lesson must still parse with the same cells, and after an update every cell that `--update` could
/// fix must pass.
final class MutatedLessonTests: XCTestCase {
  /// A small deterministic generator (xorshift64*), so failures reproduce.
  private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state ^= state >> 12
      state ^= state << 25
      state ^= state >> 27
      return state &* 2_685_821_657_736_338_717
    }
  }

  /// Answers in a fixed rotation of awkward results: fence-like output, warnings, errors, nothing, wide text.
  private final class RotatingRunner: CellRunner {
    private var count = 0
    func run(_ code: String, startLine: Int) -> CellResult {
      count += 1
      switch count % 4 {
      case 0: return CellResult(output: "x\n```\n", warnings: ["UserWarning: w"])
      case 1: return CellResult(error: CellError(typeName: "E", message: "m", line: startLine, column: 1))
      case 2: return CellResult()
      default: return CellResult(output: "1.0 한\n\n")
      }
    }
  }

  func testMutatedLessonsNeverCrashAndUpdatesSettle() throws {
    let original = Array(try Data(contentsOf: URL(fileURLWithPath: try TestLessons.path("structure.md"))))
    let pieces = [
      "```", "~~~", "\n", "> ", "- ", "\r\n", "```python", "```output", "```error\n", "    ", "\t", "1. ",
      "```hint",
      "```python exercise", "```python solution", "```python check", "한", "\u{FEFF}", "<b>", "*",
    ].map { Array($0.utf8) }
    var generator = SeededGenerator(state: 0x9E37_79B9_7F4A_7C15)
    var parsed = 0
    for round in 0..<400 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...5, using: &generator) {
        let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
          bytes.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &generator)], at: at)
        case 1:
          if !bytes.isEmpty {
            bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...20, using: &generator)))
          }
        case 2:
          if !bytes.isEmpty { bytes[at] = UInt8.random(in: 0...255, using: &generator) }
        default:
          bytes = Array(bytes.prefix(at))
        }
      }
      guard let lesson = try? LessonParser().parse(bytes, file: "mutated.md") else { continue }
      parsed += 1
      let firstRunner = RotatingRunner()
      let update = ExpectationUpdater.update(LessonRunner(makeRunner: { firstRunner }).run(lesson))
      guard let updated = try? LessonParser().parse(update.bytes, file: "mutated.md") else {
        return XCTFail(
          "round \(round): the updated lesson no longer parses:\n\(String(decoding: update.bytes, as: UTF8.self))"
        )
      }
      XCTAssertEqual(updated.cells.count, lesson.cells.count, "round \(round)")
      guard update.findings.isEmpty else { continue }
      let secondRunner = RotatingRunner()
      for cell in LessonRunner(makeRunner: { secondRunner }).run(updated).cells
      where cell.status.isFailure && cell.cell.kind != .check {
        return XCTFail(
          "round \(round): line \(cell.cell.location.line) still fails after --update: \(cell.mismatches)")
      }
    }
    XCTAssertGreaterThan(parsed, 50, "too few mutations parsed to mean anything")
  }
}
