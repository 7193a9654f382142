import Foundation
import PythonRuntime
import TorchBindings
import TestSupport
import XCTest

/// Learner input must never crash or hang: every corpus cell and thousands of mutated programs end
/// in a result or a clean, positioned error within a small budget.
final class RobustnessTests: XCTestCase {
  /// A deterministic generator (SplitMix64) so failures reproduce.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static var smallLimits: Limits {
    var limits = Limits()
    limits.steps = 20_000
    limits.outputCharacters = 20_000
    limits.containerElements = 200_000
    return limits
  }

  private func assertClean(
    _ result: CellResult, _ code: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    guard let error = result.error else { return }
    XCTAssertFalse(error.typeName.isEmpty, code, file: file, line: line)
    XCTAssertNotEqual(error.typeName, "SystemError", "\(code)\n\(error.text)", file: file, line: line)
    XCTAssertGreaterThanOrEqual(error.line, 1, code, file: file, line: line)
    XCTAssertGreaterThanOrEqual(error.column, 1, code, file: file, line: line)
  }

  private func seedPrograms() throws -> [String] {
    var programs = try ConformanceCorpus.load().sessions.flatMap { $0.cells.map(\.code) }
    // The language's CPython programs (PythonRuntimeTests' data) seed the mutations too.
    let folder = URL(fileURLWithPath: RepositoryPaths.root + "/Tests/PythonRuntimeTests/Data/programs")
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where file.hasSuffix(".py") {
      programs.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
    }
    return programs
  }

  func testEveryCorpusCellEndsCleanly() throws {
    var count = 0
    for corpusSession in try ConformanceCorpus.load().sessions {
      let session = Session.withTorch(limits: Self.smallLimits)
      for cell in corpusSession.cells {
        assertClean(session.run(cell.code), cell.code)
        count += 1
      }
    }
    XCTAssertGreaterThanOrEqual(count, 200)
  }

  private static let fragments = [
    "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "+", "-", "*", "**", "/", "//", "%", "@", "'", "\"",
    "\"\"\"",
    "#", "\\", "\n", " ", "    ", "\t", "if ", "else", "for ", " in ", "while ", "def ", "lambda ", "return ",
    "not ", " and ", " or ", "None", "True", "0", "1", "1e309", "-1", "x", "f(", "[0] * 10 ** 9", "f'{", "}",
    "!r",
    "yield", "class ", "try:", "except", "finally:", "raise", "with ", "import ", "from ", "global x",
    "nonlocal x",
  ]

  private func mutate(_ program: String, _ random: inout SeededGenerator) -> String {
    var scalars = Array(program.unicodeScalars)
    let edits = Int.random(in: 1...4, using: &random)
    for _ in 0..<edits {
      let position = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &random)
      switch Int.random(in: 0..<6, using: &random) {
      case 0 where !scalars.isEmpty:
        let length = min(Int.random(in: 1...6, using: &random), scalars.count - position)
        scalars.removeSubrange(position..<(position + length))
      case 1 where !scalars.isEmpty:
        let length = min(Int.random(in: 1...12, using: &random), scalars.count - position)
        scalars.insert(contentsOf: scalars[position..<(position + length)], at: position)
      case 2 where scalars.count > 2:
        let other = Int.random(in: 0..<scalars.count, using: &random)
        scalars.swapAt(position, other)
      case 3:
        let fragment = Self.fragments[Int.random(in: 0..<Self.fragments.count, using: &random)]
        scalars.insert(contentsOf: fragment.unicodeScalars, at: position)
      case 4:
        scalars = Array(scalars.prefix(position))
      default:
        // Swap two whitespace-separated tokens.
        var tokens = String(String.UnicodeScalarView(scalars)).split(
          separator: " ", omittingEmptySubsequences: false
        ).map(String.init)
        if tokens.count > 2 {
          tokens.swapAt(
            Int.random(in: 0..<tokens.count, using: &random), Int.random(in: 0..<tokens.count, using: &random)
          )
        }
        scalars = Array(tokens.joined(separator: " ").unicodeScalars)
      }
    }
    return String(String.UnicodeScalarView(scalars))
  }

  func testThousandsOfMutatedProgramsEndCleanly() throws {
    let seeds = try seedPrograms()
    XCTAssertGreaterThan(seeds.count, 100)
    var random = SeededGenerator(state: 0x5EED_0F_6AD)
    let session = Session.withTorch(limits: Self.smallLimits)
    var runs = 0
    var errors = 0
    while runs < 4_000 {
      let seed = seeds[Int.random(in: 0..<seeds.count, using: &random)]
      let code = mutate(seed, &random)
      let result = session.run(code, startLine: 1 + runs % 7)
      assertClean(result, code)
      if result.error != nil { errors += 1 }
      runs += 1
    }
    // Most mutants are broken; the point is that every one ended, cleanly.
    XCTAssertGreaterThan(errors, runs / 4)
  }

  func testRandomByteSoupEndsCleanly() {
    var random = SeededGenerator(state: 42)
    let session = Session.withTorch(limits: Self.smallLimits)
    let alphabet = Array("abcxyz019 _()[]{}:;,.=+-*/%@<>!~&|^'\"#\\\n\t é한\u{0}")
    for _ in 0..<1_500 {
      let length = Int.random(in: 0..<80, using: &random)
      let code = String(
        (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
      assertClean(session.run(code), code)
    }
  }

  func testPathologicalPrograms() {
    let session = Session.withTorch(limits: Self.smallLimits)
    let cases: [(String, String)] = [
      ("while True: pass", "TimeoutError"),
      ("def f(): return f()\nf()", "RecursionError"),
      ("print('x' * 10**9)", "MemoryError"),
      ("[0] * 10**10", "MemoryError"),
      ("x = 2 ** 10 ** 10", "OverflowError"),
      ("while True: print('spam' * 100)", "RuntimeError"),
      ("a = [1]\nwhile True: a = a + a", "MemoryError"),
      ("d = {}\nwhile True: d[len(d)] = 1", "TimeoutError"),
      ("s = set()\nfor i in range(10**12): s.add(i)", "TimeoutError"),
      (String(repeating: "(", count: 10_000), "SyntaxError"),
      (String(repeating: "not ", count: 5_000) + "1", "SyntaxError"),
      ("x = " + String(repeating: "1 + ", count: 20_000) + "1", "RecursionError"),
      (
        "f'{" + String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500) + "}'",
        "SyntaxError"
      ),
      ("f'" + String(repeating: "{", count: 501) + "'", "SyntaxError"),
      ("sorted(range(150000), key=lambda v: -v)", "TimeoutError"),
      ("sorted(range(10**7))", "MemoryError"),
      ("'%s' * 10**8 % ()", "MemoryError"),
      ("max(range(10**15))", "MemoryError"),
    ]
    for (code, expected) in cases {
      let result = session.run(code)
      XCTAssertEqual(result.error?.typeName, expected, String(code.prefix(80)))
    }
    XCTAssertEqual(session.run("1 + 1").output, "2\n")
  }

  /// Linear-time operations inside loops are charged by size, so quadratic programs hit the step
  /// budget instead of running for hours; deletion from dicts stays cheap.
  func testQuadraticWorkIsBudgeted() {
    var limits = Limits()
    limits.steps = 2_000_000
    let session = Session.withTorch(limits: limits)
    let cases: [(String, String?)] = [
      ("d = {i: i for i in range(50000)}\nfor k in list(d):\n    del d[k]\nprint(len(d))", nil),
      ("s = set(range(50000))\nfor k in range(50000):\n    s.discard(k)\nprint(len(s))", nil),
      ("s = 'x' * 1000000\nfor i in range(1000000):\n    s[i]", "TimeoutError"),
      ("L = list(range(10**6))\nfor i in range(10**6):\n    set(L)", "TimeoutError"),
      ("L = [0] * 10**6\nfor i in range(10**6):\n    any(L)", "TimeoutError"),
      ("L = [0] * 10**6\nfor i in range(10**6):\n    5 in L", "TimeoutError"),
      ("t = 'ab' * 500000\nfor i in range(10**6):\n    t.count('a')", "TimeoutError"),
      ("L = [0] * 10**6\nwhile L:\n    L.pop(0)", "TimeoutError"),
    ]
    for (code, expected) in cases {
      let result = session.run(code)
      XCTAssertEqual(result.error?.typeName, expected, code)
    }
    XCTAssertEqual(session.run("len(d), len(s)").output, "(0, 1000000)\n")
  }
}
