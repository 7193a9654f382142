import Foundation
import PythonRuntime
import XCTest

/// The built-in exception classes are typed values whose hierarchy is CPython 3.11's
/// (`Data/exception_hierarchy.tsv`, written by `Data/generate_exception_hierarchy.py`).
final class ExceptionKindTests: XCTestCase {
  /// CPython's MRO names per built-in exception class.
  private func cpythonHierarchy() throws -> [String: [String]] {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data", withExtension: nil)?
        .appendingPathComponent("exception_hierarchy.tsv"))
    var table: [String: [String]] = [:]
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let fields = line.split(separator: "\t").map(String.init)
      guard let name = fields.first else { continue }
      table[name] = Array(fields.dropFirst())
    }
    return table
  }

  func testEveryKindIsACPythonClassWithCPythonsBases() throws {
    let hierarchy = try cpythonHierarchy()
    XCTAssertGreaterThan(hierarchy.count, 60)
    for kind in PythonError.Kind.allCases {
      guard let expected = hierarchy[kind.rawValue] else {
        XCTFail("\(kind.rawValue) is not a built-in exception class of CPython 3.11")
        continue
      }
      XCTAssertEqual(kind.type.mro.map(\.name), expected, kind.rawValue)
    }
  }

  func testEveryKindIsABuiltinNameThatCatchesItself() {
    let session = Session()
    for kind in PythonError.Kind.allCases {
      let name = kind.rawValue
      let result = session.run(
        "try:\n    raise \(name)('m')\nexcept \(name) as e:\n    print(type(e).__name__, e.args[0])")
      XCTAssertEqual(result.output, "\(name) m\n", name)
      XCTAssertNil(result.error, name)
    }
  }

  func testAMisspeltExceptionNameIsANameErrorNotANewClass() throws {
    let error = try XCTUnwrap(Session().run("raise ValeuError('x')").error)
    XCTAssertEqual(error.text, "NameError: name 'ValeuError' is not defined")
  }

  func testErrorsMatchTheirBaseClasses() {
    let error = PythonError(.keyError, arguments: [.string("k")])
    XCTAssertTrue(error.isInstance(of: .lookupError))
    XCTAssertTrue(error.isInstance(of: .exception))
    XCTAssertFalse(error.isInstance(of: .indexError))
    XCTAssertEqual(error.message, "'k'")
    XCTAssertEqual(PythonError(.timeoutError, "t").typeName, "TimeoutError")
  }
}
