import Foundation
import XCTest

@testable import Workbook

final class MalformedLessonTests: XCTestCase {
  private func assertMalformed(_ text: String, _ expected: String, line: UInt = #line) {
    XCTAssertEqual(TestLessons.parseError(text, line: line)?.description, expected, line: line)
  }

  func testExpectationWithNoCellBeforeIt() {
    assertMalformed(
      "# T\n\n```output\n1\n```\n",
      "lesson.md:3:1: error: `output` fence with no python cell right before it (only blank lines may separate them)"
    )
    assertMalformed(
      "# T\n\n```sh\nls\n```\n\n```error\nE\n```\n",
      "lesson.md:7:1: error: `error` fence with no python cell right before it (only blank lines may separate them)"
    )
  }

  func testAMisspeltPythonFenceIsNamedWhenItsOutputHasNoCell() {
    assertMalformed(
      "# T\n\n```pyhton\nx = 1\n```\n\n```output\n1\n```\n",
      "lesson.md:7:1: error: `output` fence with no python cell right before it (only blank lines may separate them);"
        + " the fence at line 3 is `pyhton`: did you mean `python`?"
    )
  }

  func testAMisspeltPythonFenceIsAWarningAndOtherLanguagesAreNot() throws {
    let lesson = try TestLessons.parse(
      "# T\n\n```Python\nx = 1\n```\n\n```pycon\n>>> 1\n```\n\n```sh\nls\n```\n")
    XCTAssertEqual(
      lesson.findings.map(\.description),
      [
        "lesson.md:1:1: warning: the lesson has no ```python cells, so nothing in it runs",
        "lesson.md:3:1: warning: `Python` fence is shown as text and never run; did you mean `python`?",
      ])
    XCTAssertTrue(lesson.cells.isEmpty)
    for word in ["pyhton", "pythn", "PYTHON", "pytohn"] {
      XCTAssertTrue(LessonParser.looksLikeMisspeltPython(word), word)
    }
    for word in ["python", "pycon", "cython", "ipython", "python3", "text", "output", "py", "typescript"] {
      XCTAssertFalse(LessonParser.looksLikeMisspeltPython(word), word)
    }
  }

  func testUnknownAttributeInAPythonFence() {
    assertMalformed(
      "# T\n\n```python id=a colour=red\nx\n```\n",
      "lesson.md:3:16: error: unknown attribute or cell kind `colour=red` in a python fence (expected exercise, solution, check, id=NAME, skip)"
    )
  }

  func testUnknownCellKind() {
    assertMalformed(
      "# T\n\n```python exercize\nx\n```\n",
      "lesson.md:3:11: error: unknown attribute or cell kind `exercize` in a python fence (expected exercise, solution, check, id=NAME, skip)"
    )
  }

  func testUnknownAttributeInAnExpectationFence() {
    assertMalformed(
      "# T\n\n```python\nx\n```\n\n```output aprox\n1\n```\n",
      "lesson.md:7:11: error: unknown attribute `aprox` in an `output` fence (expected `approx`, then optional rel=… abs=…)"
    )
    assertMalformed(
      "# T\n\n```python\nx\n```\n\n```warning approx\nW\n```\n",
      "lesson.md:7:12: error: unknown attribute `approx` in a `warning` fence")
    assertMalformed(
      "# T\n\n```python\nx\n```\n\n```output approx rel=big\n1\n```\n",
      "lesson.md:7:18: error: tolerance `rel=big` must be a non-negative number such as 1e-4")
  }

  func testDuplicateIds() {
    assertMalformed(
      "# T\n\n```python id=a\nx\n```\n\n```python id=a\ny\n```\n",
      "lesson.md:7:11: error: duplicate cell id `a` (first used at line 3)")
  }

  func testSolutionCheckAndHintWithoutAnExercise() {
    assertMalformed(
      "# T\n\n```python solution\nx\n```\n",
      "lesson.md:3:1: error: `python solution` with no `python exercise` before it")
    assertMalformed(
      "# T\n\n```python check\nx\n```\n",
      "lesson.md:3:1: error: `python check` with no `python exercise` before it")
    assertMalformed(
      "# T\n\n```hint\nx\n```\n", "lesson.md:3:1: error: `hint` fence with no `python exercise` before it")
  }

  func testSecondSolutionForOneExercise() {
    assertMalformed(
      "# T\n\n```python exercise\n\n```\n\n```python solution\na\n```\n\n```python solution\nb\n```\n",
      "lesson.md:11:1: error: the exercise at line 3 already has a solution")
  }

