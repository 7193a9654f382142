import Foundation
import PythonRuntime
import XCTest

@testable import Workbook

/// Helpers shared by the Workbook tests.
enum TestLessons {
  /// Path of a file in the test bundle's Data folder.
  static func path(_ name: String) throws -> String {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    let url = try XCTUnwrap(
      Bundle.module.url(
        forResource: parts[0], withExtension: parts.count > 1 ? parts[1] : nil, subdirectory: "Data"),
      "missing test data \(name)")
    return url.path
  }

  /// Parses `text` as the lesson `lesson.md`.
  static func parse(_ text: String, file: String = "lesson.md") throws -> Lesson {
    try LessonParser().parse(Array(text.utf8), file: file)
  }

  /// The `LessonError` parsing `text` throws (fails the test when it parses).
  static func parseError(_ text: String, file: String = "lesson.md", line: UInt = #line) -> LessonError? {
    do {
      _ = try LessonParser().parse(Array(text.utf8), file: file)
      XCTFail("expected a malformed-lesson error", line: line)
      return nil
    } catch let error as LessonError {
      return error
    } catch {
      XCTFail("unexpected error \(error)", line: line)
      return nil
    }
  }
}
