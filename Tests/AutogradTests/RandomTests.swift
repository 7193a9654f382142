import Autograd
import Foundation
import TestSupport
import XCTest

/// The CPU generator against real PyTorch 2.15: the test vectors (`Tests/Fixtures/reference`), the facts
/// sheet's examples, and Data/random_cases.json (made by Data/random_cases.py). Values are compared as bit
/// patterns.
final class RandomTests: EngineTestCase {
  // MARK: - Bit-pattern helpers

  static func float32Bits(_ values: [Double]) -> [String] {
    values.map { value in
      let single = Float(value)
      // A float32 draw must be an exact Float; mark anything else so the comparison fails visibly.
      guard Double(single) == value || value.isNaN else { return "not-a-float32(\(value))" }
      return hex(UInt64(single.bitPattern), digits: 8)
    }
  }

  static func float64Bits(_ values: [Double]) -> [String] {
    values.map { hex($0.bitPattern, digits: 16) }
  }

  static func hex(_ value: UInt64, digits: Int) -> String {
    let text = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  static func bits(_ values: [Double], _ dtype: DType) -> [String] {
    dtype == .float64 ? float64Bits(values) : float32Bits(values)
  }

  /// FNV-1a 64 over the little-endian bytes of each value (4 bytes per float32, 8 otherwise).
  static func fnv1a(_ words: [UInt64], bytesPerWord: Int) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for word in words {
      for byteIndex in 0..<bytesPerWord {
        hash = (hash ^ ((word >> (8 * UInt64(byteIndex))) & 0xff)) &* 0x100_0000_01b3
      }
    }
    return hex(hash, digits: 16)
  }

  // MARK: - Engine

  func testMersenneTwisterFirstOutputsMatchVectors() throws {
    let vectors = try RNGTestVectors.load()
    let generator = Generator(seed: 0)
    XCTAssertEqual((0..<8).map { _ in generator.nextUInt32() }, vectors.mt19937Seed0First8U32)
    generator.manualSeed(42)
    XCTAssertEqual((0..<4).map { _ in generator.nextUInt32() }, vectors.mt19937Seed42First4U32)
  }

  func testSeedsAgreeingInLow32BitsGiveTheSameStream() {
    let wide = Generator(seed: (1 << 32) + 5)
    let narrow = Generator(seed: 5)
    XCTAssertEqual(
      wide.uniform(count: 3, dtype: .float32, low: 0, high: 1),
      narrow.uniform(count: 3, dtype: .float32, low: 0, high: 1))
    XCTAssertEqual(wide.initialSeed, (1 << 32) + 5)
    XCTAssertEqual(Generator.seed(fromPythonInteger: -1), 18_446_744_073_709_551_615)
    XCTAssertEqual(Generator().initialSeed, 67_280_421_310_721)
  }

  // MARK: - Test vectors (Tests/Fixtures/reference/rng_test_vectors.json)

  /// Parses `randn(2,2)`, `rand(3)`, `randint(0,10,(5,))` into a name and integer arguments.
  static func parseCall(_ text: String) -> (name: String, numbers: [Int])? {
    guard let open = text.firstIndex(of: "(") else { return nil }
    let name = String(text[..<open])
    let numbers = text[open...].split(whereSeparator: { !"-0123456789".contains($0) }).compactMap { Int($0) }
    return (name, numbers)
  }

  func testSequenceAfterSeedZeroMatchesVectors() throws {
    let vectors = try RNGTestVectors.load()
    XCTAssertEqual(vectors.sequenceAfterManualSeed0.count, 8)
    let generator = Generator()
    generator.manualSeed(0)
    for call in vectors.sequenceAfterManualSeed0 {
      let parsed = try XCTUnwrap(Self.parseCall(call.call), call.call)
      switch parsed.name {
      case "randn", "rand":
        let shape = parsed.numbers
        let count = shape.reduce(1, *)
        let values =
          parsed.name == "randn"
          ? generator.normal(count: count, dtype: .float32, mean: 0, std: 1)
          : generator.uniform(count: count, dtype: .float32, low: 0, high: 1)
        XCTAssertEqual(Self.float32Bits(values), call.f32Bits ?? [], call.call)
        XCTAssertEqual(values, call.values, call.call)
        if let repr = call.repr {
          let description = TensorDescription(shape: shape, dtype: .float32, values: .floating(values))
          assertTextEqual(TensorPrinter.repr(description), repr, call.call)
        }
      case "randint":
        XCTAssertEqual(parsed.numbers.count, 3, call.call)
        let values = generator.randint(
          count: parsed.numbers[2], low: Int64(parsed.numbers[0]), high: Int64(parsed.numbers[1]))
        XCTAssertEqual(values.map(Double.init), call.values, call.call)
      default:
        XCTFail("unexpected call \(call.call)")
      }
    }
  }

