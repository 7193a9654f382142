import XCTest

@testable import Workbook

/// `py` and `python3` fences are cells like `python` (PyTorch users write them); `ipython` and other spellings of
/// those words are shown as text with a warning, never silently.
final class PythonFenceWordTests: XCTestCase {
  func testPyAndPython3AreCells() throws {
    let lesson = try TestLessons.parse(
      "# T\n\n```py\nx = 1\n```\n\n```output\n1\n```\n\n```python3 id=b\ny\n```\n\n```py exercise\nz\n```\n")
    XCTAssertEqual(lesson.cells.map(\.code), ["x = 1\n", "y\n", "z\n"])
    XCTAssertEqual(lesson.cells.first?.expectations.first?.text, "1\n")
    XCTAssertEqual(lesson.cells[1].id, "b")
    XCTAssertEqual(lesson.cells[2].kind, .exercise)
  }

  func testIPythonAndOtherSpellingsAreWarnings() throws {
    let lesson = try TestLessons.parse(
      "# T\n\n```ipython\n%timeit f()\n```\n\n```PY\nx\n```\n\n```Python3\ny\n```\n")
    XCTAssertEqual(
      lesson.findings.map(\.description),
      [
        "lesson.md:1:1: warning: the lesson has no ```python cells, so nothing in it runs",
        "lesson.md:3:1: warning: `ipython` fence is shown as text and never run; Gradbook runs ```python fences "
          + "(IPython's magics and prompts are not Python)",
        "lesson.md:7:1: warning: `PY` fence is shown as text and never run; did you mean `py`?",
        "lesson.md:11:1: warning: `Python3` fence is shown as text and never run; did you mean `python3`?",
      ])
    XCTAssertTrue(lesson.cells.isEmpty)
  }
}
