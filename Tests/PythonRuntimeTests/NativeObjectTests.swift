import Foundation
import PythonRuntime
import TestSupport
import XCTest

/// A small vector type exercising every NativeObject hook, as the torch bindings will.
private final class Vector: NativeObject {
  var values: [Double]
  var label: Value = .none

  init(_ values: [Double]) { self.values = values }

  /// `Vector`: its members (one table) and its constructor.
  static let type = TypeObject(
    name: "Vector",
    members: MemberTable([
      [
        Member.property(of: Vector.self, "size") { vector, _ in .int(vector.values.count) },
        Member.property(of: Vector.self, "label", get: { vector, _ in vector.label }) { vector, newValue, _ in
          vector.label = newValue
        },
        Member.property(of: Vector.self, "noisy") { _, context in
          context.warn("UserWarning", "noisy attribute read")
          return .bool(true)
        },
        Member.method(
          of: Vector.self,
          Signature(
            "scaled",
            [.init("factor", default: .float(2)), .init("shift", default: .float(0), keywordOnly: true)])
        ) { vector, bound, _ in
          let factor = try bound["factor"].asDouble()
          let shift = try bound["shift"].asDouble()
          return .native(Vector(vector.values.map { $0 * factor + shift }))
        },
        Member.method(of: Vector.self, Signature("total", [])) { vector, _, _ in
          .float(vector.values.reduce(0, +))
        },
      ]
    ])
  ) { _, arguments, _ in .native(Vector(try arguments.positional.map { try $0.asDouble() })) }

  var pythonType: TypeObject { Vector.type }

  func repr() -> String { "vec(" + values.map { String($0) }.joined(separator: ", ") + ")" }
  func str() -> String { "<" + values.map { String($0) }.joined(separator: " ") + ">" }

  private func operand(_ value: Value) throws -> [Double]? {
    switch value {
    case .native(let other as Vector): return other.values
    case .int, .float, .bool: return Array(repeating: try value.asDouble(), count: values.count)
    default: return nil
    }
  }

  func binaryOperation(_ op: BinaryOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    guard let rhs = try operand(other) else { return nil }
    guard rhs.count == values.count else { throw PythonError(.runtimeError, "size mismatch") }
    let (a, b) = reflected ? (rhs, values) : (values, rhs)
    switch op {
    case .add: return .native(Vector(zip(a, b).map { $0 + $1 }))
    case .subtract: return .native(Vector(zip(a, b).map { $0 - $1 }))
    case .multiply: return .native(Vector(zip(a, b).map { $0 * $1 }))
    case .matrixMultiply: return .float(zip(a, b).map { $0 * $1 }.reduce(0, +))
    default: return nil
    }
  }

  func inPlaceOperation(_ op: BinaryOperator, other: Value, context: NativeContext) throws -> Value? {
    guard op == .add, let rhs = try operand(other) else { return nil }
    values = zip(values, rhs).map { $0 + $1 }
    return .native(self)
  }

  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    guard let rhs = try operand(other) else { return nil }
    let flags = zip(values, rhs).map { op == .greater ? $0 > $1 : op == .less ? $0 < $1 : $0 == $1 }
    return .native(Vector(flags.map { $0 ? 1 : 0 }))
  }

  func unaryOperation(_ op: UnaryOperator, context: NativeContext) throws -> Value? {
    switch op {
    case .negate: return .native(Vector(values.map { -$0 }))
    case .absolute: return .native(Vector(values.map { abs($0) }))
    default: return nil
    }
  }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    switch index {
    case .int(let offset):
      guard offset >= 0, offset < values.count else {
        throw PythonError(.indexError, "index \(offset) is out of bounds")
      }
      return .float(values[offset])
    default:
      return .string("raw index: " + context.repr(index))
    }
  }

  func setItem(_ index: Value, value: Value, context: NativeContext) throws {
    let offset = try index.asInt()
    guard offset >= 0, offset < values.count else {
      throw PythonError(.indexError, "index \(offset) is out of bounds")
    }
    values[offset] = try value.asDouble()
  }

  func iterate(context: NativeContext) throws -> [Value]? { values.map { .float($0) } }
  func length(context: NativeContext) throws -> Int? { values.count }

  func truthValue(context: NativeContext) throws -> Bool {
    guard values.count == 1 else {
      throw PythonError(
        .runtimeError, "Boolean value of Vector with more than one value is ambiguous")
    }
    return values[0] != 0
  }

  func floatValue(context: NativeContext) throws -> Double? { values.count == 1 ? values[0] : nil }
  func intValue(context: NativeContext) throws -> Int? { values.count == 1 ? Int(values[0]) : nil }
  func round(ndigits: Int?, context: NativeContext) throws -> Value? {
    .string("rounded to \(ndigits.map(String.init) ?? "None")")
  }

  func format(spec: String, context: NativeContext) throws -> String? {
    guard values.count == 1 else { return nil }
    return try context.format(.float(values[0]), spec: spec)
  }
}