  // MARK: - Facts sheet (section 4) examples

  func testFactsSheetSingleCallsAfterSeedZero() {
    let generator = Generator()
    func fresh() -> Generator { generator.manualSeed(0); return generator }
    XCTAssertEqual(
      fresh().normal(count: 5, dtype: .float32, mean: 0, std: 1),
      [1.5409960746765137, -0.293428897857666, -2.1787893772125244, 0.5684312582015991, -1.0845223665237427])
    XCTAssertEqual(
      fresh().normal(count: 16, dtype: .float32, mean: 0, std: 1),
      [
        -1.1258398294448853, -1.152360200881958, -0.2505785822868347, -0.4338788092136383, 0.8487103581428528,
        0.6920091509819031, -0.31601276993751526, -2.1152193546295166, 0.32227492332458496,
        -1.2633347511291504,
        0.34998318552970886, 0.30813392996788025, 0.11984150856733322, 1.237657904624939, 1.1167771816253662,
        -0.2472781538963318,
      ])
    XCTAssertEqual(
      fresh().normal(count: 17, dtype: .float32, mean: 0, std: 1),
      [
        -1.1258398294448853, -1.6959311962127686, 0.5666506290435791, 0.7935083508491516, 0.5988394618034363,
        -1.5550950765609741, -0.3413603901863098, 1.85300612449646, 0.46809640526771545, -0.5854975581169128,
        -0.1733967512845993, 0.18347793817520142, 1.3893661499023438, 1.586334228515625, 0.946298360824585,
        -0.843676745891571, 0.9318265914916992,
      ])
    XCTAssertEqual(
      fresh().uniform(count: 3, dtype: .float32, low: 0, high: 1),
      [0.49625658988952637, 0.7682217955589294, 0.08847743272781372])
    XCTAssertEqual(fresh().randint(count: 5, low: 0, high: 10), [4, 9, 3, 0, 3])
    XCTAssertEqual(
      fresh().normal(count: 3, dtype: .float64, mean: 0, std: 1),
      [1.5409961082440433, -0.2934289057609464, -2.1787893820745574])
    XCTAssertEqual(
      Array(fresh().normal(count: 16, dtype: .float64, mean: 0, std: 1).prefix(4)),
      [-2.310411800234176, -0.3732508612577643, -1.0608166785462863, 0.9995093547811761])
    XCTAssertEqual(fresh().randint(count: 1, low: 0, high: 1 << 31), [398_764_591])
    generator.manualSeed(1)
    XCTAssertEqual(generator.randint(count: 6, low: -5, high: 5), [0, 4, -1, 3, -2, -2])
  }

  func testFactsSheetUniformSequence() {
    let generator = Generator(seed: 0)
    let first = generator.uniform(count: 3, dtype: .float32, low: 0, high: 1)
    XCTAssertEqual(
      TensorPrinter.repr(TensorDescription(shape: [3], dtype: .float32, values: .floating(first))),
      "tensor([0.4963, 0.7682, 0.0885])")
    XCTAssertEqual(
      generator.uniform(count: 3, dtype: .float32, low: 0, high: 1),
      [0.13203048706054688, 0.30742281675338745, 0.6340786814689636])
    XCTAssertEqual(
      generator.uniform(count: 2, dtype: .float64, low: 0, high: 1), [0.9207476841219603, 0.6450241201227648])
  }

  func testSpareNormalCarriesAcrossCallsAndIsClearedBySeeding() {
    let generator = Generator(seed: 7)
    let single = generator.normal(count: 1, dtype: .float32, mean: 0, std: 1)
    generator.manualSeed(7)
    let pair = generator.normal(count: 2, dtype: .float32, mean: 0, std: 1)
    XCTAssertEqual(single[0], pair[0])
    generator.manualSeed(7)
    _ = generator.normal(count: 1, dtype: .float32, mean: 0, std: 1)
    _ = generator.normal(count: 16, dtype: .float32, mean: 0, std: 1)  // blocked path: spare untouched
    _ = generator.uniform(count: 2, dtype: .float32, low: 0, high: 1)
    XCTAssertEqual(generator.normal(count: 1, dtype: .float32, mean: 0, std: 1), [pair[1]])
    generator.manualSeed(3)
    let first = generator.normal(count: 1, dtype: .float32, mean: 0, std: 1)
    generator.manualSeed(3)
    XCTAssertEqual(generator.normal(count: 1, dtype: .float32, mean: 0, std: 1), first)
  }

