import Foundation
import TestSupport
import XCTest

@testable import Reports

/// `gradbook graph`: one cell's graph from a lesson, as text, DOT or SVG.
final class GraphExportTests: XCTestCase {
  private var folder = URL(fileURLWithPath: "/")
  private var out = ""
  private var err = ""

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-graph-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private static let lesson = """
    # G

    ```python
    import torch
    x = torch.ones(2, requires_grad=True)
    ```

    ```python id=square
    y = x * x
    z = y.sum()
    ```

    ```graph of=y
    y: [2] float32, requires_grad=True
    └─ MulBackward0
       ├─ AccumulateGrad #1
       │  └─ x: [2] float32, leaf, requires_grad=True
       └─ ↑ AccumulateGrad #1
    ```

    ```python
    w = undefined_name
    ```

    """

  private func export(
    cell: String, of names: [String]? = nil, format: GraphExport.Format = .text, output: String? = nil,
    graphviz: Graphviz? = nil
  ) throws -> Int32 {
    let path = folder.appendingPathComponent("g.md").path
    try Data(Self.lesson.utf8).write(to: URL(fileURLWithPath: path))
    let export = GraphExport(write: { self.out += $0 }, writeError: { self.err += $0 })
    return export.export(
      lesson: path, cell: cell, of: names, format: format, output: output, graphviz: graphviz)
  }

  func testTheCellsGraphFenceSaysWhatToDraw() throws {
    XCTAssertEqual(try export(cell: "square"), 0)
    assertTextEqual(
      out, Self.lesson.components(separatedBy: "```graph of=y\n")[1].components(separatedBy: "```")[0])
    XCTAssertEqual(err, "")
  }

  func testOfOverridesAndALineNumberNamesTheCell() throws {
    XCTAssertEqual(try export(cell: "8", of: ["z"], format: .dot), 0)
    XCTAssertTrue(out.hasPrefix("digraph autograd {\n"), out)
    XCTAssertTrue(out.contains("[label=\"z\\n[] float32\", fillcolor=darkolivegreen1]"), out)
  }

  func testAnUnknownCellNamesTheIdsThereAre() throws {
    XCTAssertEqual(try export(cell: "nope"), 2)
    XCTAssertTrue(
      err.hasSuffix(
        "g.md: error: no cell `nope`: give a cell's id= (square) or the line its ```python fence opens on\n"),
      err)
  }

  func testACellThatRaisedStillHasItsGraphWithANote() throws {
    XCTAssertEqual(try export(cell: "21", of: ["x"]), 0)
    XCTAssertEqual(out, "x: [2] float32, leaf, requires_grad=True\n")
    XCTAssertTrue(
      err.contains("g.md:22:5: note: the cell raised NameError: name 'undefined_name' is not defined"), err)
  }

  func testSVGWithoutGraphvizSaysHowToGetIt() throws {
    XCTAssertEqual(try export(cell: "square", format: .svg), 2)
    XCTAssertEqual(
      err, "error: --format svg needs Graphviz's dot on PATH (Debian/Ubuntu: apt-get install graphviz)\n")
  }

  func testSVGIsWrittenToAFile() throws {
    let graphviz = try GraphvizTests.graphvizForTest()
    let output = folder.appendingPathComponent("g.svg").path
    XCTAssertEqual(try export(cell: "square", format: .svg, output: output, graphviz: graphviz), 0)
    let svg = try String(contentsOfFile: output, encoding: .utf8)
    XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width="), String(svg.prefix(200)))
    XCTAssertTrue(svg.contains(">MulBackward0</text>") && svg.contains(">x</text>"), svg)
    XCTAssertEqual(out, "")
  }
}
