import Autograd
import Foundation
import PythonRuntime
import TestSupport
import XCTest

@testable import TorchBindings

/// Graphs drawn after cells against the same graphs read off real PyTorch (`Data/graph_programs`, made by
/// `Data/graph_generate.py` with tools/torch_graph.py), and the graph model's own promises.
final class AutogradGraphTests: XCTestCase {
  private static var programsFolder: URL? {
    Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent("graph_programs")
  }

  /// The request of a cell's `# graph: ATTRIBUTES` line, or nil when it has none.
  static func request(in cell: String) -> GraphRequest? {
    guard let line = cell.split(separator: "\n").first(where: { $0.hasPrefix("# graph:") }) else {
      return nil
    }
    var request = GraphRequest()
    for word in line.dropFirst("# graph:".count).split(separator: " ") {
      if word.hasPrefix("of=") { request.roots = word.dropFirst(3).split(separator: ",").map(String.init) }
      if word == "saved" { request.showsSaved = true }
      if word == "grads" { request.showsGrads = true }
    }
    return request
  }

  /// Runs a program's cells in one session; the record of each cell is its graph's text (or `!! message`).
  static func run(program: String) -> String {
    let session = Session.withTorch()
    return program.components(separatedBy: "# %%\n").map { cell -> String in
      _ = session.run(cell)
      guard let request = request(in: cell) else { return "" }
      switch session.withBindings({ AutogradGraph.draw(request, from: $0) }) {
      case .success(let graph): return graph.text
      case .failure(let error): return "!! \(error.message)\n"
      }
    }.joined(separator: "# %%\n")
  }

  func testEveryGraphProgramMatchesPyTorch() throws {
    guard let folder = Self.programsFolder else { return XCTFail("Data/graph_programs is missing") }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".py")
    }
    XCTAssertEqual(
      Set(names), ["basics.py", "backward.py", "intermediate.py", "views.py", "requests.py", "limit.py"])
    for name in names.sorted() {
      let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let expected = try String(
        contentsOf: folder.appendingPathComponent(String(name.dropLast(3)) + ".out"), encoding: .utf8)
      assertTextEqual(Self.run(program: source), expected, "graph_programs/\(name)")
    }
  }

  func testTheSameCellsGiveByteIdenticalGraphs() {
    let program =
      "import torch\nx = torch.ones(2, requires_grad=True)\nw = x * 3\ny = (w * w + x.exp()).sum()\n"
    let drawings = (0..<2).map { _ -> (String, String) in
      let session = Session.withTorch()
      _ = session.run("import torch\nscratch = [torch.ones(1) for _ in range(7)]\n")
      _ = session.run(program)
      guard
        case .success(let graph) = session.withBindings({
          AutogradGraph.draw(GraphRequest(roots: ["y"], showsSaved: true, showsGrads: true), from: $0)
        })
      else { return ("", "") }
      return (graph.text, graph.dot)
    }
    XCTAssertEqual(drawings[0].0, drawings[1].0)
    XCTAssertEqual(drawings[0].1, drawings[1].1)
    XCTAssertFalse(drawings[0].1.isEmpty)
  }

  /// Node ids follow creation order: the leaf, the product (computed before it is recorded), the accumulator (made when
  /// recording first used the leaf), the node; edges are listed node by node.
  func testDOTNumbersNodesInCreationOrderWithTorchvizColours() throws {
    let session = Session.withTorch()
    _ = session.run("import torch\nx = torch.ones(2, requires_grad=True)\ny = x * 2\n")
    let graph = try session.withBindings { AutogradGraph.draw(GraphRequest(roots: ["y"]), from: $0) }.get()
    let expected = """
      digraph autograd {
        graph [size="12,12"];
        node [style=filled, shape=box, align=left, fontsize=10, height=0.2, fontname=monospace];
        n1 [label="x\\n[2] float32", fillcolor=lightblue];
        n2 [label="y\\n[2] float32", fillcolor=darkolivegreen1];
        n3 [label="AccumulateGrad", fillcolor=lightgrey];
        n4 [label="MulBackward0\\n(y)", fillcolor=lightgrey];
        n4 -> n2;
        n1 -> n3;
        n3 -> n4;
      }

      """
    assertTextEqual(graph.dot, expected, "dot")
  }

  func testSavedTensorsAndViewsInDOT() throws {
    let session = Session.withTorch()
    _ = session.run("import torch\nx = torch.arange(4.0, requires_grad=True)\nh = x * 2\nv = h.view(2, 2)\n")
    let graph = try session.withBindings {
      AutogradGraph.draw(GraphRequest(roots: ["v"], showsSaved: true), from: $0)
    }.get()
    XCTAssertTrue(graph.dot.contains("[style=dotted]"), graph.dot)
    XCTAssertTrue(graph.dot.contains("fillcolor=orange"), graph.dot)
    XCTAssertTrue(graph.dot.contains("fillcolor=darkolivegreen3"), graph.dot)
    XCTAssertTrue(graph.dot.contains("[dir=none]"), graph.dot)
  }

  func testLabelsAreEscapedForDOT() {
    XCTAssertEqual(
      AutogradGraph.dotString("a\"b\\N\nc\u{1B}<svg onload=x>"), "\"a\\\"b\\\\N\\nc\u{FFFD}<svg onload=x>\"")
  }

  func testAGraphOverTheLimitEndsInOneMoreNode() throws {
    let session = Session.withTorch()
    _ = session.run(
      "import torch\nx = torch.tensor(1.0, requires_grad=True)\ny = x\nfor _ in range(30000):\n    y = y + 1\n"
    )
    let graph = try session.withBindings { AutogradGraph.draw(GraphRequest(roots: ["y"]), from: $0) }.get()
    // y, 30,000 AddBackward0 nodes, x's AccumulateGrad and x.
    XCTAssertEqual(graph.nodes.count, GraphRequest.defaultNodeLimit)
    XCTAssertEqual(graph.omittedCount, 30_003 - GraphRequest.defaultNodeLimit)
    XCTAssertTrue(graph.text.contains("… \(30_003 - GraphRequest.defaultNodeLimit) more\n"))
    XCTAssertTrue(graph.dot.contains("more [label=\"… 29853 more\""), String(graph.dot.suffix(300)))
    XCTAssertEqual(graph.nodes.map(\.id), Array(1...GraphRequest.defaultNodeLimit))
  }

  /// Drawing reads the graph and changes nothing: no accumulator is made for a leaf no op used yet.
  func testDrawingALeafMakesNoAccumulator() throws {
    let session = Session.withTorch()
    _ = session.run("import torch\nx = torch.ones(2, requires_grad=True)\n")
    _ = try session.withBindings {
      AutogradGraph.draw(GraphRequest(roots: ["x"], showsSaved: true, showsGrads: true), from: $0)
    }.get()
    let made = session.withBindings { bindings -> Bool in
      guard let value = bindings.value(named: "x"), let tensor = TorchValues.tensor(value) else {
        return true
      }
      return tensor.existingGradAccumulator != nil
    }
    XCTAssertFalse(made)
    XCTAssertEqual(session.run("x.grad_fn, x.grad").output, "(None, None)\n")
  }
}