  func testEmptyAndInvalidRequestsDrawNothing() {
    let generator = Generator(seed: 9)
    XCTAssertEqual(generator.randint(count: 3, low: 5, high: 5), [])
    XCTAssertEqual(generator.uniform(count: -1, dtype: .float32, low: 0, high: 1), [])
    XCTAssertEqual(generator.normal(count: 0, dtype: .float64, mean: 0, std: 1), [])
    XCTAssertEqual(
      Generator.randintRangeError(low: 5, high: 3),
      "random_ expects 'from' to be less than 'to', but got from=5 >= to=3")
    XCTAssertNil(Generator.randintRangeError(low: -1, high: 0))
    XCTAssertEqual(generator.nextUInt32(), Generator(seed: 9).nextUInt32())
  }

  /// Messages as the installed torch printed them (RuntimeError text).
  func testArgumentErrorMessages() {
    XCTAssertEqual(Generator.normalStdError(std: -1), "normal expects std >= 0.0, but found std -1")
    XCTAssertEqual(
      Generator.normalStdError(std: -0.123456789), "normal expects std >= 0.0, but found std -0.123457")
    XCTAssertEqual(Generator.normalStdError(std: -1e-7), "normal expects std >= 0.0, but found std -1e-07")
    XCTAssertEqual(Generator.normalStdError(std: .nan), "normal expects std >= 0.0, but found std nan")
    XCTAssertNil(Generator.normalStdError(std: 0))
    XCTAssertNil(Generator.normalStdError(std: .infinity))
    XCTAssertEqual(
      Generator.uniformRangeError(low: 2, high: 1, dtype: .float32),
      "uniform_ expects to return a [from, to) range, but found from=2 > to=1")
    XCTAssertEqual(
      Generator.uniformRangeError(low: 3.5, high: 1e-7, dtype: .float32),
      "uniform_ expects to return a [from, to) range, but found from=3.5 > to=1e-07")
    XCTAssertEqual(
      Generator.uniformRangeError(low: -3e38, high: 3e38, dtype: .float32),
      "uniform_ expects to-from <= std::numeric_limits<Float>::max(), but found to=3e+38 and from=-3e+38 "
        + "which result in to-from to exceed the limit")
    XCTAssertEqual(
      Generator.uniformRangeError(low: -1e308, high: 1e308, dtype: .float64),
      "uniform_ expects to-from <= std::numeric_limits<Double>::max(), but found to=1e+308 and from=-1e+308 "
        + "which result in to-from to exceed the limit")
    XCTAssertEqual(
      Generator.uniformRangeError(low: -1e39, high: 1e39, dtype: .float32), "from is out of bounds for float")
    XCTAssertEqual(
      Generator.uniformRangeError(low: .nan, high: 1, dtype: .float32), "from is out of bounds for float")
    XCTAssertEqual(
      Generator.uniformRangeError(low: 0, high: 1e300, dtype: .float32), "to is out of bounds for float")
    XCTAssertEqual(
      Generator.uniformRangeError(low: 0, high: .infinity, dtype: .float32), "to is out of bounds for float")
    XCTAssertEqual(
      Generator.uniformRangeError(low: 0, high: .infinity, dtype: .float64), "to is out of bounds for double")
    XCTAssertEqual(
      Generator.uniformRangeError(low: -.infinity, high: 0, dtype: .float64),
      "from is out of bounds for double")
    XCTAssertNil(Generator.uniformRangeError(low: 1, high: 1, dtype: .float32))
    XCTAssertNil(Generator.uniformRangeError(low: 1e-50, high: 1e-40, dtype: .float32))
    XCTAssertNil(Generator.uniformRangeError(low: 0, high: 1e300, dtype: .float64))
  }

  // MARK: - Generated scenarios (random_cases.json)

