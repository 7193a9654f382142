import Autograd
import Foundation
import TestSupport
import XCTest

/// Tensor reprs against real PyTorch 2.15 (Data/printing_cases.json, made by Data/printing_cases.py).
final class PrintingTests: EngineTestCase {
  /// One stored case: a tensor and the repr torch printed for it.
  struct PrintingCase: Decodable {
    let source: String
    let name: String
    let shape: [Int]
    let dtype: String
    let values: [StoredValue]
    let requires_grad: Bool
    let grad_fn: String?
    let is_parameter: Bool
    let repr: String
  }

  /// An element as stored: a bit-pattern / decimal string, or a JSON bool.
  enum StoredValue: Decodable {
    case text(String)
    case flag(Bool)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let flag = try? container.decode(Bool.self) {
        self = .flag(flag)
      } else {
        self = .text(try container.decode(String.self))
      }
    }
  }

  struct CaseFile: Decodable {
    let torch_version: String
    let cases: [PrintingCase]
  }

  static func loadCases() throws -> [PrintingCase] {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Data/printing_cases", withExtension: "json"))
    return try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).cases
  }

  /// Rebuilds the description the engine would hand the printer.
  static func description(of stored: PrintingCase) throws -> TensorDescription {
    let dtype = try XCTUnwrap(DType(rawValue: stored.dtype), "dtype \(stored.dtype)")
    let values: ElementValues
    switch dtype {
    case .float32:
      values = .floating(
        try stored.values.map { value in
          guard case .text(let hex) = value, let bits = UInt32(hex.dropFirst(2), radix: 16) else {
            throw CaseError.badValue(stored.name)
          }
          return Double(Float(bitPattern: bits))
        })
    case .float64:
      values = .floating(
        try stored.values.map { value in
          guard case .text(let hex) = value, let bits = UInt64(hex.dropFirst(2), radix: 16) else {
            throw CaseError.badValue(stored.name)
          }
          return Double(bitPattern: bits)
        })
    case .int64:
      values = .integer(
        try stored.values.map { value in
          guard case .text(let text) = value, let number = Int64(text) else {
            throw CaseError.badValue(stored.name)
          }
          return number
        })
    case .bool:
      values = .boolean(
        try stored.values.map { value in
          guard case .flag(let flag) = value else { throw CaseError.badValue(stored.name) }
          return flag
        })
    default:
      // The stored cases hold only the four dtypes above; the others are covered by DTypeCaseTests.
      throw CaseError.badValue(stored.name)
    }
    return TensorDescription(
      shape: stored.shape, dtype: dtype, values: values, requiresGrad: stored.requires_grad,
      gradFnName: stored.grad_fn, isParameter: stored.is_parameter)
  }

  enum CaseError: Error { case badValue(String) }

  func testEveryStoredCaseMatchesTorch() throws {
    let cases = try Self.loadCases()
    XCTAssertGreaterThan(cases.count, 800)
    var failures = 0
    for stored in cases {
      let actual = TensorPrinter.repr(try Self.description(of: stored))
      if actual != stored.repr {
        failures += 1
        if failures <= 10 { assertTextEqual(actual, stored.repr, "\(stored.source): \(stored.name)") }
      }
    }
    XCTAssertEqual(failures, 0, "\(failures) of \(cases.count) cases differ")
  }

  func testCaseFileCoversEverySource() throws {
    let sources = Set(try Self.loadCases().map(\.source))
    XCTAssertEqual(sources, ["facts", "corpus", "edge", "random"])
  }

  func testSizeRepr() {
    XCTAssertEqual(TensorPrinter.sizeRepr([2, 3]), "torch.Size([2, 3])")
    XCTAssertEqual(TensorPrinter.sizeRepr([]), "torch.Size([])")
    XCTAssertEqual(TensorPrinter.sizeRepr([5]), "torch.Size([5])")
  }

  func testTupleRepr() {
    XCTAssertEqual(TensorPrinter.tupleRepr([0, 3]), "(0, 3)")
    XCTAssertEqual(TensorPrinter.tupleRepr([0]), "(0,)")
    XCTAssertEqual(TensorPrinter.tupleRepr([]), "()")
  }

  func testMismatchedShapeDoesNotTrap() {
    let broken = TensorDescription(shape: [2, 3], dtype: .float32, values: .floating([1, 2]))
    XCTAssertTrue(TensorPrinter.repr(broken).hasPrefix("tensor(<invalid"))
    let negative = TensorDescription(shape: [-1], dtype: .int64, values: .integer([]))
    XCTAssertTrue(TensorPrinter.repr(negative).hasPrefix("tensor(<invalid"))
    let overflowing = TensorDescription(shape: [Int.max, 4], dtype: .bool, values: .boolean([]))
    XCTAssertTrue(TensorPrinter.repr(overflowing).hasPrefix("tensor(<invalid"))
    let deep = TensorDescription(
      shape: Array(repeating: 1, count: 100_000), dtype: .int64, values: .integer([7]))
    XCTAssertEqual(TensorPrinter.repr(deep), "tensor(<100000-dimensional tensor: too deep to print>)")
  }

  /// A summarised repr of a huge tensor formats only the visible elements, so it equals the repr of a
  /// small tensor holding the same edge values (checked against torch: arange(1001) prints the same way).
  func testHugeTensorSummaryUsesOnlyEdges() {
    let count = 5_000_000
    var values = [Double](repeating: 0.5, count: count)
    values[count / 2] = 1e30  // hidden: must not switch the formatter to scientific mode
    values[0] = -1.25
    let text = TensorPrinter.repr(
      TensorDescription(shape: [count], dtype: .float32, values: .floating(values)))
    XCTAssertEqual(text, "tensor([-1.2500,  0.5000,  0.5000,  ...,  0.5000,  0.5000,  0.5000])")
  }

  /// The reader-based repr of a 50-million-element tensor reads only the shown elements.
  func testReaderReadsOnlyShownElements() {
    final class Counter { var reads = 0 }
    let counter = Counter()
    let reader = ElementReader.floating { index in
      counter.reads += 1
      return Double(index) / 7
    }
    let text = TensorPrinter.repr(
      shape: [5_000, 10_000], dtype: .float32, elements: reader, gradFnName: "MulBackward0")
    XCTAssertLessThanOrEqual(counter.reads, 2 * 36)  // once for the formatter, once for the text
    XCTAssertTrue(
      text.hasPrefix("tensor([[0.0000e+00, 1.4286e-01, 2.8571e-01,  ..., 1.4281e+03, 1.4283e+03,"), text)
    XCTAssertTrue(text.hasSuffix("grad_fn=<MulBackward0>)"), text)
  }

  /// A reader and stored values give the same text.
  func testReaderAndValuesAgree() throws {
    for stored in try Self.loadCases().prefix(200) {
      let description = try Self.description(of: stored)
      let viaReader = TensorPrinter.repr(
        shape: description.shape, dtype: description.dtype, elements: ElementReader(description.values),
        requiresGrad: description.requiresGrad, gradFnName: description.gradFnName,
        isParameter: description.isParameter)
      XCTAssertEqual(viaReader, stored.repr, stored.name)
    }
  }
}
