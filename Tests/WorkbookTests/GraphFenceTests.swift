import PythonRuntime
import TestSupport
import TorchBindings
import WorkbookTestSupport
import XCTest

@testable import Workbook

/// `graph` fences: their attributes, how they are checked after a cell with the real interpreter, and `--update`.
final class GraphFenceTests: XCTestCase {
  private func run(_ text: String) throws -> LessonReport {
    LessonRunner().run(try TestLessons.parse(text))
  }

  static let lesson = """
    # Graphs

    ```python
    import torch
    x = torch.ones(2, requires_grad=True)
    y = x * 2
    y
    ```

    ```output
    tensor([2., 2.], grad_fn=<MulBackward0>)
    ```

    ```graph
    y: [2] float32, requires_grad=True
    └─ MulBackward0
       ├─ AccumulateGrad
       │  └─ x: [2] float32, leaf, requires_grad=True
       └─ None
    ```

    """

  func testAttributesAreRead() throws {
    let lesson = try TestLessons.parse(
      "# G\n\n```python\nx = 1\n```\n\n```graph of=loss,w saved grads\n```\n")
    let fence = try XCTUnwrap(lesson.cells.first?.expectation(.graph))
    XCTAssertEqual(
      fence.graphRequest, GraphRequest(roots: ["loss", "w"], showsSaved: true, showsGrads: true))
    XCTAssertEqual(lesson.role(ofCodeBlockAt: 7), .expectation(cellIndex: 0, expectationIndex: 0))
  }

  func testBadAttributesAreMalformedWithTheirColumn() {
    let cases: [(String, String)] = [
      ("```graph of=y depth=3", "lesson.md:7:15: error: unknown attribute `depth=3` in a `graph` fence"),
      ("```graph of=1y", "lesson.md:7:10: error: `1y` in `of=` is not a variable name"),
      ("```graph of=", "lesson.md:7:10: error: `of=` needs variable names separated by commas"),
      ("```graph of=a,,b", "lesson.md:7:10: error: `of=` needs variable names separated by commas"),
      ("```graph saved saved", "lesson.md:7:16: error: attribute `saved` given twice"),
    ]
    for (fence, message) in cases {
      let error = TestLessons.parseError("# G\n\n```python\nx = 1\n```\n\n\(fence)\n```\n")
      XCTAssertTrue(error?.description.hasPrefix(message) == true, "\(fence): \(error?.description ?? "")")
    }
    let twice = TestLessons.parseError("# G\n\n```python\nx = 1\n```\n\n```graph\n```\n\n```graph\n```\n")
    XCTAssertEqual(twice?.description, "lesson.md:10:1: error: the cell already has a `graph` fence (line 7)")
    let alone = TestLessons.parseError("# G\n\n```graph\n```\n")
    XCTAssertTrue(
      alone?.description.hasPrefix("lesson.md:3:1: error: `graph` fence with no python cell") == true)
  }

  func testAMatchingGraphPasses() throws {
    let report = try run(Self.lesson)
    XCTAssertEqual(report.cells[0].status, .passed, "\(report.cells[0].mismatches)")
    XCTAssertEqual(try report.cells[0].graph?.get().roots.count, 1)
  }

  func testAGraphThatChangedFailsWithADiffAndUpdateWritesIt() throws {
    let changed = Self.lesson.replacingOccurrences(of: "y = x * 2", with: "y = x / 2").replacingOccurrences(
      of: "tensor([2., 2.], grad_fn=<MulBackward0>)", with: "tensor([0.5000, 0.5000], grad_fn=<DivBackward0>)"
    )
    let report = try run(changed)
    XCTAssertEqual(report.cells[0].status, .failed)
    XCTAssertEqual(report.cells[0].mismatches.map(\.kind), [.graph])
    let update = ExpectationUpdater.update(report)
    XCTAssertEqual(update.changedFences, 1)
    let rewritten = String(decoding: update.bytes, as: UTF8.self)
    assertTextEqual(rewritten, changed.replacingOccurrences(of: "MulBackward0\n", with: "DivBackward0\n"))
    XCTAssertEqual(try run(rewritten).cells[0].status, .passed)
  }

  func testAGraphThatCannotBeDrawnFailsWithItsReasonAndIsNeverRewritten() throws {
    let text = "# G\n\n```python\nn = 3\n```\n\n```graph of=w\nw: [] float32\n```\n"
    let report = try run(text)
    XCTAssertEqual(report.cells[0].status, .failed)
    XCTAssertEqual(report.cells[0].mismatches.first?.reason, "`w` is not defined after this cell")
    let update = ExpectationUpdater.update(report)
    XCTAssertEqual(update.bytes, Array(text.utf8))
    XCTAssertEqual(
      update.findings.map(\.description),
      ["lesson.md:7:1: warning: cannot update this graph fence: `w` is not defined after this cell"])
  }

  /// A graph fence is no output channel: a cell with only a graph fence may print, and passes on its graph.
  func testAGraphFenceAloneLeavesTheOutputUnchecked() throws {
    let text = """
      # G

      ```python
      import torch
      w = torch.zeros(1, requires_grad=True)
      print("anything")
      ```

      ```graph of=w
      w: [1] float32, leaf, requires_grad=True
      ```

      """
    XCTAssertEqual(try run(text).cells[0].status, .passed)
  }

  func testARunnerThatCannotDrawFailsTheGraph() throws {
    let runner = ScriptedRunner()
    let report = LessonRunner(makeRunner: { runner }).run(try TestLessons.parse(Self.lesson))
    XCTAssertEqual(report.cells[0].mismatches.last?.reason, "this runner cannot draw autograd graphs")
  }
}
