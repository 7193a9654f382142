import TestSupport
import Workbook
import XCTest

@testable import Reports

/// `gradbook run` shows the graph a `graph` fence asks for under its cell; `check` shows a changed graph as a diff.
final class TerminalGraphTests: XCTestCase {
  private func report(_ text: String) throws -> LessonReport {
    LessonRunner().run(try LessonParser().parse(Array(text.utf8), file: "g.md"))
  }

  private static let lesson = """
    # G

    ```python
    import torch
    x = torch.ones(2, requires_grad=True)
    y = (x * x).sum()
    ```

    ```graph of=y
    y: [] float32, requires_grad=True
    └─ SumBackward0
       └─ MulBackward0
          ├─ AccumulateGrad #1
          │  └─ x: [2] float32, leaf, requires_grad=True
          └─ ↑ AccumulateGrad #1
    ```

    """

  func testRunShowsTheGraphUnderItsCell() throws {
    let cell = try report(Self.lesson).cells[0]
    let lines = TerminalRenderer(options: TerminalOptions(width: 80, color: false, showsTimings: false))
      .cellLines(cell, file: "g.md", width: 80)
    XCTAssertEqual(
      Array(lines.drop { !$0.hasPrefix("autograd graph") }),
      [
        "autograd graph after this cell:", "y: [] float32, requires_grad=True", "└─ SumBackward0",
        "   └─ MulBackward0", "      ├─ AccumulateGrad #1",
        "      │  └─ x: [2] float32, leaf, requires_grad=True",
        "      └─ ↑ AccumulateGrad #1", "✓ passed",
      ])
  }

  func testCheckShowsAChangedGraphAsADiff() throws {
    let changed = Self.lesson.replacingOccurrences(of: "(x * x)", with: "(x * 3)")
    let cell = try report(changed).cells[0]
    let text = CheckRenderer(options: TerminalOptions(width: 80, color: false, showsTimings: false))
      .render(cell, file: "g.md")
    XCTAssertTrue(text.contains("graph differs (- expected, + actual):"), text)
    XCTAssertTrue(text.contains("+       └─ None"), text)
    XCTAssertTrue(text.contains("-       └─ ↑ AccumulateGrad #1"), text)
  }
}
