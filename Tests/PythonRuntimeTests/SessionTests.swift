import Foundation
import PythonRuntime
import TestSupport
import XCTest

/// Notebook semantics: state across cells, Out values, error positions, budgets and containment.
final class SessionTests: XCTestCase {
  func testVariablesPersistAcrossCells() {
    let session = Session()
    XCTAssertNil(session.run("x = 2\ndef f(v):\n    return v * x\n").error)
    let result = session.run("f(21)")
    XCTAssertEqual(result.output, "42\n")
    XCTAssertNil(result.error)
  }

  func testLastExpressionValueFollowsPrintedOutput() {
    let result = Session().run("print('a')\n[1, 'b']")
    XCTAssertEqual(result.output, "a\n[1, 'b']\n")
  }

  func testTrailingSemicolonSuppressesValueAsInJupyter() {
    XCTAssertEqual(Session().run("x = 3\nx * 2;").output, "")
    XCTAssertEqual(Session().run("x = 3\nx * 2;  # quiet").output, "")
    XCTAssertEqual(Session().run("x = 3\nx * 2").output, "6\n")
    XCTAssertEqual(Session().run("print('shown');").output, "shown\n")
  }

  func testNoneValueIsNotShown() {
    XCTAssertEqual(Session().run("print('x')").output, "x\n")
    XCTAssertEqual(Session().run("None").output, "")
  }

  func testErrorPositionIsInLessonCoordinates() throws {
    let result = Session().run("a = 1\nb = 2\nprint(a, undefined)\n", startLine: 40)
    let error = try XCTUnwrap(result.error)
    XCTAssertEqual(error.text, "NameError: name 'undefined' is not defined")
    XCTAssertEqual(error.line, 42)
    XCTAssertEqual(error.column, 10)
  }

  func testSyntaxErrorPosition() throws {
    let error = try XCTUnwrap(Session().run("x = 1\nif x\n    pass\n", startLine: 10).error)
    XCTAssertEqual(error.text, "SyntaxError: expected ':'")
    XCTAssertEqual(error.line, 11)
    XCTAssertEqual(error.column, 5)
  }

  func testMessagesQuoteCellRelativeLinesWhilePositionsAreLessonLines() throws {
    let block = try XCTUnwrap(Session().run("x = 1\nif x:\npass\n", startLine: 30).error)
    XCTAssertEqual(block.text, "IndentationError: expected an indented block after 'if' statement on line 2")
    XCTAssertEqual(block.line, 32)
    let string = try XCTUnwrap(Session().run("a = 1\ns = 'open\n", startLine: 50).error)
    XCTAssertEqual(string.text, "SyntaxError: unterminated string literal (detected at line 2)")
    XCTAssertEqual(string.line, 51)
    let bracket = try XCTUnwrap(Session().run("x = (1,\n2]\n", startLine: 7).error)
    XCTAssertEqual(
      bracket.text, "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1")
  }

  func testErrorInsideFunctionReportsInnermostLine() throws {
    let session = Session()
    _ = session.run("def f(x):\n    return x / 0\n", startLine: 5)
    let error = try XCTUnwrap(session.run("f(1)", startLine: 20).error)
    XCTAssertEqual(error.text, "ZeroDivisionError: division by zero")
    XCTAssertEqual(error.line, 6)
  }

  /// CPython points at the decorator line (column after `@`), as its traceback shows.
  func testDecoratorErrorsPointAtTheDecoratorLine() throws {
    let notCallable = try XCTUnwrap(
      Session().run("x = 3\n\n@print\n@x\ndef h():\n    pass\n", startLine: 10).error)
    XCTAssertEqual(notCallable.text, "TypeError: 'int' object is not callable")
    XCTAssertEqual(notCallable.line, 13)
    XCTAssertEqual(notCallable.column, 2)
    let undefined = try XCTUnwrap(
      Session().run("def f(g):\n    return g\n@f\n@undefined_name\ndef h():\n    pass\n", startLine: 1).error)
    XCTAssertEqual(undefined.text, "NameError: name 'undefined_name' is not defined")
    XCTAssertEqual(undefined.line, 4)
    XCTAssertEqual(undefined.column, 2)
  }

