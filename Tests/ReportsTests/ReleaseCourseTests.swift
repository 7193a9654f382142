import Foundation
import TestSupport
import Workbook
import XCTest

@testable import Reports

/// `gradbook release` on the real English course.
final class ReleaseCourseTests: XCTestCase {
  func testReleasingTheCourseRemovesSolutionsAndHiddenChecksAndKeepsEveryOtherByte() throws {
    let course = try CourseFixture()
    defer { course.remove() }
    for (name, lesson) in try course.sourceLessons() {
      let source = try String(contentsOfFile: course.source + "/" + name, encoding: .utf8)
      let released = try String(contentsOfFile: course.release + "/" + name, encoding: .utf8)
      var releasedLines = released.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let stamp = try XCTUnwrap(ReleaseStamp.parse(releasedLines.removeFirst()), name)
      XCTAssertEqual(stamp.source, name)
      XCTAssertEqual(stamp.sha256, SHA256.hex(Array(source.utf8)))
      // Lines of the fences that must go: solutions and hidden checks with their expectation fences.
      var removable = Set<Int>()
      var fences = 0
      for cell in lesson.cells where cell.kind == .solution || (cell.kind == .check && cell.isHidden) {
        for fence in [cell.fence] + (cell.kind == .solution ? [] : cell.expectations.map(\.fence)) {
          let fence = try XCTUnwrap(fence)
          removable.formUnion(fence.openingLine...(fence.closingLine ?? fence.openingLine))
          fences += 1
        }
      }
      XCTAssertGreaterThan(fences, 0, name)
      // The copy is the source without those fences and the blank lines right before each: line for line.
      let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for line in removable.sorted(by: >) {
        var before = line - 1
        while before >= 1, sourceLines[before - 1].isEmpty, !removable.contains(before) {
          removable.insert(before)
          before -= 1
        }
      }
      var kept = 0
      for (offset, line) in sourceLines.enumerated() where !removable.contains(offset + 1) {
        XCTAssertEqual(releasedLines[safe: kept], line, "\(name):\(offset + 1) should be kept")
        kept += 1
      }
      XCTAssertEqual(
        kept, releasedLines.count, "\(name): every line of the copy comes from the source, in order")
      XCTAssertFalse(released.contains("```python solution"), name)
      XCTAssertFalse(released.contains("```python check hidden"), name)
    }
  }

  func testTheReleasedCourseSaysWhatItChecksAndWhatItLeavesForGrading() throws {
    let course = try CourseFixture()
    defer { course.remove() }
    var out = ""
    var err = ""
    let code = CommandDriver(write: { out += $0 }, writeError: { err += $0 }).check(
      paths: [course.release], format: .text, options: TerminalOptions(), update: false)
    XCTAssertEqual(code, 1, "the starter code fails its checks")
    let hidden = try course.sourceLessons().values.reduce(0) { $0 + LessonRelease.hiddenCases(in: $1) }
    XCTAssertTrue(out.contains("public checks 0/"), out)
    XCTAssertTrue(out.contains(" · \(hidden) hidden checks run at grading\n"), out)
    XCTAssertFalse(out.lowercased().contains("all tests passed"))
    XCTAssertEqual(err, "", "a learner's copy has no solutions by design, so no warnings")
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
