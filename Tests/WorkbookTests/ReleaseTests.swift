import Foundation
import PythonRuntime
import XCTest

@testable import Workbook

/// The learner's copy: what `release` removes, keeps, stamps and refuses.
final class ReleaseTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-release-\(UUID().uuidString)")

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  private let source = """
    # Step

    Prose stays.

    ```python exercise id=step points=2
    w = ...
    ```

    ```python solution
    w = 41
    print(w)
    ```

    ```output
    41
    ```

    ```python check
    assert w == 41, "w should be 41"
    ```

    ```python check hidden
    assert w + 1 == 42, "hidden: w + 1 should be 42"
    assert w > 0, "w should be positive"
    ```

    ```python check hidden
    print(w - 1)
    ```

    ```output
    40
    ```

    ```hint
    Forty-one.
    ```

    The end.

    """

  func testReleaseRemovesSolutionsAndHiddenChecksAndKeepsEveryOtherByte() throws {
    let lesson = try TestLessons.parse(source)
    let bytes = LessonRelease.bytes(of: lesson, source: "a/step.md", keepTargets: true)
    let text = String(decoding: bytes, as: UTF8.self)
    let expectedBody = """
      # Step

      Prose stays.

      ```python exercise id=step points=2
      w = ...
      ```

      ```output
      41
      ```

      ```python check
      assert w == 41, "w should be 41"
      ```

      ```hint
      Forty-one.
      ```

      The end.

      """
    let stamp =
      "<!-- gradbook release: source=a/step.md sha256=\(SHA256.hex(Array(source.utf8))) hidden-checks=3 -->\n"
    XCTAssertEqual(text, stamp + expectedBody)
    let noTargets = String(
      decoding: LessonRelease.bytes(of: lesson, source: "a/step.md", keepTargets: false), as: UTF8.self)
    XCTAssertEqual(
      noTargets, stamp + expectedBody.replacingOccurrences(of: "```output\n41\n```\n\n", with: ""))
  }

  func testTheCopyParsesAsALearnersLessonWithItsStampAndTarget() throws {
    let lesson = try TestLessons.parse(source)
    let copy = try LessonParser().parse(
      LessonRelease.bytes(of: lesson, source: "step.md", keepTargets: true), file: "copy.md")
    XCTAssertEqual(copy.releaseStamp?.source, "step.md")
    XCTAssertEqual(copy.releaseStamp?.hiddenChecks, 3)
    XCTAssertEqual(copy.findings, [], "a learner's copy has no solutions by design")
    XCTAssertEqual(copy.cells.map(\.kind), [.exercise, .check])
    XCTAssertEqual(copy.cells[0].expectations.map(\.text), ["41\n"])
    XCTAssertFalse(copy.cells[0].hasSolution)
    XCTAssertNotEqual(copy.document.children.first?.kind, .htmlBlock, "the stamp is not prose")
  }

  func testReleaseKeepsCRLFLineEndings() throws {
    let crlf = source.replacingOccurrences(of: "\n", with: "\r\n")
    let lesson = try TestLessons.parse(crlf)
    let text = String(
      decoding: LessonRelease.bytes(of: lesson, source: "s.md", keepTargets: true), as: UTF8.self)
    XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "only CRLF line endings")
    XCTAssertTrue(text.hasSuffix("The end.\r\n"))
    XCTAssertFalse(text.contains("w = 41"))
  }

  func testStampRoundTripsAndEncodesAwkwardPaths() {
    let stamp = ReleaseStamp(
      source: "a b/한-->x%.md", sha256: String(repeating: "ab", count: 32), hiddenChecks: 3)
    XCTAssertFalse(stamp.line.dropFirst(4).dropLast(3).contains("-->"))
    XCTAssertEqual(ReleaseStamp.parse(stamp.line), stamp)
    XCTAssertEqual(ReleaseStamp.parse(stamp.line + "\n"), stamp)
    XCTAssertNil(ReleaseStamp.parse("<!-- a comment -->"))
    XCTAssertNil(
      ReleaseStamp.parse(stamp.line.replacingOccurrences(of: "hidden-checks=3", with: "hidden-checks=x")))
  }

  func testSHA256MatchesThePublishedTestVectors() {
    // FIPS 180-2, appendix B: "abc" and the 448-bit message; and the empty message.
    XCTAssertEqual(
      SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    XCTAssertEqual(
      SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    XCTAssertEqual(
      SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1000)),
      "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }

  // MARK: Releaser

  private func release(_ paths: [String], strict: Bool = false) -> Releaser.Report {
    Releaser(makeRunner: { Session(limits: Limits(), modules: .lesson()) }).release(
      paths: paths, to: folder.appendingPathComponent("dist").path, keepTargets: true, strict: strict)
  }

  func testReleaseWritesEachLessonBelowItsFolder() throws {
    _ = try write("src/one.md", source)
    _ = try write("src/part/two.md", "# Two\n\n```python\nprint(2)\n```\n\n```output\n2\n```\n")
    let report = release([folder.appendingPathComponent("src").path])
    XCTAssertEqual(report.errors, [])
    XCTAssertEqual(report.exitCode, 0)
    let dist = folder.appendingPathComponent("dist").path
    XCTAssertEqual(report.written, [dist + "/one.md", dist + "/part/two.md"])
    let two = try String(contentsOfFile: dist + "/part/two.md", encoding: .utf8)
    XCTAssertTrue(two.hasPrefix("<!-- gradbook release: source=part/two.md sha256="), two)
    XCTAssertEqual(report.hiddenCases, 3)
  }

  func testReleaseRefusesWhenASolutionFailsAHiddenCheckAndWritesNothing() throws {
    let broken = source.replacingOccurrences(of: "assert w > 0,", with: "assert w < 0,")
    let path = try write("src/one.md", broken)
    let report = release([path])
    XCTAssertEqual(report.exitCode, 2)
    XCTAssertEqual(
      report.errors.map(\.description),
      ["\(path):24:1: error: the solution of exercise `step` fails its hidden check: w should be positive"])
    XCTAssertEqual(report.written, [])
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("dist").path))
  }

  func testReleaseNeedsUniqueIdsOnGradedExercises() throws {
    let noID = try write(
      "a.md", "# A\n\n```python exercise points=1\nx = 0\n```\n\n```python solution\nx = 1\n```\n")
    let first = try write("b.md", source)
    let second = try write("c.md", source.replacingOccurrences(of: "# Step", with: "# Again"))
    let report = release([noID, first, second])
    XCTAssertEqual(
      report.errors.map(\.description),
      [
        "\(noID):3:1: error: this exercise has points or checks but no `id=`; grading matches a learner's exercises by id (```python exercise id=NAME)",
        "\(second):5:1: error: exercise id `step` is already used at \(first):5:1; ids must be unique across the lessons graded together",
      ])
  }

  func testStarterCodeThatAlreadyPassesIsAWarningOrWithStrictAnError() throws {
    let lazy = source.replacingOccurrences(of: "w = ...\n", with: "w = 41\n")
    let path = try write("lazy.md", lazy)
    let message =
      "\(path):5:1: warning: the starter code of exercise `step` already passes all its checks, so a learner would get its points for nothing"
    let report = release([path])
    XCTAssertEqual(report.exitCode, 0)
    XCTAssertEqual(report.warnings.map(\.description), [message])
    let strict = release([path], strict: true)
    XCTAssertEqual(strict.exitCode, 2)
    XCTAssertEqual(
      strict.errors.map(\.description), [message.replacingOccurrences(of: "warning:", with: "error:")])
  }

  func testReleaseNeverOverwritesItsSource() throws {
    let path = try write("dist/one.md", source)
    let report = release([folder.appendingPathComponent("dist").path])
    XCTAssertEqual(report.exitCode, 2)
    XCTAssertEqual(
      report.errors.map(\.message), ["cannot write: releasing here would overwrite the source lesson \(path)"]
    )
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), source)
  }
}
