import PythonRuntime
import TestSupport
import XCTest

/// Native work is charged by what it reads (docs/budgets.md): each test states what one operation costs in steps,
/// measured as the smallest step budget under which setup plus operation run, less what the setup alone needs.
/// Charges settle in batches of 64 steps, hence the tolerance.
final class MeteringTests: XCTestCase {
  private static let tolerance = 80

  private func fits(_ code: String, steps: Int) -> Bool {
    var limits = Limits()
    limits.steps = steps
    let error = Session(limits: limits).run(code).error
    XCTAssert(error == nil || error?.typeName == "TimeoutError", "\(error?.text ?? "")")
    return error == nil
  }

  /// Steps `operation` costs after `setup` (both run as one cell).
  private func cost(_ setup: String, _ operation: String, file: StaticString = #filePath, line: UInt = #line)
    -> Int
  {
    let whole = BudgetBisection.smallestFitting(upTo: 1 << 22) { fits(setup + "\n" + operation, steps: $0) }
    let base = BudgetBisection.smallestFitting(upTo: 1 << 22) { fits(setup, steps: $0) }
    guard let whole, let base else {
      XCTFail("does not fit in 4M steps", file: file, line: line)
      return 0
    }
    return whole - base
  }

  private func assertCost(
    _ setup: String, _ operation: String, about expected: Int, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let measured = cost(setup, operation, file: file, line: line)
    XCTAssert(
      abs(measured - expected) <= Self.tolerance,
      "\(operation) cost \(measured) steps, expected about \(expected)",
      file: file, line: line)
  }

  func testStringSearchIsChargedForTheNeedleToo() {
    // 4,000 + 20,000 characters read: 1,500 steps. The receiver alone would be 250.
    assertCost("s = 'a' * 4000\nn = 'b' * 20000", "k = s.count(n)", about: 1_500)
    assertCost("s = 'a' * 4000\nn = 'b' * 20000", "k = n in s", about: 1_500)
  }

  func testSearchForANeedleThatAlmostMatchesIsLinear() {
    // A million characters and a needle of half a million that matches everywhere but its end: quadratic search
    // would take hours; the linear one reads both once (93,750 steps), so ten searches fit in 10M steps.
    let code =
      "s = 'a' * 10**6\nn = 'a' * 500000 + 'b'\nprint(n in s, s.count(n), s.find(n), s.rfind(n), len(s.split(n)))"
    let result = Session().run(code)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "False 0 -1 -1 1\n")
    var limits = Limits()
    limits.steps = 500_000
    let loop = Session(limits: limits).run(code + "\nfor _ in range(1000):\n    n in s")
    XCTAssertEqual(loop.error?.typeName, "TimeoutError")
  }

  func testJoinIsChargedForWhatItBuilds() {
    // Reading the 10,000 parts (625 steps) and writing 20,000 characters (1,250).
    assertCost("parts = ['ab'] * 10000", "s = ''.join(parts)", about: 1_875)
  }

  func testOrderingWalksTheElements() {
    assertCost("b = [0] * 20000\nc = [0] * 20000", "x = b < c", about: 1_250)
  }

  func testHashingReadsTheKey() {
    assertCost("t = tuple([0] * 20000)", "h = hash(t)", about: 1_250)
    assertCost("s = 'a' * 20000\nd = {}", "d[s] = 1", about: 1_250)
    assertCost("s = 'a' * 20000", "x = {s}", about: 1_250)
    assertCost("s = 'a' * 20000", "x = {s: 1}", about: 1_250)
    assertCost("s = 'a' * 20000\nd = {}", "x = d.get(s)", about: 1_250)
    assertCost("s = 'a' * 20000\ne = set()", "e.add(s)", about: 1_250)
  }

  func testReprIsChargedPerCharacter() {
    // "[0, 0, …, 0]" is 3 × 20,000 - 2 + 2 characters, 4 units each: 15,000 steps.
    assertCost("b = [0] * 20000", "r = repr(b)", about: 15_000)
  }

  func testAHugeReprStopsAtTheBudgetInsteadOfBeingBuilt() {
    // Thirty million characters would be built and only then charged; the metered repr stops at the budget.
    var limits = Limits()
    limits.steps = 100_000
    let result = Session(limits: limits).run("b = [0] * 10000\nr = repr([b] * 1000)")
    XCTAssertEqual(result.error?.typeName, "TimeoutError")
  }

  func testSortingListsOfListsMeetsTheBudget() {
    // Each comparison walks 100,000 equal elements before the one that differs.
    var limits = Limits()
    limits.steps = 100_000
    let result = Session(limits: limits).run("big = [0] * 10**5\nx = sorted([big + [1]] + [big] * 1000)")
    XCTAssertEqual(result.error?.typeName, "TimeoutError")
  }

  func testRandomChargesEveryDrawAndEveryElementMoved() {
    // shuffle reads and moves 160,000 elements: 10,000 steps; choices makes 32,000 draws: 2,000 steps.
    assertCost("import random\nb = list(range(160000))", "random.shuffle(b)", about: 10_000)
    assertCost("import random\nb = [1, 2, 3]", "c = random.choices(b, k=32000)", about: 2_000)
  }

  func testInfiniteItertoolsMeetTheBudgetInsideNativeConsumers() {
    // list() and sum() drain these natively, with no cell loop to count steps: each element is charged itself.
    var limits = Limits()
    limits.steps = 200_000
    let session = Session(limits: limits)
    for code in ["list(cycle([1, 2]))", "sum(repeat(1))", "max(count())", "list(islice(count(), 0, None, 2))"] {
      let result = session.run("from itertools import *\n" + code)
      XCTAssertEqual(result.error?.typeName, "TimeoutError", code)
    }
    XCTAssertEqual(session.run("print(list(islice(cycle('ab'), 3)))").output, "['a', 'b', 'a']\n")
  }
}
