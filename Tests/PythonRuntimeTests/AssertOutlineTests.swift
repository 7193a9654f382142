import PythonRuntime
import XCTest

/// Finding a check cell's top-level asserts without running it: lines, source text and whether a message is given.
final class AssertOutlineTests: XCTestCase {
  func testEachTopLevelAssertWithItsLinesAndMessage() throws {
    let code = """
      x = 1
      assert x == 1, "x must be 1"
      # a comment
      assert (x +
              1) == 2
      y = [1,
           2]
      assert y  # trailing comment

      """
    let asserts = try XCTUnwrap(AssertOutline.asserts(in: code))
    XCTAssertEqual(
      asserts,
      [
        TopLevelAssert(
          firstLine: 2, lastLine: 2, source: "assert x == 1, \"x must be 1\"", hasMessage: true,
          testSource: "assert x == 1"),
        TopLevelAssert(firstLine: 4, lastLine: 5, source: "assert (x +\n        1) == 2", hasMessage: false),
        TopLevelAssert(firstLine: 8, lastLine: 8, source: "assert y  # trailing comment", hasMessage: false),
      ])
  }

  func testAssertsInsideBlocksOrAfterASemicolonAreNotTopLevel() throws {
    let code = """
      for i in range(2):
          assert i < 2
      def f():
          assert False
      x = 1; assert x
      if x:
          pass
      assert f is not None, ("a, b", 1)

      """
    let asserts = try XCTUnwrap(AssertOutline.asserts(in: code))
    XCTAssertEqual(asserts.map(\.firstLine), [8])
    XCTAssertEqual(asserts.first?.hasMessage, true)
  }

  func testTheTestSourceStopsBeforeTheMessageAcrossLines() throws {
    let asserts = try XCTUnwrap(AssertOutline.asserts(in: "assert (1,\n        2) == t, (\n  'm')\n"))
    XCTAssertEqual(asserts.first?.testSource, "assert (1,\n        2) == t")
    XCTAssertEqual(asserts.first?.source, "assert (1,\n        2) == t, (\n  'm')")
  }

  func testCommasInsideBracketsAreNotAMessage() throws {
    let asserts = try XCTUnwrap(AssertOutline.asserts(in: "assert max(1, 2) == (2, 3)[0]\n"))
    XCTAssertEqual(asserts.first?.hasMessage, false)
  }

  func testInvalidCodeHasNoOutline() {
    XCTAssertNil(AssertOutline.asserts(in: "assert (x ==\n"))
    XCTAssertNil(AssertOutline.asserts(in: "assert x ==\n"))
  }

  func testACellWithoutAssertsHasAnEmptyOutline() {
    XCTAssertEqual(AssertOutline.asserts(in: "x = 1\nprint(x)\n"), [])
    XCTAssertEqual(AssertOutline.asserts(in: ""), [])
  }

  func testWideCharactersBeforeTheAssertDoNotShiftItsSource() throws {
    let asserts = try XCTUnwrap(AssertOutline.asserts(in: "한 = 1\nassert 한 == 1, '값은 1'\n"))
    XCTAssertEqual(asserts.first?.source, "assert 한 == 1, '값은 1'")
  }
}
