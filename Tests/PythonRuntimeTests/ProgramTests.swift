import Foundation
import PythonRuntime
import TestSupport
import XCTest

/// Runs every `Data/programs/*.py` as one cell and compares with the CPython-generated `.out`.
final class ProgramTests: XCTestCase {
  static var programsFolder: URL? {
    Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent("programs")
  }

  /// What a cell produced, in the `.out` format: output, then `!! Type: message` on error.
  static func transcript(_ result: CellResult) -> String {
    var text = result.output
    if let error = result.error { text += "!! \(error.text)\n" }
    return text
  }

  func testProgramsMatchCPython() throws {
    let folder = try XCTUnwrap(Self.programsFolder)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".py")
    }.sorted()
    XCTAssertGreaterThanOrEqual(files.count, 150)
    var failures = 0
    for file in files {
      let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let expectedURL = folder.appendingPathComponent(String(file.dropLast(3)) + ".out")
      let expected = try String(contentsOf: expectedURL, encoding: .utf8)
      let actual = Self.transcript(Session().run(source, startLine: 1))
      if actual != expected {
        failures += 1
        assertTextEqual(actual, expected, file)
      }
    }
    print("programs: \(files.count - failures) of \(files.count) match CPython")
  }
}
