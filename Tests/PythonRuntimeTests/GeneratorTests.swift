import PythonRuntime
import XCTest

/// Generators under Gradbook's budgets: steps, recursion, many suspended bodies, and teardown.
final class GeneratorTests: XCTestCase {
  private static let naturals = "def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\n"

  func testAnInfiniteGeneratorEndsInTheStepBudget() throws {
    var limits = Limits()
    limits.steps = 20_000
    let session = Session(limits: limits)
    let error = try XCTUnwrap(session.run(Self.naturals + "for n in naturals():\n    pass\n").error)
    XCTAssertEqual(error.typeName, "TimeoutError")
    // The session goes on, and the generator abandoned by the failed cell is gone.
    XCTAssertEqual(session.run("g = naturals()\nprint(next(g), next(g))").output, "0 1\n")
  }

  func testRecursionThroughGeneratorsEndsInRecursionError() throws {
    // Each level starts the next before yielding anything: a chain of suspended bodies.
    let code = "def down(n):\n    yield from down(n + 1)\n    yield n\nfor x in down(0):\n    pass\n"
    let error = try XCTUnwrap(Session().run(code).error)
    XCTAssertEqual(error.text, "RecursionError: maximum recursion depth exceeded")
    let nested = "def deep(n):\n    yield next(deep(n + 1))\nnext(deep(0))\n"
    XCTAssertEqual(try XCTUnwrap(Session().run(nested).error).typeName, "RecursionError")
    // A body nests as deep as a cell may: 950 plain calls inside a generator are fine.
    let deepBody = "def r(n):\n    return 0 if n == 0 else 1 + r(n - 1)\ndef g():\n    yield r(950)\nprint(next(g()))\n"
    XCTAssertEqual(Session().run(deepBody).output, "950\n")
  }

  func testTooManyStartedGeneratorsIsAMemoryError() throws {
    let code = Self.naturals + "kept = []\nfor i in range(1200):\n    g = naturals()\n    next(g)\n    kept.append(g)\n"
    let error = try XCTUnwrap(Session().run(code).error)
    XCTAssertEqual(error.typeName, "MemoryError")
    XCTAssertEqual(error.line, 9)
  }

  func testAbandonedGeneratorsFreeTheirThreads() {
    // Far more than the limit of generators alive at once, each dropped after one step.
    let code = Self.naturals + "for i in range(3000):\n    next(naturals())\nprint('done')\n"
    XCTAssertEqual(Session().run(code).output, "done\n")
  }

  func testSessionEndsWithSuspendedGenerators() {
    var session: Session? = Session()
    let result = session?.run(
      Self.naturals + "a = naturals()\nb = naturals()\nnext(a)\nnext(b)\nboth = [a, b]\nprint(next(a))")
    XCTAssertEqual(result?.output, "1\n")
    session = nil
    XCTAssertNil(session)
  }

  func testGeneratorAcrossCellsKeepsItsState() {
    let session = Session()
    _ = session.run(Self.naturals + "g = naturals()\nnext(g)\n")
    XCTAssertEqual(session.run("next(g)").output, "1\n")
    XCTAssertEqual(session.run("[next(g) for _ in range(3)]").output, "[2, 3, 4]\n")
  }

  func testDroppingAGeneratorSuspendedInAnExceptBlockUnwindsItsOwnHandlers() {
    // The body's handler state is its own: closing it must not pop the caller's (this crashed before).
    let code = """
      def g():
          try:
              raise ValueError('inner')
          except ValueError:
              yield 1
              print('not reached')
      x = g()
      next(x)
      try:
          raise KeyError('outer')
      except KeyError:
          del x
          print('still handling')
          try:
              raise
          except KeyError as error:
              print('re-raised', error)
      """
    let session = Session()
    let result = session.run(code)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "still handling\nre-raised 'outer'\n")
    // Left suspended inside its handler when the session ends: unwound without running Python code.
    XCTAssertNil(session.run("y = g()\nnext(y)").error)
  }

  func testADroppedGeneratorThatYieldsAgainOrLoopsForeverEndsCleanly() {
    var limits = Limits()
    limits.steps = 50_000
    let session = Session(limits: limits)
    let stubborn = "def s():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            pass\n"
    let result = session.run(stubborn + "x = s()\nnext(x)\ndel x\nprint('after')")
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "after\n")
    let spinning = "def t():\n    try:\n        yield 1\n    finally:\n        while True:\n            pass\n"
    let timedOut = session.run(spinning + "y = t()\nnext(y)\ndel y\nprint('not reached')")
    XCTAssertEqual(timedOut.error?.typeName, "TimeoutError")
    XCTAssertEqual(session.run("print('next cell')").output, "next cell\n")
  }
}
