import Foundation
import TestSupport
import Workbook
import XCTest

@testable import Reports

/// A hidden check's code never appears in any output: a unique token in a hidden check of the course is searched for
/// in everything `release`, `check`, `run` and `grade` write, in every format.
final class HiddenCheckSecrecyTests: XCTestCase {
  private let token = "secret_5c1ef00d"
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-secrecy-\(UUID().uuidString)")

  override func tearDown() {
    try? FileManager.default.removeItem(at: folder)
  }

  /// The English course with one more hidden check after the one-step exercise's checks; `failing` makes its second
  /// case fail for the solution too.
  private func source(failing: Bool = false) throws -> String {
    let target = folder.appendingPathComponent(failing ? "failing" : "source")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let lessons = RepositoryPaths.root + "/lessons/en"
    for name in try FileManager.default.contentsOfDirectory(atPath: lessons) where name.hasSuffix(".md") {
      var text = try String(contentsOfFile: lessons + "/" + name, encoding: .utf8)
      if name.hasPrefix("08-") {
        let anchor = "```python exercise id=find-the-bug"
        let check = """
          ```python check hidden
          # \(token): the grader's own note
          \(token) = w.grad
          assert \(token) is not None, "grad was kept"
          assert \(token) is not None and \(token).item() < \(failing ? -100 : 0)
          ```


          """
        let range = try XCTUnwrap(text.range(of: "### Exercise 2"))
        XCTAssertTrue(text.contains(anchor))
        text.insert(contentsOf: check, at: range.lowerBound)
      }
      try Data(text.utf8).write(to: target.appendingPathComponent(name))
    }
    return target.path
  }

  private func capture(_ body: (GradingDriver, CommandDriver) -> Void) -> String {
    var text = ""
    body(
      GradingDriver(write: { text += $0 }, writeError: { text += $0 }),
      CommandDriver(write: { text += $0 }, writeError: { text += $0 }))
    return text
  }

  func testNoOutputOfAnyCommandShowsAHiddenChecksCode() throws {
    let source = try source()
    let release = folder.appendingPathComponent("release").path
    var outputs: [String: String] = [:]
    outputs["release"] = capture { grading, _ in
      XCTAssertEqual(
        grading.release(paths: [source], destination: release, keepTargets: true, strict: false, jobs: 1), 0)
    }
    for name in try FileManager.default.contentsOfDirectory(atPath: release) {
      outputs["released " + name] = try String(contentsOfFile: release + "/" + name, encoding: .utf8)
    }
    let failing = try self.source(failing: true)
    outputs["refused release"] = capture { grading, _ in
      XCTAssertEqual(
        grading.release(
          paths: [failing], destination: folder.appendingPathComponent("refused").path, keepTargets: true,
          strict: true, jobs: 1), 2)
    }
    for format in OutputFormat.allCases {
      outputs["check \(format)"] = capture { _, command in
        _ = command.check(paths: [source], format: format, options: TerminalOptions(), update: false)
      }
      outputs["run \(format)"] = capture { _, command in
        _ = command.run(paths: [source], format: format, options: TerminalOptions())
      }
    }
    let starter = release
    for format in GradeFormat.allCases {
      outputs["grade \(format)"] = capture { grading, _ in
        _ = grading.grade(sources: [source], submissions: [starter], format: format, outputFile: nil, jobs: 1)
      }
    }
    let lessons = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".md") }
    XCTAssertEqual(
      outputs.count, lessons.count + 2 + 2 * OutputFormat.allCases.count + GradeFormat.allCases.count,
      "every released lesson and every command's output was captured")
    for (name, output) in outputs {
      XCTAssertFalse(output.contains(token), "\(name) shows the hidden check's code")
      XCTAssertFalse(output.contains("w.grad\nassert"), name)
    }
    XCTAssertTrue(
      outputs["refused release"]?.contains(
        "fails its hidden check: assertion failed (the hidden check gives no message)") ?? false,
      outputs["refused release"] ?? "")
    // Its name and message are for instructors (and Gradescope after publishing).
    XCTAssertTrue(outputs["grade json"]?.contains("\"message\" : \"grad was kept\"") ?? false)
    let gradescope = try XCTUnwrap(outputs["grade gradescope"])
    let results = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(gradescope.utf8)) as? [String: Any])
    let tests = try XCTUnwrap(results["tests"] as? [[String: Any]])
    let marker = try XCTUnwrap(tests.first { ($0["output"] as? String) == "grad was kept" })
    XCTAssertEqual(marker["visibility"] as? String, "after_published")
    XCTAssertEqual(
      tests.filter { ($0["visibility"] as? String) == "after_published" }.count,
      tests.filter { ($0["name"] as? String)?.contains("hidden check (line") ?? false }.count)
  }
}