  func testDecoratorMustBeFollowedByDef() throws {
    let error = try XCTUnwrap(Session().run("@print\nx = 1\n").error)
    XCTAssertEqual(error.text, "SyntaxError: invalid syntax")
    XCTAssertEqual(error.line, 2)
  }

  func testOutputBeforeErrorIsKeptAndAssignmentsSurvive() throws {
    let session = Session()
    let result = session.run("n = 1\nprint('before')\nn = 2\n1 / 0\nn = 3\n")
    XCTAssertEqual(result.output, "before\n")
    XCTAssertEqual(result.error?.typeName, "ZeroDivisionError")
    XCTAssertEqual(session.run("n").output, "2\n")
  }

  func testSessionUsableAfterSyntaxError() {
    let session = Session()
    XCTAssertEqual(session.run("x = (").error?.typeName, "SyntaxError")
    XCTAssertEqual(session.run("x = 5\nx").output, "5\n")
  }

  func testStepBudgetStopsInfiniteLoop() throws {
    var limits = Limits()
    limits.steps = 50_000
    let session = Session(limits: limits)
    let error = try XCTUnwrap(session.run("while True:\n    pass\n").error)
    XCTAssertEqual(error.typeName, "TimeoutError")
    XCTAssertTrue(error.message.contains("50000"), error.message)
    XCTAssertEqual(session.run("1 + 1").output, "2\n")
  }

  func testStepBudgetCannotBeCaught() throws {
    var limits = Limits()
    limits.steps = 20_000
    let result = Session(limits: limits).run(
      "while True:\n    try:\n        while True: pass\n    except:\n        pass\n")
    XCTAssertEqual(result.error?.typeName, "TimeoutError")
  }

  func testRecursionLimit() throws {
    let result = Session().run("def f(n):\n    return f(n + 1)\nf(0)\n")
    XCTAssertEqual(result.error?.text, "RecursionError: maximum recursion depth exceeded")
  }

  func testRecursionLimitCountsFramesLikeCPython() {
    // CPython's limit of 1000 frames includes the cell's own frame: 999 nested calls fit.
    let session = Session()
    _ = session.run("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)")
    XCTAssertEqual(session.run("d(998)").output, "998\n")
    XCTAssertEqual(session.run("d(999)").error?.typeName, "RecursionError")
  }

  func testDeepRecursionWithinLimitSucceeds() {
    let code = "def depth(n):\n    if n == 0:\n        return 0\n    return 1 + depth(n - 1)\ndepth(990)\n"
    XCTAssertEqual(Session().run(code).output, "990\n")
  }

  func testRecursionThroughComplexExpressionsIsBounded() {
    // Every frame nests many expression levels; the evaluation-depth cap must hold before the stack does.
    let nested = String(repeating: "(", count: 90) + "f(n - 1)" + String(repeating: " + 1)", count: 90)
    let code = "def f(n):\n    return 0 if n == 0 else \(nested)\nf(100000)\n"
    let result = Session().run(code)
    XCTAssertEqual(result.error?.typeName, "RecursionError")
  }

  func testOutputCapKeepsTruncatedOutput() throws {
    var limits = Limits()
    limits.outputCharacters = 100
    let result = Session(limits: limits).run("for i in range(1000):\n    print('0123456789')\n")
    XCTAssertEqual(result.output.count, 100)
    XCTAssertTrue(try XCTUnwrap(result.error).message.contains("100 characters"))
  }

  func testContainerBudget() {
    XCTAssertEqual(Session().run("[0] * 10**10").error?.typeName, "MemoryError")
    XCTAssertEqual(Session().run("print('x' * 10**9)").error?.typeName, "MemoryError")
    XCTAssertEqual(Session().run("list(range(10**12))").error?.typeName, "MemoryError")
    XCTAssertEqual(
      Session().run("s = 'ab'\nfor i in range(40):\n    s += s\n").error?.typeName, "MemoryError")
  }

