import Foundation
import TestSupport
import XCTest

@testable import Autograd

/// Error texts, warnings and non-differentiable results of issue 12's tensor API against real PyTorch
/// (`Data/tensor_api_expressions.json`, produced by the script beside it).
final class TensorAPIExpressionTests: EngineTestCase {
  struct Case: Decodable {
    let name: String
    let expression: String
    let expected: String
    let warnings: [String]
  }
  struct CaseFile: Decodable { let cases: [Case] }

  func testExpressionsMatchPyTorch() throws {
    guard
      let url = Bundle.module.url(
        forResource: "tensor_api_expressions", withExtension: "json", subdirectory: "Data")
    else { return XCTFail("tensor_api_expressions.json missing") }
    let cases = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).cases
    let table = try TensorAPIExpressions.table()
    XCTAssertEqual(Set(cases.map(\.name)), Set(table.keys), "every expression has a Swift twin")
    // One session for all, as the generator ran them in one process (once-only warnings stay given).
    for item in cases {
      guard let run = table[item.name] else { continue }
      var actual = ""
      let warnings = collectWarnings {
        do {
          actual = try run()
        } catch let error as AutogradError {
          actual = error.description
        } catch {
          actual = "unexpected \(error)"
        }
      }
      assertTextEqual(actual, item.expected, "\(item.name): \(item.expression)")
      XCTAssertEqual(warnings, item.warnings, "\(item.name): \(item.expression)")
    }
  }
}
