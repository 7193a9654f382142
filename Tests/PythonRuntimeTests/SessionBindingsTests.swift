import PythonRuntime
import XCTest

/// What a session shows of its state between cells: its globals in name order and how the last cell ended.
final class SessionBindingsTests: XCTestCase {
  private func facts(_ session: Session) -> (names: [String], last: String?, assigned: [String]) {
    session.withBindings { bindings in
      let last = bindings.lastExpressionValue.map { value -> String in
        if case .int(let number) = value { return "int \(number)" }
        return value.typeName
      }
      return (bindings.globals.map(\.name), last, bindings.lastAssignedNames)
    }
  }

  func testGlobalsInScalarOrderWithoutDunderNames() {
    let session = Session()
    _ = session.run("zeta = 1\nAlpha = 2\nalpha = 3\n_x = 4\n__dunder__ = 5\né = 6\n")
    XCTAssertEqual(facts(session).names, ["Alpha", "_x", "alpha", "zeta", "é"])
  }

  func testTheLastExpressionIsRememberedEvenWhenNotShown() {
    let session = Session()
    _ = session.run("x = 41\nx + 1")
    XCTAssertEqual(facts(session).last, "int 42")
    _ = session.run("print('a')")
    XCTAssertEqual(facts(session).last, "NoneType", "print(...) is an expression whose value is None")
    _ = session.run("x + 1;")
    XCTAssertNil(facts(session).last, "a quiet last expression is not shown, and not kept either")
  }

  func testAssignmentsNameTheirTargets() {
    let session = Session()
    _ = session.run("a = b = 2")
    XCTAssertEqual(facts(session).assigned, ["a", "b"])
    XCTAssertNil(facts(session).last)
    _ = session.run("c: int = 3")
    XCTAssertEqual(facts(session).assigned, ["c"])
    _ = session.run("a += 1")
    XCTAssertEqual(facts(session).assigned, ["a"])
    _ = session.run("a, b = 1, 2")
    XCTAssertEqual(facts(session).assigned, [], "only plain names count")
    _ = session.run("for i in range(2):\n    pass\n")
    XCTAssertEqual(facts(session).assigned, [])
  }

  func testAFailedCellForgetsTheEarlierCellsEnding() {
    let session = Session()
    _ = session.run("y = 1\ny")
    _ = session.run("1 / 0")
    XCTAssertNil(facts(session).last)
  }
}
