import XCTest

@testable import Workbook

/// Paths built from a folder given on the command line keep the folder as the user wrote it.
final class PathJoiningTests: XCTestCase {
  func testJoiningKeepsTheRootAndAddsNoDoubleSlash() {
    XCTAssertEqual(LessonCatalog.join("/", "a.md"), "/a.md")
    XCTAssertEqual(LessonCatalog.join("dir/", "a.md"), "dir/a.md")
    XCTAssertEqual(LessonCatalog.join("dir", "a.md"), "dir/a.md")
  }
}
