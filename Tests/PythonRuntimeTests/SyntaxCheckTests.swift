import XCTest

import PythonRuntime

/// SyntaxCheck reports what running the cell would report for its syntax, and nothing for code that parses.
final class SyntaxCheckTests: XCTestCase {
  func testErrorsArePositionedInTheLessonAsCPythonPositionsThem() {
    // CPython 3.11: `x = (` → SyntaxError '(' was never closed at 1:5; `if x:\npass` → IndentationError at 2:1.
    let unclosed = SyntaxCheck.error(in: "x = (\n", startLine: 7)
    XCTAssertEqual(unclosed?.text, "SyntaxError: '(' was never closed")
    XCTAssertEqual(unclosed.map { [$0.line, $0.column] }, [7, 5])
    let unindented = SyntaxCheck.error(in: "if x:\npass\n", startLine: 7)
    XCTAssertEqual(unindented?.typeName, "IndentationError")
    XCTAssertEqual(unindented.map { [$0.line, $0.column] }, [8, 1])
  }

  func testTheErrorIsTheOneARunReports() {
    for code in ["x = (\n", "if x:\npass\n", "def f(:\n", "f'{'\n"] {
      XCTAssertEqual(SyntaxCheck.error(in: code, startLine: 3), Session().run(code, startLine: 3).error, code)
    }
  }

  func testCodeThatParsesIsNotRun() {
    XCTAssertNil(SyntaxCheck.error(in: "1 / 0\nundefined_name\n"))
    let nested = String(repeating: "(", count: 90) + "1" + String(repeating: ")", count: 90) + "\n"
    XCTAssertNil(SyntaxCheck.error(in: nested), "deep but accepted nesting parses")
  }
}
