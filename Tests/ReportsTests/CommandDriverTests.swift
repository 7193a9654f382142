import Foundation
import PythonRuntime
import TestSupport
import Workbook
import WorkbookTestSupport
import XCTest

@testable import Reports

final class CommandDriverTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-cli-\(UUID().uuidString)")

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  private func driver(
    _ script: [String: CellResult], out: @escaping (String) -> Void, err: @escaping (String) -> Void
  ) -> CommandDriver {
    let runner = ScriptedRunner(script)
    return CommandDriver(makeRunner: { runner }, write: out, writeError: err)
  }

  func testCheckPrintsOneBlockPerFailureThenTheCount() throws {
    let path = try write(
      "a.md",
      "# A\n\n```python\nok\n```\n\n```output\n1\n```\n\n```python\nbad\n```\n\n```output\n1\n```\n\n```python skip\nnever\n```\n"
    )
    var out = ""
    var err = ""
    let code = driver(
      ["ok\n": CellResult(output: "1\n"), "bad\n": CellResult(output: "2\n")], out: { out += $0 },
      err: { err += $0 }
    )
    .check(paths: [path], format: .text, options: TerminalOptions(), update: false)
    XCTAssertEqual(code, 1)
    assertTextEqual(
      out,
      "\(path):11:1: cell failed\n  output differs (- expected, + actual):\n  - 1\n  + 2\n1 passed, 1 failed, 1 skipped\n"
    )
    XCTAssertEqual(err, "")
  }

  func testCheckReportsMalformedLessonsAndStillRunsTheOthers() throws {
    let good = try write("1.md", "# A\n\n```python\nok\n```\n")
    let bad = try write("2.md", "# B\n\n```python unknown\nx\n```\n")
    var out = ""
    var err = ""
    let code = driver([:], out: { out += $0 }, err: { err += $0 })
      .check(paths: [good, bad], format: .text, options: TerminalOptions(), update: false)
    XCTAssertEqual(code, 2)
    XCTAssertEqual(out, "1 passed, 0 failed\n")
    XCTAssertTrue(err.hasPrefix("\(bad):3:11: error: unknown attribute or cell kind `unknown`"), err)
  }

  func testCheckUpdateRewritesTheFencesAndTheFileThenPasses() throws {
    let path = try write("u.md", "# U\n\n```python\nx\n```\n\n```output\nold\n```\n")
    var err = ""
    let script = ["x\n": CellResult(output: "new\n")]
    let first = driver(script, out: { _ in }, err: { err += $0 }).check(
      paths: [path], format: .text, options: TerminalOptions(), update: true)
    XCTAssertEqual(first, 1, "the run that updates still reports what it found")
    XCTAssertEqual(
      try String(contentsOfFile: path, encoding: .utf8), "# U\n\n```python\nx\n```\n\n```output\nnew\n```\n")
    XCTAssertEqual(err, "\(path): updated 1 fence\n")
    let second = driver(script, out: { _ in }, err: { _ in }).check(
      paths: [path], format: .text, options: TerminalOptions(), update: false)
    XCTAssertEqual(second, 0)
  }

  func testRunJSONAndHTMLGoToStandardOutput() throws {
    let path = try write("j.md", "# J\n\n```python\nx\n```\n")
    var out = ""
    let code = driver([:], out: { out += $0 }, err: { _ in }).run(
      paths: [path], format: .json, options: TerminalOptions())
    XCTAssertEqual(code, 0)
    let decoded = try JSONDecoder().decode(JSONReport.self, from: Data(out.utf8))
    XCTAssertEqual(decoded.command, "run")
    XCTAssertEqual(decoded.lessons.first?.cells.first?.status, "unchecked")
    out = ""
    _ = driver([:], out: { out += $0 }, err: { _ in }).run(
      paths: [path], format: .html, options: TerminalOptions())
    XCTAssertTrue(out.hasPrefix("<!DOCTYPE html>"))
  }

  func testUnexpectedErrorSaysWhereItWasRaised() throws {
    let path = try write("e.md", "# E\n\n```python\nboom\n```\n")
    var out = ""
    let error = CellError(typeName: "NameError", message: "name 'boom' is not defined", line: 4, column: 1)
    let code = driver(["boom\n": CellResult(error: error)], out: { out += $0 }, err: { _ in })
      .check(paths: [path], format: .text, options: TerminalOptions(), update: false)
    XCTAssertEqual(code, 1)
    assertTextEqual(
      out,
      "\(path):3:1: cell failed\n  unexpected error at \(path):4:1:\n  + NameError: name 'boom' is not defined\n0 passed, 1 failed\n"
    )
  }

  func testMissingPathIsAnErrorWithExitCodeTwo() {
    var err = ""
    let code = driver([:], out: { _ in }, err: { err += $0 })
      .check(paths: ["/nonexistent/x.md"], format: .text, options: TerminalOptions(), update: false)
    XCTAssertEqual(code, 2)
    XCTAssertEqual(err, "/nonexistent/x.md: error: no such file or folder\n")
  }
}