/// A context manager that records enter/exit and can swallow errors.
private final class Recorder: NativeObject {
  let log: ListObject
  let suppress: Bool
  init(log: ListObject, suppress: Bool) {
    self.log = log
    self.suppress = suppress
  }
  static let type = TypeObject(name: "Recorder")
  var pythonType: TypeObject { Recorder.type }
  func repr() -> String { "<Recorder>" }
  func enter(context: NativeContext) throws -> Value {
    log.elements.append(.string("enter"))
    return .string("entered")
  }
  func exit(error: PythonError?, context: NativeContext) throws -> Bool {
    log.elements.append(.string("exit " + (error?.typeName ?? "ok")))
    return suppress
  }
}

/// Counts live instances, to check that sessions do not leak learner objects.
private final class Tracker: NativeObject {
  nonisolated(unsafe) static var live = 0
  init() { Tracker.live += 1 }
  deinit { Tracker.live -= 1 }
  static let type = TypeObject(name: "Tracker")
  var pythonType: TypeObject { Tracker.type }
  func repr() -> String { "<Tracker>" }
}

final class NativeObjectTests: XCTestCase {
  func testClosuresAndSessionsDoNotLeak() {
    var registry = ModuleRegistry()
    registry.register("track") { _ in
      let module = ModuleObject(name: "track")
      module.define("tracker") { _, _ in .native(Tracker()) }
      return module
    }
    let before = Tracker.live
    do {
      let session = Session(modules: registry)
      let code =
        "import track\ndef f():\n    t = track.tracker()\n    def g():\n        return g, t\n    return 1\nfor i in range(50):\n    f()\n"
      XCTAssertNil(session.run(code).error)
      XCTAssertEqual(Tracker.live, before)
      XCTAssertNil(
        session.run(
          "def h():\n    return keep\nkeep = track.tracker()\nmade = [track.tracker() for i in range(3)]"
        ).error)
      XCTAssertEqual(Tracker.live, before + 4)
      XCTAssertEqual(
        session.run(
          "def k():\n    t = track.tracker()\n    def inner():\n        return t\n    return inner\nescaped = k()\nprint(escaped() is not None)"
        ).output, "True\n")
      XCTAssertEqual(Tracker.live, before + 5)
    }
    XCTAssertEqual(Tracker.live, before)
  }

  private func makeSession() -> Session {
    var registry = ModuleRegistry.standard()
    registry.register("vec") { _ in
      let module = ModuleObject(name: "vec")
      module.attributes["Vector"] = .type(Vector.type)
      module.define("of") { arguments, _ in
        let bound = try arguments.bind(Signature("of", [], variadicPositional: "values"))
        return .native(Vector(try bound.extraPositional.map { try $0.asDouble() }))
      }
      // Unchecked capture: the module is made per session, and its functions run on that session's
      // cell thread, so the log never leaves it.
      nonisolated(unsafe) let log = ListObject()
      module.attributes["log"] = .list(log)
      module.define("recorder") { arguments, _ in
        .native(
          Recorder(
            log: log,
            suppress: try arguments.bind(Signature("recorder", [.init("suppress", default: .bool(false))]))[
              "suppress"
            ].asBool()))
      }
      module.attributes["sub"] = .module(ModuleObject(name: "vec.sub", attributes: ["answer": .int(42)]))
      return module
    }
    return Session(modules: registry)
  }

  private func check(
    _ session: Session, _ code: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let result = session.run(code)
    assertTextEqual(ProgramTests.transcript(result), expected, code, file: file, line: line)
  }

  /// Runs each `(code, expected transcript)` in order in one session.
  private func check(
    _ session: Session, _ cases: KeyValuePairs<String, String>, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    for (code, expected) in cases { check(session, code, expected, file: file, line: line) }
  }

