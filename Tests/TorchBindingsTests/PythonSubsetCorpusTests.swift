import PythonRuntime
import TestSupport
import XCTest

/// The corpus session `11_python_subset`, run cell by cell in one session as a lesson would.
final class PythonSubsetCorpusTests: XCTestCase {
  func testPythonSubsetCellsMatchPyTorchTranscript() throws {
    guard let sessions = CorpusCells.load() else { throw XCTSkip("shared conformance corpus not found") }
    let subset = try XCTUnwrap(sessions.first { $0.name.hasPrefix("11_") })
    let session = Session.withTorch()
    let torchAvailable = session.run("import torch").error == nil
    var compared = 0
    for cell in subset.cells {
      let result = session.run(cell.code)
      guard torchAvailable || !cell.code.contains("torch") else { continue }
      compared += 1
      assertTextEqual(result.output, cell.output, cell.code)
      XCTAssertEqual(result.error?.text, cell.error, cell.code)
      XCTAssertEqual(result.warnings, cell.warnings, cell.code)
    }
    XCTAssertGreaterThanOrEqual(compared, 12)
  }
}
