import Foundation
import XCTest

import FuzzEntryPoints

/// Replays every kept fuzz input (crashers found by `scripts/fuzz.sh`, minimised) through the harness it was found
/// with: each must end in a result or a positioned error, with the harness's invariants holding. No fuzzer needed.
final class FuzzRegressionTests: XCTestCase {
  func testEveryRegressionInputReplaysCleanly() throws {
    let root = try XCTUnwrap(Bundle.module.url(forResource: "Regressions", withExtension: nil))
    for harness in FuzzHarness.allCases {
      let folder = root.appendingPathComponent(harness.rawValue)
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      XCTAssertFalse(names.isEmpty, "no regression inputs for \(harness.rawValue)")
      for name in names {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
        do {
          let outcome = try harness.run(bytes)
          if case .positionedError(let line, let column, _) = outcome {
            XCTAssertGreaterThanOrEqual(line, 1, "\(harness.rawValue)/\(name)")
            XCTAssertGreaterThanOrEqual(column, 1, "\(harness.rawValue)/\(name)")
          }
        } catch {
          XCTFail("\(harness.rawValue)/\(name): \(error)")
        }
      }
    }
  }
}
