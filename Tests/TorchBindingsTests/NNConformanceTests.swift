import Foundation
import PythonRuntime
import TestSupport
import XCTest

/// The torch.nn conformance corpus (`Tests/Fixtures/conformance-nn/cases.json`, 66 PyTorch 2.15 cells:
/// Linear, losses, train/eval): every session in one `Session`, cells in order, output, warnings and
/// error text compared with PyTorch's, character for character.
final class NNConformanceTests: XCTestCase {
  /// Cells that need a feature outside torch.nn, by session and title, with the reason. Each must still
  /// fail (so it is taken off this list the day it passes).
  static let pending: [String: String] = [:]

  private func runSession(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let session = try ConformanceCorpus.load(.nn).session(name)
    let running = Session.withTorch()
    var passed = 0
    for (index, cell) in session.cells.enumerated() {
      let result = running.run(cell.code)
      let output = ConformanceTests.normalizingAddresses(result.output)
      let warnings = result.warnings.map(ConformanceTests.normalizingAddresses)
      let error = result.error.map { ConformanceTests.normalizingAddresses($0.text) }
      let matches = output == cell.output && warnings == cell.warnings && error == cell.error
      let key = "\(name)/\(cell.title ?? "")"
      if let reason = Self.pending[key] {
        XCTAssertFalse(
          matches, "\(key) passes now; take it off the pending list (\(reason))", file: file, line: line)
        continue
      }
      let label = "\(name) cell \(index):\n\(cell.code)\n"
      assertTextEqual(output, cell.output, label + "output", file: file, line: line)
      assertTextEqual(
        warnings.joined(separator: "\n"), cell.warnings.joined(separator: "\n"), label + "warnings",
        file: file,
        line: line)
      assertTextEqual(
        error ?? "(no error)", cell.error ?? "(no error)", label + "error", file: file, line: line)
      if matches { passed += 1 }
    }
    print("conformance-nn \(name): \(passed)/\(session.cells.count) cells match PyTorch")
  }

  func testCorpusHasAllSessions() throws {
    let corpus = try ConformanceCorpus.load(.nn)
    XCTAssertEqual(corpus.sessions.map(\.name), ["01_linear", "03_losses", "05_train_eval"])
    XCTAssertEqual(corpus.cellCount, 66)
    let titles = Set(
      corpus.sessions.flatMap { session in session.cells.map { "\(session.name)/\($0.title ?? "")" } })
    XCTAssertTrue(Set(Self.pending.keys).isSubset(of: titles), "every pending cell names a real cell")
  }

  func test01Linear() throws { try runSession("01_linear") }
  func test03Losses() throws { try runSession("03_losses") }
  func test05TrainEval() throws { try runSession("05_train_eval") }
}
