import Foundation
import XCTest

@testable import Reports

/// Graphviz run as a separate process: found on PATH, one run for many graphs, stopped when it takes too long.
final class GraphvizTests: XCTestCase {
  private var folder = URL(fileURLWithPath: "/")

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-dot-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Graphviz for a test, or a skip saying it is missing; a failure when `GRADBOOK_REQUIRE_GRAPHVIZ=1` (CI).
  static func graphvizForTest() throws -> Graphviz {
    if let graphviz = Graphviz.fromPath() { return graphviz }
    let reason = "Graphviz is not installed (Debian: apt-get install graphviz), so graphs are not laid out"
    if ProcessInfo.processInfo.environment["GRADBOOK_REQUIRE_GRAPHVIZ"] == "1" {
      throw HeadlessChromium.Failure(description: reason + ", and GRADBOOK_REQUIRE_GRAPHVIZ=1 requires it")
    }
    throw XCTSkip(reason)
  }

  /// A fake `dot` on a PATH of its own.
  private func fakeDot(_ script: String, timeLimit: Double = 20) throws -> Graphviz? {
    let path = folder.appendingPathComponent("dot")
    try Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path.path)
    return Graphviz.fromPath(environment: ["PATH": folder.path], timeLimit: timeLimit)
  }

  func testOneRunLaysOutEveryGraphInOrder() throws {
    let graphviz = try Self.graphvizForTest()
    let drawings = try graphviz.svg([
      "digraph a { first [label=\"one\"] }\n", "digraph b { second [label=\"two\"] }\n",
    ]).get()
    XCTAssertEqual(drawings.count, 2)
    XCTAssertTrue(drawings[0].contains(">one</text>") && !drawings[0].contains(">two</text>"))
    XCTAssertTrue(drawings[1].contains(">two</text>"))
  }

  func testNoDotOnPathIsNil() {
    XCTAssertNil(Graphviz.fromPath(environment: ["PATH": folder.path]))
  }

  func testADotThatHangsIsStopped() throws {
    let graphviz = try XCTUnwrap(try fakeDot("exec sleep 60", timeLimit: 0.5))
    guard case .failure(let failure) = graphviz.svg(["digraph a {}\n"]) else { return XCTFail("a drawing") }
    XCTAssertEqual(failure.description, "dot did not finish within 0.5 seconds and was stopped")
  }

  func testADotThatFailsSaysWhy() throws {
    let graphviz = try XCTUnwrap(
      try fakeDot("cat > /dev/null; echo 'Error: syntax error in line 1' >&2; exit 1"))
    guard case .failure(let failure) = graphviz.svg(["digraph a {}\n"]) else { return XCTFail("a drawing") }
    XCTAssertEqual(failure.description, "dot failed (exit 1): Error: syntax error in line 1")
  }

  func testADotThatWritesTooFewDrawingsIsRefused() throws {
    let graphviz = try XCTUnwrap(try fakeDot("cat > /dev/null; echo '<?xml version=\"1.0\"?><svg></svg>'"))
    guard case .failure(let failure) = graphviz.svg(["digraph a {}\n", "digraph b {}\n"]) else {
      return XCTFail("drawings")
    }
    XCTAssertEqual(failure.description, "dot wrote 1 drawings for 2 graphs")
  }
}
