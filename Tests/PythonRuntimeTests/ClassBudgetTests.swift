import PythonRuntime
import XCTest

/// Class machinery under Gradbook's budgets: runaway dunder recursion ends in RecursionError (as
/// in CPython, whose message then depends on where the limit is hit), and loops in methods in the
/// step budget; the session goes on afterwards.
final class ClassBudgetTests: XCTestCase {
  func testReprThatCallsItselfEndsInRecursionError() throws {
    let session = Session()
    let code = "class SelfRepr:\n    def __repr__(self):\n        return repr(self)\nprint(SelfRepr())\n"
    XCTAssertEqual(try XCTUnwrap(session.run(code).error).typeName, "RecursionError")
    XCTAssertEqual(session.run("print('after')").output, "after\n")
  }

  func testDeeplyNestedReprsEndInRecursionError() throws {
    let code = """
      class Node:
          def __init__(self, child=None):
              self.child = child
          def __repr__(self):
              return f"Node({self.child!r})"
      deep = None
      for _ in range(5000):
          deep = Node(deep)
      print(repr(deep))
      """
    XCTAssertEqual(try XCTUnwrap(Session().run(code).error).typeName, "RecursionError")
  }

  func testGetattrRecursionInsideContainersEndsInRecursionError() throws {
    let code = "class Loop:\n    def __getattr__(self, name):\n        return [self.again]\nLoop().x\n"
    XCTAssertEqual(try XCTUnwrap(Session().run(code).error).text, "RecursionError: maximum recursion depth exceeded")
  }

  func testEndlessMethodLoopEndsInTheStepBudget() throws {
    var limits = Limits()
    limits.steps = 50_000
    let code = "class Spin:\n    def __len__(self):\n        while True:\n            pass\nlen(Spin())\n"
    XCTAssertEqual(try XCTUnwrap(Session(limits: limits).run(code).error).typeName, "TimeoutError")
  }

  func testLongChainsOfInstancesAreReleasedWithoutExhaustingTheStack() {
    var session: Session? = Session()
    let code = "class Node:\n    def __init__(self, next):\n        self.next = next\nhead = None\nfor i in range(100000):\n    head = Node(head)\nprint('built')\n"
    XCTAssertEqual(session?.run(code).output, "built\n")
    XCTAssertEqual(session?.run("head = None\nprint('dropped')").output, "dropped\n")
    _ = session?.run("for i in range(100000):\n    head = Node(head)\n")
    session = nil
    XCTAssertNil(session)
  }

  func testClassesPersistAcrossCells() {
    let session = Session()
    _ = session.run("class A:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return f'A({self.v})'\n")
    XCTAssertEqual(session.run("a = A(1)\nclass B(A):\n    pass\n[a, B(2)]").output, "[A(1), A(2)]\n")
  }
}