  struct Scenario: Decodable {
    struct Call: Decodable {
      let op: String
      let shape: [Int]
      let dtype: String
      let count: Int
      let low: Bound?
      let high: Bound?
      let mean: Double?
      let std: Double?
      let values: [String]?
      let hash: String?
      let head: [String]?
      let tail: [String]?
    }
    let name: String
    let seed: String
    let initial_seed: String
    let calls: [Call]
  }

  /// A bound: a JSON number for uniform_, a decimal string for randint.
  enum Bound: Decodable {
    case real(Double)
    case integer(String)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let text = try? container.decode(String.self) {
        self = .integer(text)
      } else {
        self = .real(try container.decode(Double.self))
      }
    }

    var real: Double? { if case .real(let value) = self { return value } else { return nil } }
    var integer: Int64? { if case .integer(let text) = self { return Int64(text) } else { return nil } }
  }

  struct ScenarioFile: Decodable {
    let scenarios: [Scenario]
  }

  static func loadScenarios() throws -> [Scenario] {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Data/random_cases", withExtension: "json"))
    return try JSONDecoder().decode(ScenarioFile.self, from: Data(contentsOf: url)).scenarios
  }

  /// Python's seed argument to what `manualSeed` takes.
  static func seed(_ text: String) -> UInt64? {
    if text.hasPrefix("-") { return Int64(text).map(Generator.seed(fromPythonInteger:)) }
    return UInt64(text)
  }

  func testGeneratedScenariosMatchTorchBitForBit() throws {
    let scenarios = try Self.loadScenarios()
    XCTAssertGreaterThan(scenarios.count, 30)
    var checkedCalls = 0
    var mismatches = 0
    for scenario in scenarios {
      let generator = Generator()
      generator.manualSeed(try XCTUnwrap(Self.seed(scenario.seed), scenario.seed))
      XCTAssertEqual(String(generator.initialSeed), scenario.initial_seed, scenario.name)
      for (index, call) in scenario.calls.enumerated() {
        let label = "\(scenario.name) call \(index) \(call.op)\(call.shape) \(call.dtype)"
        let actual = try Self.run(call, on: generator)
        XCTAssertEqual(actual.count, call.count, label)
        var matched = true
        if let expected = call.values {
          matched = actual == expected
        } else {
          let words =
            call.op == "randint"
            ? actual.compactMap { Int64($0).map { UInt64(bitPattern: $0) } }
            : actual.compactMap { UInt64($0.dropFirst(2), radix: 16) }
          let hash = Self.fnv1a(words, bytesPerWord: call.dtype == "float32" ? 4 : 8)
          let headAndTail =
            Array(actual.prefix(4)) == (call.head ?? []) && Array(actual.suffix(4)) == (call.tail ?? [])
          matched = hash == call.hash && headAndTail
        }
        if !matched {
          mismatches += 1
          if mismatches <= 5 { XCTFail("\(label): values differ from torch") }
        }
        checkedCalls += 1
      }
    }
    XCTAssertEqual(mismatches, 0, "\(mismatches) of \(checkedCalls) calls differ")
    XCTAssertGreaterThan(checkedCalls, 400)
  }

  /// Runs one stored call and renders the result as the file does (bit patterns or decimal ints).
  static func run(_ call: Scenario.Call, on generator: Generator) throws -> [String] {
    let dtype = try XCTUnwrap(DType(rawValue: call.dtype))
    let count = call.shape.reduce(1, *)
    switch call.op {
    case "rand":
      return bits(generator.uniform(count: count, dtype: dtype, low: 0, high: 1), dtype)
    case "randn":
      return bits(generator.normal(count: count, dtype: dtype, mean: 0, std: 1), dtype)
    case "uniform_":
      let low = try XCTUnwrap(call.low?.real)
      let high = try XCTUnwrap(call.high?.real)
      return bits(generator.uniform(count: count, dtype: dtype, low: low, high: high), dtype)
    case "normal_", "normal_transposed":
      let mean = try XCTUnwrap(call.mean)
      let std = try XCTUnwrap(call.std)
      let values = generator.normal(
        count: count, dtype: dtype, mean: mean, std: std, contiguous: call.op == "normal_")
      return bits(values, dtype)
    case "randint":
      let low = try XCTUnwrap(call.low?.integer)
      let high = try XCTUnwrap(call.high?.integer)
      return generator.randint(count: count, low: low, high: high).map { String($0) }
    default:
      XCTFail("unknown op \(call.op)")
      return []
    }
  }
}