  func testHugeIntegerPowers() {
    XCTAssertEqual(
      Session().run("2 ** 100").error?.text, "OverflowError: integer result too large for Gradbook (64-bit)")
    XCTAssertEqual(Session().run("10 ** 10 ** 10").error?.typeName, "OverflowError")
    XCTAssertEqual(Session().run("(-2) ** 63").output, "-9223372036854775808\n")
    XCTAssertEqual(Session().run("-(-2) ** 63").error?.typeName, "OverflowError")
    XCTAssertEqual(Session().run("99999999999999999999").error?.typeName, "OverflowError")
  }

  func testDeeplyNestedBracketsAreASyntaxError() {
    let code = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    XCTAssertEqual(Session().run(code).error?.text, "SyntaxError: too many nested parentheses")
  }

  func testDeeplyNestedUnaryOperatorsAreASyntaxError() {
    let code = String(repeating: "-", count: 100_000) + "1"
    XCTAssertEqual(Session().run(code).error?.typeName, "SyntaxError")
  }

  func testDeeplyNestedBlocksAreAnError() {
    var code = ""
    for depth in 0..<5_000 { code += String(repeating: " ", count: depth) + "if True:\n" }
    code += String(repeating: " ", count: 5_000) + "pass\n"
    let error = Session().run(code).error
    XCTAssertEqual(error?.typeName, "IndentationError")
    XCTAssertEqual(error?.message, "too many levels of indentation")
  }

  func testDeeplyNestedDataDoesNotCrash() {
    let session = Session()
    XCTAssertNil(session.run("a = []\nfor i in range(200000):\n    a = [a]\n").error)
    XCTAssertEqual(session.run("print(a)").error?.typeName, "RecursionError")
    XCTAssertNil(session.run("a = None").error)
  }

  func testDeeplyNestedTuplesAreCleanErrorsWhenHashedOrCompared() {
    let session = Session()
    XCTAssertNil(session.run("t = ()\nu = ()\nfor i in range(100000):\n    t = (t,)\n    u = (u,)\n").error)
    XCTAssertEqual(session.run("{t: 1}").error?.typeName, "RecursionError")
    XCTAssertEqual(session.run("hash(t)").error?.typeName, "RecursionError")
    XCTAssertEqual(session.run("t == u").error?.typeName, "RecursionError")
    XCTAssertEqual(session.run("print({(1, ((2,),))})").output, "{(1, ((2,),))}\n")
  }

  func testDroppingMillionsDeepDataIsIterative() {
    // Three million levels would overflow even the cell thread's stack if released recursively.
    var limits = Limits()
    limits.steps = 60_000_000
    // Millions of steps per cell: in a debug build on a busy machine that can pass the wall-clock backstop, which
    // this test is not about.
    limits.cellSeconds = 0
    do {
      let session = Session(limits: limits)
      let build = "a = []\nt = ()\nfor i in range(3000000):\n    a = [a]\n    t = (t,)\n"
      XCTAssertNil(session.run(build).error)
      let shallow = "c = []\nfor i in range(1000):\n    c = [c]\na < c"
      XCTAssertEqual(session.run(shallow).error?.typeName, "RecursionError")
      XCTAssertNil(session.run("a = None\ndel t").error)
      XCTAssertNil(
        session.run("def f():\n    x = []\n    for i in range(3000000):\n        x = [x]\n    return 1\nf()")
          .error)
      XCTAssertNil(session.run("keep = ()\nfor i in range(3000000):\n    keep = (keep, [])").error)
    }
  }

  func testSandboxRefusesEscapes() {
    for code in [
      "open('x')", "__import__('os')", "eval('1')", "exec('x = 1')", "import os", "import sys",
      "(1).__class__.__subclasses__()", "f = lambda: 0\nf.__globals__", "globals()",
    ] {
      let error = Session().run(code).error
      XCTAssertNotNil(error, code)
    }
  }

