import XCTest

@testable import Autograd

/// Error texts, warnings and results of failing or edge-case nn calls against PyTorch
/// (`Data/nn_cases.json`, section `errors`; the calls are in `NNErrorCases`).
final class NNErrorCaseTests: EngineTestCase {
  func testMessagesAndResultsMatchPyTorch() throws {
    let expected = try NNCaseFile.load().errors
    XCTAssertGreaterThan(expected.count, 120)
    XCTAssertEqual(Set(expected.keys), Set(NNErrorCases.cases.keys), "every PyTorch case has a Swift call")
    for (name, item) in expected.sorted(by: { $0.key < $1.key }) {
      guard let call = NNErrorCases.cases[name] else { continue }
      var outcome = ""
      let warnings = collectWarnings {
        do {
          outcome = try call()
        } catch let error as AutogradError {
          outcome = error.description
        } catch {
          outcome = "unexpected \(error)"
        }
      }
      XCTAssertEqual(outcome, item.error ?? item.result ?? "", "\(name): \(item.expr)")
      XCTAssertEqual(warnings, item.warnings, "\(name) warnings")
    }
  }
}
