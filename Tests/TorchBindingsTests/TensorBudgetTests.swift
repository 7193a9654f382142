import PythonRuntime
import TestSupport
import XCTest

/// Tensor work is charged by the elements kernels read, and live tensor storage is held to the session's memory
/// budget (docs/budgets.md).
final class TensorBudgetTests: XCTestCase {
  private func fits(_ code: String, steps: Int) -> Bool {
    var limits = Limits()
    limits.steps = steps
    let error = Session.withTorch(limits: limits).run(code).error
    XCTAssert(error == nil || error?.typeName == "TimeoutError", "\(error?.text ?? "")")
    return error == nil
  }

  /// Steps `operation` costs after `setup`, within the 64-step batches charges settle in.
  private func assertCost(
    _ setup: String, _ operation: String, about expected: Int, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let setup = "import torch\n" + setup
    guard
      let whole = BudgetBisection.smallestFitting(
        upTo: 1 << 20, { fits(setup + "\n" + operation, steps: $0) }),
      let base = BudgetBisection.smallestFitting(upTo: 1 << 20, { fits(setup, steps: $0) })
    else { return XCTFail("does not fit in 1M steps", file: file, line: line) }
    XCTAssert(
      abs(whole - base - expected) <= 80,
      "\(operation) cost \(whole - base) steps, expected about \(expected)",
      file: file, line: line)
  }

  func testReductionOfABroadcastViewIsChargedForEveryElementRead() {
    // One stored element read as 16,000: 1,000 steps, though the result has one element.
    assertCost("e = torch.zeros(1).expand(16000)", "s = e.sum()", about: 1_000)
  }

  func testReductionsAndComparisonsAreChargedByTheirInputs() {
    assertCost("a = torch.zeros(16000)", "s = a.sum()", about: 1_000)
    assertCost("a = torch.zeros(16000)", "s = a.max()", about: 1_000)
    assertCost("a = torch.zeros(8000)", "s = torch.allclose(a, a)", about: 1_000)
    assertCost("a = torch.zeros(8000)", "s = torch.equal(a, a)", about: 1_000)
  }

  func testALoopOfHugeReductionsMeetsTheStepBudget() {
    var limits = Limits()
    limits.steps = 18_000
    let session = Session.withTorch(limits: limits)
    let result = session.run(
      "import torch\ne = torch.zeros(1).expand(62_500)\nn = 0\nfor _ in range(100000):\n    e.sum()\n    n += 1"
    )
    XCTAssertEqual(result.error?.typeName, "TimeoutError")
    // 3,906 steps a sum: four fit in 18,000 steps, the fifth does not.
    XCTAssertEqual(session.run("print(n)").output, "4\n")
  }

  /// The issue's hoard, scaled down: tensors kept alive across cells until the budget is spent.
  func testLiveTensorsMeetTheMemoryBudgetAcrossCells() {
    var limits = Limits()
    limits.memoryBytes = 100 << 20
    let session = Session.withTorch(limits: limits)
    XCTAssertNil(session.run("import torch\nkept = [torch.zeros(1_000_000) for _ in range(5)]").error)
    XCTAssertNil(session.run("more = [torch.zeros(1_000_000) for _ in range(5)]").error)
    let third = session.run("last = []\nfor _ in range(5):\n    last.append(torch.zeros(1_000_000))")
    XCTAssertEqual(third.error?.typeName, "MemoryError")
    XCTAssertEqual(
      third.error?.message,
      "this would hold 106.8 MiB of tensors and containers alive, more than Gradbook's memory budget of 100 MiB per session; delete what you no longer need (del x)"
    )
    // 8,000,000 bytes a tensor: ten kept, three more fit under 100 MiB (104,857,600 bytes), the fourth does not.
    XCTAssertEqual(session.run("print(len(last))").output, "3\n")
  }

  func testFreedTensorsGiveTheirShareBack() {
    var limits = Limits()
    limits.memoryBytes = 100 << 20
    let session = Session.withTorch(limits: limits)
    XCTAssertNil(session.run("import torch\nfor _ in range(20):\n    t = torch.ones(1_000_000) * 2").error)
    XCTAssertNil(session.run("t = None\nbig = [torch.zeros(1_000_000) for _ in range(11)]").error)
  }
}
