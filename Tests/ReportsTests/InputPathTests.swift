import Foundation
import PythonRuntime
import Workbook
import WorkbookTestSupport
import XCTest

@testable import Reports

#if canImport(Glibc)
  import Glibc
#endif

/// What Gradbook says about paths that are not lessons: each is `path: error: message`, exits 2, and the other
/// lessons still run.
final class InputPathTests: XCTestCase {
  private var folder = ""
  static let lesson = "# L\n\n```python\nx\n```\n"

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-paths-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  @discardableResult
  private func write(_ name: String, _ text: String = lesson) throws -> String {
    let path = folder + "/" + name
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// `check` on `paths`: exit code, standard output, standard error.
  private func check(_ paths: [String]) -> (code: Int32, out: String, errors: String) {
    var out = ""
    var errors = ""
    let runner = ScriptedRunner([:])
    let code = CommandDriver(makeRunner: { runner }, write: { out += $0 }, writeError: { errors += $0 })
      .check(paths: paths, format: .text, options: TerminalOptions(), update: false)
    return (code, out, errors)
  }

  func testNamedFilesThatAreNotLessonsSayWhatGradbookReads() throws {
    let good = try write("good.md")
    let notebook = try write("intro.ipynb", "{}")
    let script = try write("train.py", "print(1)\n")
    let other = try write("Package.swift", "// swift\n")
    let (code, out, errors) = check([good, notebook, script, other])
    XCTAssertEqual(code, 2)
    XCTAssertEqual(out, "1 passed, 0 failed\n", "the lesson among them still runs")
    XCTAssertEqual(
      errors,
      """
      \(notebook): error: not a lesson: Jupyter notebooks are not read yet (an import is planned); Gradbook reads \
      Markdown lessons (*.md)
      \(script): error: not a lesson: Gradbook reads Markdown lessons (*.md), whose cells are ```python fences; \
      put this code in one
      \(other): error: not a lesson: Gradbook reads Markdown lessons (*.md)

      """)
  }

  func testALessonWithoutCellsIsAWarningAndCheckingNoCellsAtAllFails() throws {
    let readme = try write("README.md", "# Read me\n\n```sh\nls\n```\n")
    let (code, out, errors) = check([readme])
    XCTAssertEqual(code, 2)
    XCTAssertEqual(out, "0 passed, 0 failed\n")
    XCTAssertEqual(
      errors,
      """
      \(readme):1:1: warning: the lesson has no ```python cells, so nothing in it runs
      \(readme): error: no ```python cells to check in this file

      """)
    let docs = folder + "/docs"
    try write("docs/a.md", "# A\n")
    let withCells = try write("lessons/one.md")
    let (folderCode, _, folderErrors) = check([docs, withCells])
    XCTAssertEqual(folderCode, 2)
    XCTAssertTrue(
      folderErrors.hasSuffix("\(docs): error: no ```python cells to check in any lesson in this folder\n"))
    XCTAssertEqual(check([withCells]).code, 0)
  }

  func testSpecialFilesAreNotRegularFiles() throws {
    let fifo = folder + "/pipe.md"
    XCTAssertEqual(mkfifo(fifo, 0o644), 0)
    let good = try write("good.md")
    let (code, out, errors) = check([fifo, "/dev/null", folder])
    XCTAssertEqual(code, 2)
    XCTAssertEqual(out, "1 passed, 0 failed\n")
    XCTAssertEqual(
      errors,
      """
      \(fifo): error: not a regular file (a FIFO)
      /dev/null: error: not a regular file (a character device)
      \(fifo): error: not a regular file (a FIFO)

      """)
    _ = good
  }

  func testFileNamesThatAreNotUTF8AreReportedEscaped() throws {
    try write("good.md")
    var name = Array((folder + "/caf").utf8)
    name += [0xE9] + Array(".md".utf8)
    let descriptor = name.withUnsafeBufferPointer { buffer -> Int32 in
      var terminated = Array(buffer) + [0]
      return terminated.withUnsafeMutableBufferPointer { pointer in
        pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
          open($0, O_WRONLY | O_CREAT, 0o644)
        }
      }
    }
    XCTAssertGreaterThanOrEqual(descriptor, 0)
    close(descriptor)
    let (code, out, errors) = check([folder])
    XCTAssertEqual(code, 2)
    XCTAssertEqual(out, "1 passed, 0 failed\n")
    XCTAssertEqual(
      errors,
      "\(folder)/caf\\xe9.md: error: the name is not valid UTF-8, so this lesson is not read; rename the file\n"
    )
  }

  func testPathsEndingInASlashAndMissingFilesWithAHint() throws {
    try write("one.md")
    let (code, out, _) = check([folder + "/"])
    XCTAssertEqual(code, 0)
    XCTAssertEqual(out, "1 passed, 0 failed\n")
    var run = ""
    _ = CommandDriver(makeRunner: { ScriptedRunner([:]) }, write: { run += $0 }, writeError: { _ in })
      .run(paths: [folder + "/"], format: .text, options: TerminalOptions())
    XCTAssertTrue(run.hasPrefix(folder + "/one.md\n"), run)
    let (missingCode, _, errors) = check([folder + "/one", folder + "/two"])
    XCTAssertEqual(missingCode, 2)
    XCTAssertEqual(
      errors,
      """
      \(folder)/one: error: no such file or folder; did you mean \(folder)/one.md?
      \(folder)/two: error: no such file or folder

      """)
  }
}
