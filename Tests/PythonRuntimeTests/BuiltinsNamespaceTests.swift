import Foundation
import XCTest

@testable import PythonRuntime

/// The builtins namespace: every name declared once, every name one CPython 3.11 has
/// (`Data/builtin_names.txt`, written by `Data/generate_type_members.py`).
final class BuiltinsNamespaceTests: XCTestCase {
  func testNoBuiltinIsDeclaredTwice() {
    XCTAssertEqual(Builtins.namespace.duplicates, [])
  }

  func testEveryBuiltinIsACPythonBuiltin() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent("builtin_names.txt"))
    let cpython = Set(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init))
    XCTAssertGreaterThan(cpython.count, 150)
    let ours = Set(Builtins.namespace.values.keys)
    XCTAssertEqual(ours.subtracting(cpython), [], "names CPython's builtins do not have")
    XCTAssertTrue(
      ours.isSuperset(of: ["print", "len", "range", "int", "ValueError", "dir", "isinstance", "Ellipsis"]))
  }

  func testTypesAreTheirOwnConstructors() {
    let result = Session().run(
      "print(int('7'), float(2), bool([]), str(1.5), list('ab'), tuple(range(2)), set([1, 1]), dict(a=1))\n"
        + "print(range(3), slice(2), type(3), type(type), isinstance(True, int), issubclass(bool, int))")
    XCTAssertNil(result.error)
    XCTAssertEqual(
      result.output,
      "7 2.0 False 1.5 ['a', 'b'] (0, 1) {1} {'a': 1}\nrange(0, 3) slice(None, 2, None) <class 'int'> <class 'type'> True True\n"
    )
  }

  func testDirWithoutAnArgumentExplainsItIsUnavailable() throws {
    let error = try XCTUnwrap(Session().run("dir()").error)
    XCTAssertTrue(
      error.text.hasPrefix("RuntimeError: dir() without an argument is not available"), error.text)
    XCTAssertEqual(
      Session().run("dir(1, 2)").error?.text, "TypeError: dir expected at most 1 argument, got 2")
  }
}
