import Foundation
import PythonRuntime
import XCTest

/// `dir()`, `hasattr` and AttributeError texts of the built-in types against CPython 3.11
/// (`Data/type_members.json`, written by `Data/generate_type_members.py`), and the member tables'
/// integrity.
final class TypeMemberTests: XCTestCase {
  private struct Sample: Decodable {
    let label: String
    let setup: String
    let expression: String
    let dir: [String]
    let missing: String?
  }

  /// CPython's public names Gradbook does not provide, per sample: a new method makes this test fail
  /// until it is removed here, and so does a lost one.
  private static let knownAbsent: [String: Set<String>] = [
    "str": ["encode", "expandtabs", "format_map", "isprintable", "maketrans", "translate"],
    "dict": ["fromkeys"],
    "int": ["from_bytes", "to_bytes"],
    "bool": ["from_bytes", "to_bytes"],
    "float": ["fromhex", "hex"],
    "slice": ["indices"],
    "exception": ["add_note", "with_traceback"],
    // A class lists its methods; its data attributes are reached on instances.
    "class int": ["denominator", "from_bytes", "imag", "numerator", "real", "to_bytes"],
    "class str": ["encode", "expandtabs", "format_map", "isprintable", "maketrans", "translate"],
    "module math": [
      "cbrt", "dist", "exp2", "frexp", "isqrt", "lcm", "ldexp", "modf", "nextafter", "perm", "remainder",
      "ulp",
    ],
  ]

  private func samples() throws -> [Sample] {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent("type_members.json"))
    return try JSONDecoder().decode([Sample].self, from: Data(contentsOf: url))
  }

  /// `dir(expression)` as Gradbook lists it, one name per line.
  private func gradbookDir(_ sample: Sample) throws -> [String] {
    let session = Session()
    if !sample.setup.isEmpty { XCTAssertNil(session.run(sample.setup).error, sample.label) }
    let result = session.run("for name in dir(\(sample.expression)):\n    print(name)")
    if let error = result.error { XCTFail("\(sample.label): \(error.text)") }
    return result.output.split(separator: "\n").map(String.init)
  }

  func testDirListsCPythonNamesInCPythonsOrder() throws {
    for sample in try samples() {
      let listed = try gradbookDir(sample)
      XCTAssertEqual(
        listed, sample.dir.filter(listed.contains), "\(sample.label): not CPython's names or order")
      let publicNames = Set(sample.dir.filter { !$0.hasPrefix("_") })
      XCTAssertEqual(
        publicNames.subtracting(listed), Self.knownAbsent[sample.label] ?? [], "\(sample.label): absent names"
      )
    }
  }

  func testHasattrAgreesWithDirForEveryCPythonName() throws {
    for sample in try samples() {
      let listed = try gradbookDir(sample)
      let session = Session()
      _ = session.run(sample.setup)
      let names = sample.dir.map { "'\($0)'" }.joined(separator: ", ")
      let result = session.run(
        "x = \(sample.expression)\nfor name in [\(names)]:\n    if hasattr(x, name):\n        print(name)")
      XCTAssertNil(result.error, sample.label)
      XCTAssertEqual(result.output.split(separator: "\n").map(String.init), listed, sample.label)
    }
  }

  func testMissingAttributeErrorsAreCPythons() throws {
    for sample in try samples() {
      guard let expected = sample.missing else { continue }
      let session = Session()
      _ = session.run(sample.setup)
      let error = try XCTUnwrap(session.run("(\(sample.expression)).no_such_attribute").error, sample.label)
      XCTAssertEqual(error.text, "AttributeError: \(expected)", sample.label)
    }
  }

  func testNoTypeDeclaresANameTwice() {
    let types: [TypeObject] = [
      .int, .bool, .float, .str, .list, .tuple, .range, .dict, .set, .slice, .noneType, .ellipsis, .type,
      .function,
      .builtinFunction, .module, PythonError.Kind.baseException.type,
    ]
    for type in types {
      XCTAssertEqual(type.members.duplicates, [], "\(type.name) declares these names more than once")
    }
  }

  func testAMemberTableRecordsNamesDeclaredTwice() {
    let first = Member.property("a") { _, _ in .int(1) }
    let second = Member.property("a") { _, _ in .int(2) }
    let table = MemberTable([[first], [second, Member.property("b") { _, _ in .none }]])
    XCTAssertEqual(table.duplicates, ["a"])
    XCTAssertEqual(table.names, ["a", "b"])
  }

  func testMethodsAreReachedThroughTheirClassWithCPythonsErrors() {
    let session = Session()
    XCTAssertEqual(
      session.run("print(str.upper('ab'), int.bit_length(True), list.count([1, 1], 1))").output, "AB 1 2\n")
    XCTAssertEqual(
      session.run("str.upper(5)").error?.text,
      "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object")
    XCTAssertEqual(
      session.run("str.upper()").error?.text, "TypeError: unbound method str.upper() needs an argument")
  }

  func testWritingAttributesOfBuiltinValuesFailsAsInCPython() {
    let session = Session()
    XCTAssertEqual(
      session.run("(1).real = 2").error?.text,
      "AttributeError: attribute 'real' of 'int' objects is not writable")
    XCTAssertEqual(
      session.run("'a'.upper = 1").error?.text, "AttributeError: 'str' object attribute 'upper' is read-only")
    XCTAssertEqual(
      session.run("[].x = 1").error?.text, "AttributeError: 'list' object has no attribute 'x'")
  }
}
