import PythonRuntime
import XCTest

/// The budgets that span more than one evaluation step: wall clock per cell, output per lesson, live memory.
final class SessionBudgetTests: XCTestCase {
  func testWatchdogEndsARunawayCellAndTheNextCellRuns() {
    // The step budget is out of the way here, so only the wall-clock backstop can end the loop.
    var limits = Limits()
    limits.steps = .max
    limits.cellSeconds = 0.05
    let session = Session(limits: limits)
    let result = session.run("while True:\n    pass")
    XCTAssertEqual(result.error?.text, "TimeoutError: the cell ran longer than 0.05 s")
    XCTAssertEqual(session.run("print('next')").output, "next\n")
  }

  func testWatchdogMessageShowsWholeSeconds() {
    var limits = Limits()
    limits.steps = .max
    limits.cellSeconds = 1
    XCTAssertEqual(
      Session(limits: limits).run("while True:\n    pass").error?.text,
      "TimeoutError: the cell ran longer than 1 s")
  }

  func testOutputBudgetSpansTheLessonsCells() {
    var limits = Limits()
    limits.sessionOutputCharacters = 1_000
    let session = Session(limits: limits)
    XCTAssertNil(session.run("print('x' * 399)").error)
    XCTAssertNil(session.run("print('x' * 399)").error)
    let third = session.run("print('y' * 399)")
    XCTAssertEqual(
      third.error?.text,
      "RuntimeError: lesson output exceeded 1000 characters (Gradbook's limit for all the cells of a lesson); output truncated"
    )
    XCTAssertEqual(third.output, String(repeating: "y", count: 200), "the output is kept up to the budget")
    XCTAssertEqual(session.run("print('z')").error?.typeName, "RuntimeError")
  }

  /// The issue's hoard, scaled down: five lists of a million slots each against a budget that holds four.
  func testListsHeldAcrossTheSessionMeetTheMemoryBudget() {
    let listBytes = 1_000_000 * MemoryLayout<Value>.stride
    var limits = Limits()
    limits.memoryBytes = 4 * listBytes + listBytes / 2
    let session = Session(limits: limits)
    let result = session.run("x = [[0] * 10**6 for _ in range(5)]")
    XCTAssertEqual(result.error?.typeName, "MemoryError")
    XCTAssert(
      result.error?.message.contains("Gradbook's memory budget of") == true, "\(result.error?.text ?? "")")
    // Across cells too, and freed lists give their bytes back.
    XCTAssertNil(session.run("a = [0] * 10**6\nb = [0] * 10**6\nc = [0] * 10**6").error)
    XCTAssertEqual(session.run("d = [0] * 10**6\ne = [0] * 10**6").error?.typeName, "MemoryError")
    XCTAssertNil(session.run("del a, b, c\nfor i in range(6):\n    f = [0] * 10**6").error)
  }

  func testLargeStringsInAListCount() {
    var limits = Limits()
    limits.memoryBytes = 5_000_000
    let result = Session(limits: limits).run("s = [('a' * 1000000) + str(i) for i in range(10)]")
    XCTAssertEqual(result.error?.typeName, "MemoryError")
  }
}
