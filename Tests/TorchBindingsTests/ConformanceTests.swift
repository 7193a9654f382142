import Foundation
import PythonRuntime
import TestSupport
import XCTest

/// Runs the PyTorch conformance corpus (`Tests/Fixtures/conformance/cases.json`): every session in
/// one `Session`, cells in order, comparing output, warnings and error text with real PyTorch's.
final class ConformanceTests: XCTestCase {
  /// Replaces object addresses (`0x7f3a…`) by `0x...`, as the corpus shows them.
  static func normalizingAddresses(_ text: String) -> String {
    text.replacingOccurrences(of: "0x[0-9a-f]+", with: "0x...", options: .regularExpression)
  }

  /// Runs one session of the corpus; returns (passed, total) cells.
  @discardableResult
  private func runSession(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (
    Int, Int
  ) {
    let session = try ConformanceCorpus.load().session(name)
    let running = Session.withTorch()
    var passed = 0
    for (index, cell) in session.cells.enumerated() {
      let result = running.run(cell.code)
      let label = "\(name) cell \(index):\n\(cell.code)\n"
      let output = Self.normalizingAddresses(result.output)
      let warnings = result.warnings.map(Self.normalizingAddresses)
      let error = result.error.map { Self.normalizingAddresses($0.text) }
      assertTextEqual(output, cell.output, label + "output", file: file, line: line)
      assertTextEqual(
        warnings.joined(separator: "\n"), cell.warnings.joined(separator: "\n"), label + "warnings",
        file: file,
        line: line)
      assertTextEqual(
        error ?? "(no error)", cell.error ?? "(no error)", label + "error", file: file, line: line)
      if output == cell.output && warnings == cell.warnings && error == cell.error { passed += 1 }
    }
    XCTAssertEqual(passed, session.cells.count, "\(name): cells matching PyTorch", file: file, line: line)
    print("conformance \(name): \(passed)/\(session.cells.count) cells match PyTorch")
    return (passed, session.cells.count)
  }

  /// The comparison itself must be able to fail: a wrong expectation is reported.
  func testMismatchIsDetected() {
    let result = Session.withTorch().run("import torch\ntorch.ones(2)")
    XCTAssertEqual(result.output, "tensor([1., 1.])\n")
    XCTAssertNotEqual(Self.normalizingAddresses(result.output), "tensor([1., 2.])\n")
    XCTAssertEqual(
      Self.normalizingAddresses("<AddBackward0 object at 0x7f00000030>"), "<AddBackward0 object at 0x...>")
  }

  func testCorpusHasAllSessions() throws {
    let corpus = try ConformanceCorpus.load()
    XCTAssertEqual(corpus.sessions.count, 12)
    XCTAssertEqual(corpus.cellCount, 215)
  }

  func test01SeedNotebook() throws { try runSession("01_seed_notebook") }
  func test02Printing() throws { try runSession("02_printing") }
  func test03OpsForward() throws { try runSession("03_ops_forward") }
  func test04BackwardBasics() throws { try runSession("04_backward_basics") }
  func test05BroadcastGrads() throws { try runSession("05_broadcast_grads") }
  func test06AccumulationAndGraph() throws { try runSession("06_accumulation_and_graph") }
  func test07NonleafAndRetainGrad() throws { try runSession("07_nonleaf_and_retain_grad") }
  func test08GradModes() throws { try runSession("08_grad_modes") }
  func test09AutogradGrad() throws { try runSession("09_autograd_grad") }
  func test10Random() throws { try runSession("10_random") }
  func test11PythonSubset() throws { try runSession("11_python_subset") }
  func test12GradientDescent() throws { try runSession("12_gradient_descent") }
}
