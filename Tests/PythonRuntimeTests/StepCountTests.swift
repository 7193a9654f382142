import PythonRuntime
import XCTest

/// The step budget is deterministic: one step per executed statement, per evaluated expression node
/// and per loop (or comprehension) iteration, and the step past the budget stops the cell. These
/// tests count the steps by hand and check where a cell stops, by the variables it left behind, so
/// that a faster evaluator cannot change which cells fit in the budget.
final class StepCountTests: XCTestCase {
  private func session(steps: Int) -> Session {
    var limits = Limits()
    limits.steps = steps
    return Session(limits: limits)
  }

  func testWhileLoop() {
    // `i = 0` is 2 steps (statement, literal), `while` 1; each iteration 4 (test, iteration, the
    // `i += 1` statement, its literal), so i counts the m with 3 + 4m <= 1000: 249.
    let session = session(steps: 1_000)
    XCTAssertEqual(session.run("i = 0\nwhile True:\n    i += 1").error?.typeName, "TimeoutError")
    XCTAssertEqual(session.run("i").output, "249\n")
  }

  func testForLoopCallingAFunction() {
    // `def` 1, `k = 0` 2, `for` 1 plus `range(10**9)` 5 (call, callee, `**` and its operands): 9.
    // Each iteration is 9: the iteration, the statement, the call, `f`, `k`, and in `f` the `return`
    // statement, `+` and its operands. k counts the m with 9 + 9m <= 1000: 110; the 111th iteration
    // binds j = 110 at step 1000 and stops at its statement.
    let session = session(steps: 1_000)
    let code = "def f(n):\n    return n + 1\nk = 0\nfor j in range(10**9):\n    k = f(k)"
    XCTAssertEqual(session.run(code).error?.typeName, "TimeoutError")
    XCTAssertEqual(session.run("print(j, k)").output, "110 110\n")
  }

  func testListComprehension() {
    // `c = 0` 2, `while` 1; each iteration 13: test, iteration, statement, and `len(...)` 10 (call,
    // `len`, the comprehension, `range(2)` 3, and per element its iteration and `b`). c grows by 2
    // for each m with 3 + 13m <= 1000: 76 times.
    let session = session(steps: 1_000)
    let code = "c = 0\nwhile True:\n    c += len([b for b in range(2)])"
    XCTAssertEqual(session.run(code).error?.typeName, "TimeoutError")
    XCTAssertEqual(session.run("c").output, "152\n")
  }

  func testGeneratorExpression() {
    // `t = 0` 2, `for` 1, the generator expression 1 plus `range(10**9)` 5: 9. Each item is 5: the
    // generator's iteration and `x`, the loop's iteration, the `t = v` statement and `v`. t holds
    // the m-th item (m - 1) for the m with 9 + 5m <= 1000: 198.
    let session = session(steps: 1_000)
    let code = "t = 0\nfor v in (x for x in range(10**9)):\n    t = v"
    XCTAssertEqual(session.run(code).error?.typeName, "TimeoutError")
    XCTAssertEqual(session.run("t").output, "197\n")
  }
}