  func testRandomStateBelongsToTheSession() {
    // Unseeded, a session draws what CPython 3.11 draws after random.seed(0): 0.8444218515250481, 0.7579544029403025.
    let first = Session()
    let second = Session()
    XCTAssertEqual(first.run("import random\nrandom.random()").output, "0.8444218515250481\n")
    XCTAssertEqual(
      second.run("import random\nrandom.seed(5)\nrandom.random()").output, "0.6229016948897019\n")
    XCTAssertEqual(first.run("random.random()").output, "0.7579544029403025\n")
    XCTAssertEqual(first.run("import random as r\nr.seed(5)\nr.random()").output, "0.6229016948897019\n")
  }

  func testClassesOfTheSameNameInTwoCellsAreDifferentClasses() {
    // Expected output from CPython 3.11 running the three cells in one namespace.
    let session = Session()
    XCTAssertNil(
      session.run("class A(Exception):\n    pass\nclass B:\n    pass\na1 = A()\nb1 = B()\nOld, OldB = A, B").error)
    XCTAssertNil(session.run("class A(Exception):\n    pass\nclass B:\n    pass").error)
    let code = """
      print(isinstance(a1, A), isinstance(a1, Old), A is Old, A == Old, isinstance(b1, B), isinstance(b1, OldB), type(b1) is B)
      try:
          raise Old()
      except A:
          print('caught by new A')
      except Old:
          print('caught by old A')
      print(issubclass(A, Old), Old, A, {A: 1, Old: 2}[Old])
      try:
          try:
              raise A()
          except Old:
              print('wrong')
      except A:
          print('new A escapes the old handler')
      """
    let result = session.run(code)
    XCTAssertNil(result.error)
    XCTAssertEqual(
      result.output,
      "False True False False False True False\ncaught by old A\n"
        + "False <class '__main__.A'> <class '__main__.A'> 2\nnew A escapes the old handler\n")
  }

  func testCopyRefusesWhatItCannotCopyClearly() {
    // CPython would say "cannot pickle 'generator' object"; Gradbook names what it can copy instead.
    let result = Session().run("import copy\ndef g():\n    yield 1\ncopy.deepcopy([g()])")
    XCTAssertEqual(
      result.error?.text,
      "TypeError: cannot deepcopy 'generator' object: Gradbook's copy module copies lists, dicts, sets, tuples, "
        + "instances of cell classes and objects with __deepcopy__")
  }

  func testHugeCombinatoricSizesEndCleanly() {
    // CPython answers these with OverflowError or MemoryError (or allocates for ever); none may crash Gradbook.
    let session = Session()
    for code in [
      "product([1], repeat=2**62)", "product(range(10**6), range(10**6), repeat=2**40)",
      "list(permutations([1, 2], 2**62))", "list(combinations_with_replacement([1], 2**62))",
      "list(combinations([1], 2**62))", "list(combinations_with_replacement([], 2**62))",
    ] {
      let result = session.run("from itertools import *\n" + code)
      if let error = result.error {
        XCTAssert(["OverflowError", "MemoryError"].contains(error.typeName), "\(code): \(error.text)")
      }
    }
    XCTAssertEqual(session.run("print('still here')").output, "still here\n")
  }

  func testNumpyStub() {
    let session = Session()
    XCTAssertNil(session.run("import numpy as np").error)
    XCTAssertEqual(
      session.run("np.array([1])").error?.text,
      "AttributeError: numpy is not available in Gradbook; use torch.tensor instead of numpy.array")
  }

  func testTorchIsAbsentWithoutBindings() {
    let result = Session(modules: ModuleRegistry.standard()).run("import torch")
    if result.error != nil {
      XCTAssertEqual(result.error?.text, "ModuleNotFoundError: No module named 'torch'")
    }
    let bare = Session(modules: ModuleRegistry()).run("import torch")
    XCTAssertEqual(bare.error?.text, "ModuleNotFoundError: No module named 'torch'")
  }

  func testRunsOnLargeStackFromSmallStackThread() {
    // A caller on a small-stack thread still gets the full recursion limit.
    let finished = expectation(description: "ran")
    nonisolated(unsafe) var output = ""
    let thread = Thread {
      output = Session().run("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nd(995)").output
      finished.fulfill()
    }
    thread.stackSize = 256 * 1024
    thread.start()
    wait(for: [finished], timeout: 60)
    XCTAssertEqual(output, "995\n")
  }
}