  func testTypeNameIsinstanceAndRepr() {
    let session = makeSession()
    check(
      session,
      "import vec\nv = vec.of(1, 2)\nprint(type(v).__name__, isinstance(v, vec.Vector), isinstance(3, vec.Vector), type(v))",
      "Vector True False <class 'Vector'>\n")
    check(
      session, "print(v, [v, (v,)], {'k': v}, str(v), repr(v))\n(v,)",
      "<1.0 2.0> [vec(1.0, 2.0), (vec(1.0, 2.0),)] {'k': vec(1.0, 2.0)} <1.0 2.0> vec(1.0, 2.0)\n(vec(1.0, 2.0),)\n"
    )
    check(session, "vec.Vector(3, 4)", "vec(3.0, 4.0)\n")
  }

  func testAttributesAndMethods() {
    let session = makeSession()
    check(
      session,
      "import vec\nv = vec.of(1, 2)\nv.label = 'w'\nprint(v.size, v.label)\nv.label = None\nprint(v.label)",
      "2 w\nNone\n")
    check(
      session,
      [
        "v.size = 3": "!! AttributeError: attribute 'size' of 'Vector' objects is not writable\n",
        "v.nothing": "!! AttributeError: 'Vector' object has no attribute 'nothing'\n",
        "v.other = 1": "!! AttributeError: 'Vector' object has no attribute 'other'\n",
        "print(v.scaled(), v.scaled(3), v.scaled(factor=0.5, shift=1), v.total())":
          "<2.0 4.0> <3.0 6.0> <1.5 2.0> 3.0\n",
        "m = v.scaled\nm(10)": "vec(10.0, 20.0)\n",
        "v.scaled(foo=1)": "!! TypeError: scaled() got an unexpected keyword argument 'foo'\n",
        "v.total(1)": "!! TypeError: total() takes 0 positional arguments but 1 was given\n",
        "print(hasattr(v, 'size'), hasattr(v, 'x'), getattr(v, 'size'))": "True False 2\n",
      ])
  }

  func testOperatorsIncludingReflectedAndInPlace() {
    let session = makeSession()
    check(
      session,
      "import vec\nv = vec.of(1, 2)\nu = vec.of(3, 4)\nprint(v + u, v * 2, 2 * v, 1 - v, v @ u, -v, abs(-v))",
      "<4.0 6.0> <2.0 4.0> <2.0 4.0> <0.0 -1.0> 11.0 <-1.0 -2.0> <1.0 2.0>\n")
    check(
      session,
      [
        "print(v > 1, 1 < v, v == u)": "<0.0 1.0> <0.0 1.0> <0.0 0.0>\n",
        "w = v\nv += 1\nprint(v, w, v is w)": "<2.0 3.0> <2.0 3.0> True\n",
        "w = v\nv *= 2\nprint(v, w, v is w)": "<4.0 6.0> <2.0 3.0> False\n",
        "v / 2": "!! TypeError: unsupported operand type(s) for /: 'Vector' and 'int'\n",
        "v + 'a'": "!! TypeError: unsupported operand type(s) for +: 'Vector' and 'str'\n",
        "v + vec.of(1)": "!! RuntimeError: size mismatch\n",
        "~v": "!! TypeError: bad operand type for unary ~: 'Vector'\n",
      ])
  }

  func testSubscriptsReceiveRawIndexObjects() {
    let session = makeSession()
    check(
      session,
      "import vec\nv = vec.of(1, 2, 3)\nprint(v[0], v[:, 1])\nprint(v[None])\nprint(v[..., ::2])\nprint(v[1:-1, None, 0])\nprint(v[v])",
      "1.0 raw index: (slice(None, None, None), 1)\nraw index: None\nraw index: (Ellipsis, slice(None, None, 2))\nraw index: (slice(1, -1, None), None, 0)\nraw index: vec(1.0, 2.0, 3.0)\n"
    )
    check(session, "v[1] = 9\nv[5]", "!! IndexError: index 5 is out of bounds\n")
    check(session, "v", "vec(1.0, 9.0, 3.0)\n")
  }

