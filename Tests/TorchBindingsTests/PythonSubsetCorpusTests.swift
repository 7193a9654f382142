import PythonRuntime
import TestSupport
import XCTest

/// The corpus session `11_python_subset`, run cell by cell in one session as a lesson would.
final class PythonSubsetCorpusTests: XCTestCase {
  func testPythonSubsetCellsMatchPyTorchTranscript() throws {
    let subset = try ConformanceCorpus.load().session("11_python_subset")
    let session = Session.withTorch()
    for cell in subset.cells {
      let result = session.run(cell.code)
      assertTextEqual(result.output, cell.output, cell.code)
      XCTAssertEqual(result.error?.text, cell.error, cell.code)
      XCTAssertEqual(result.warnings, cell.warnings, cell.code)
    }
    XCTAssertGreaterThanOrEqual(subset.cells.count, 12)
  }
}