  func testUnterminatedFenceAtTheEndOfTheDocument() {
    assertMalformed(
      "# T\n\n```python\nx = 1\n\nmore text\n",
      "lesson.md:3:1: error: unterminated code fence: no closing ``` before the end of its block or the document"
    )
    assertMalformed(
      "# T\n\n```python\nx = 1\n```\n\n~~~~output\n1\n~~~",
      "lesson.md:7:1: error: unterminated code fence: no closing ~~~~ before the end of its block or the document"
    )
  }

  func testInvalidUTF8ReportsTheFirstBadByte() {
    var bytes = Array("# T\n\nabc".utf8)
    bytes.append(0xC3)
    bytes.append(contentsOf: Array("(\n".utf8))
    XCTAssertThrowsError(try LessonParser().parse(bytes, file: "bad.md")) { error in
      XCTAssertEqual((error as? LessonError)?.description, "bad.md:3:4: error: invalid UTF-8 (byte 0xC3)")
    }
    XCTAssertEqual(SourceText.firstInvalidUTF8Offset(Array("한국어 ok".utf8)), nil)
    XCTAssertEqual(SourceText.firstInvalidUTF8Offset([0x61, 0xED, 0xA0, 0x80]), 1, "surrogates are invalid")
    XCTAssertEqual(SourceText.firstInvalidUTF8Offset([0xC0, 0x80]), 0, "overlong forms are invalid")
    XCTAssertEqual(SourceText.firstInvalidUTF8Offset([0xE2, 0x82]), 0, "truncated sequences are invalid")
  }

  func testMissingFileAndFolderWithoutLessons() throws {
    let missing = "/nonexistent/gradbook/lesson.md"
    XCTAssertEqual(LessonCatalog.lessonFiles(for: [missing]).first.flatMap { try? $0.get() }, nil)
    if case .failure(let error) = LessonCatalog.lessonFiles(for: [missing]).first {
      XCTAssertEqual(error.description, "/nonexistent/gradbook/lesson.md: error: no such file or folder")
    } else {
      XCTFail("a missing path must be an error")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("not a lesson".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let results = LessonCatalog.lessonFiles(for: [folder.path])
    XCTAssertEqual(results.count, 1)
    if case .failure(let error) = results.first {
      XCTAssertEqual(error.description, "\(folder.path): error: no lessons (*.md files) in this folder")
    } else {
      XCTFail("an empty folder must be an error")
    }
    if case .failure(let error) = LessonCatalog.load(missing) {
      XCTAssertEqual(error, .missingFile(missing))
    } else {
      XCTFail("loading a missing file must fail")
    }
  }

  func testFoldersExpandRecursivelyInNameOrder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-tree-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["b.md", "a/z.md", "a/b.md", "10.md", ".hidden/x.md", "c.txt"] {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("# x\n".utf8).write(to: url)
    }
    let files = LessonCatalog.lessonFiles(for: [folder.path]).compactMap { try? $0.get() }
    XCTAssertEqual(
      files.map { String($0.dropFirst(folder.path.count + 1)) }, ["10.md", "a/b.md", "a/z.md", "b.md"])
  }

  func testDeepNestingIsRefusedNotACrash() {
    let text = String(repeating: ">", count: 500) + " deep\n"
    XCTAssertEqual(TestLessons.parseError(text)?.message, "blocks nested more than 128 deep")
  }

  func testExpectationAfterStarterCodeIsRejectedWhenASolutionRunsInItsPlace() {
    assertMalformed(
      "# T\n\n```python exercise\nx\n```\n\n```output\n1\n```\n\n```python solution\ny\n```\n",
      "lesson.md:7:1: error: an exercise's starter code is not checked when it has a solution; put `output` after its `python solution`"
    )
  }

  func testHiddenAndPointsBelongToChecks() {
    assertMalformed(
      "# T\n\n```python hidden\nx\n```\n",
      "lesson.md:3:11: error: `hidden` is only for `python check` cells (a hidden check is never released)")
    assertMalformed(
      "# T\n\n```python exercise\nx\n```\n\n```python solution points=2\ny\n```\n",
      "lesson.md:7:20: error: unknown attribute `points=2` in a python fence (expected exercise, solution, check, id=NAME, skip)"
    )
    assertMalformed(
      "# T\n\n```python exercise\nx\n```\n\n```python check colour=red\ny\n```\n",
      "lesson.md:7:17: error: unknown attribute `colour=red` in a python fence (expected exercise, solution, check, id=NAME, skip, points=N, hidden)"
    )
    assertMalformed(
      "# T\n\n```python exercise\nx\n```\n\n```python check points=1.5\ny\n```\n",
      "lesson.md:7:17: error: `points=` needs a whole number of points, got `1.5`")
  }
}