  func testIterationLengthTruthAndConversions() {
    let session = makeSession()
    check(
      session,
      "import vec\nv = vec.of(1, 2)\nfor e in v:\n    print(e)\nprint(len(v), list(v), sum(v), max(v), [x * 2 for x in v])\na, b = v\nprint(a, b)",
      "1.0\n2.0\n2 [1.0, 2.0] 3.0 2.0 [2.0, 4.0]\n1.0 2.0\n")
    check(
      session, "if v:\n    pass",
      "!! RuntimeError: Boolean value of Vector with more than one value is ambiguous\n")
    check(session, "a, b = vec.recorder()", "!! TypeError: cannot unpack non-iterable Recorder object\n")
    check(
      session,
      "s = vec.of(3)\nprint(bool(s), float(s), int(s), round(s), round(s, 2), f'{s:.2f}', not s, s and 'yes')",
      "True 3.0 3 rounded to None rounded to 2 3.00 False yes\n")
    check(
      session, "float(v)", "!! TypeError: float() argument must be a string or a real number, not 'Vector'\n")
    check(session, "f'{v:.2f}'", "!! TypeError: unsupported format string passed to Vector.__format__\n")
    check(session, "print(f'{v}', f'{v!r}', '{}'.format(v))", "<1.0 2.0> vec(1.0, 2.0) <1.0 2.0>\n")
  }

  func testContextManagers() {
    let session = makeSession()
    check(
      session, "import vec\nwith vec.recorder() as r:\n    print(r)\nprint(vec.log)",
      "entered\n['enter', 'exit ok']\n")
    check(session, "with vec.recorder():\n    1 / 0", "!! ZeroDivisionError: division by zero\n")
    check(
      session, "print(vec.log[-1])\nwith vec.recorder(True):\n    1 / 0\nprint('suppressed', vec.log[-1])",
      "exit ZeroDivisionError\nsuppressed exit ZeroDivisionError\n")
    check(
      session,
      "for i in range(3):\n    with vec.recorder():\n        if i == 1:\n            break\nprint(vec.log[-2:])",
      "['enter', 'exit ok']\n")
    check(
      session, "def f():\n    with vec.recorder():\n        return 5\nprint(f(), vec.log[-1])", "5 exit ok\n")
    check(
      session, "with vec.of(1):\n    pass",
      "!! TypeError: 'Vector' object does not support the context manager protocol\n")
  }

  func testWarningsAreCollectedOncePerLine() {
    let session = makeSession()
    let result = session.run("import vec\nv = vec.of(1)\nfor i in range(3):\n    v.noisy\nv.noisy\n")
    XCTAssertEqual(
      result.warnings, ["UserWarning: noisy attribute read", "UserWarning: noisy attribute read"])
    XCTAssertEqual(session.run("v.noisy").warnings, ["UserWarning: noisy attribute read"])
  }

  func testModuleImportsAndSubmodules() {
    let session = makeSession()
    check(
      session,
      "from vec import of, sub\nimport vec.sub as s\nimport vec.sub\nprint(of(1), sub.answer, s.answer, vec.sub.answer)",
      "<1.0> 42 42 42\n")
    check(
      session, "from vec import missing",
      "!! ImportError: cannot import name 'missing' from 'vec' (unknown location)\n")
    check(session, "import vec.nothing", "!! ModuleNotFoundError: No module named 'vec.nothing'\n")
    check(session, "vec.nothing", "!! AttributeError: module 'vec' has no attribute 'nothing'\n")
  }

  func testArgumentBindingMessages() {
    let signature = Signature("ones", ["size", .init("dtype", default: .none, keywordOnly: true)])
    XCTAssertThrowsError(try Arguments([], keywords: [("foo", .int(1))]).bind(signature)) { error in
      XCTAssertEqual((error as? PythonError)?.message, "ones() got an unexpected keyword argument 'foo'")
    }
    XCTAssertThrowsError(try Arguments([]).bind(signature)) { error in
      XCTAssertEqual(
        (error as? PythonError)?.message, "ones() missing 1 required positional argument: 'size'")
    }
    XCTAssertThrowsError(try Arguments([.int(1), .int(2)]).bind(signature)) { error in
      XCTAssertEqual((error as? PythonError)?.message, "ones() takes 1 positional argument but 2 were given")
    }
    let bound = try? Arguments([.int(3)]).bind(signature)
    XCTAssertEqual(bound?["dtype"].isNone, true)
    XCTAssertEqual(try Value.shape(from: [.int(2), .int(3)]), [2, 3])
    XCTAssertEqual(try Value.shape(from: [.tuple([.int(4), .int(5)])]), [4, 5])
    XCTAssertThrowsError(try Value.float(1.5).asInt()) { error in
      XCTAssertEqual((error as? PythonError)?.message, "'float' object cannot be interpreted as an integer")
    }
  }
}
