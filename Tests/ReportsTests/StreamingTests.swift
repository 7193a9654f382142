import Foundation
import PythonRuntime
import Workbook
import XCTest

@testable import Reports

/// `run` and `check` show each cell as soon as it finishes.
final class StreamingTests: XCTestCase {
  func testRunShowsEachCellBeforeTheNextOneRuns() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-stream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("s.md").path
    try Data("# S\n\nFirst.\n\n```python\nfirst\n```\n\nSecond.\n\n```python\nsecond\n```\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    var out = ""
    var seenBeforeSecond = ""
    let runner = ObservingRunner { code in
      if code == "second\n" { seenBeforeSecond = out }
      return CellResult(output: code == "first\n" ? "one\n" : "two\n")
    }
    let code = CommandDriver(makeRunner: { runner }, write: { out += $0 }, writeError: { _ in })
      .run(paths: [path], format: .text, options: TerminalOptions())
    XCTAssertEqual(code, 0)
    XCTAssertTrue(
      seenBeforeSecond.contains("│ first\none\n"),
      "the first cell is shown before the second runs:\n\(seenBeforeSecond)")
    XCTAssertTrue(
      seenBeforeSecond.contains("one\n\nSecond.\n"), "the prose before the next cell is shown too")
    XCTAssertFalse(seenBeforeSecond.contains("second"), "the next cell is not")
    XCTAssertTrue(out.contains("│ second\ntwo\n"))
  }

  func testCheckShowsEachFailureBeforeTheNextCellRuns() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-stream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("c.md").path
    try Data("# C\n\n```python\nfirst\n```\n\n```output\n1\n```\n\n```python\nsecond\n```\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    var out = ""
    var seenBeforeSecond = ""
    let runner = ObservingRunner { code in
      if code == "second\n" { seenBeforeSecond = out }
      return CellResult(output: "2\n")
    }
    _ = CommandDriver(makeRunner: { runner }, write: { out += $0 }, writeError: { _ in })
      .check(paths: [path], format: .text, options: TerminalOptions(), update: false)
    XCTAssertEqual(
      seenBeforeSecond, "\(path):3:1: cell failed\n  output differs (- expected, + actual):\n  - 1\n  + 2\n")
  }
}
