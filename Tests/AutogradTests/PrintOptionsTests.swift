import Foundation
import TestSupport
import XCTest

@testable import Autograd

/// Tensor reprs under `torch.set_printoptions` against real PyTorch (`Data/print_options_cases.json`).
final class PrintOptionsTests: EngineTestCase {
  struct StoredTensor: Decodable {
    let shape: [Int]
    let dtype: String
    let requires_grad: Bool
    let values: [StoredElement]
  }
  /// A float as `float.hex()`, an int, or a bool.
  enum StoredElement: Decodable {
    case hex(String)
    case int(Int64)
    case bool(Bool)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let flag = try? container.decode(Bool.self) {
        self = .bool(flag)
      } else if let number = try? container.decode(Int64.self) {
        self = .int(number)
      } else {
        self = .hex(try container.decode(String.self))
      }
    }

    var data: TensorData {
      switch self {
      case .bool(let flag): return .bool(flag)
      case .int(let number): return .int(number)
      case .hex(let text):
        switch text {
        case "nan": return .float(.nan)
        case "inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        default: return .float(Double(text) ?? .nan)
        }
      }
    }
  }
  struct Options: Decodable {
    let precision: Int?
    let threshold: Double?
    let edgeitems: Int?
    let linewidth: Int?
    let profile: String?
    let sci_mode: Bool?
  }
  struct Case: Decodable {
    let options: Options
    let tensor: String
    let repr: String
  }
  struct CaseFile: Decodable {
    let tensors: [String: StoredTensor]
    let cases: [Case]
  }

  func testReprsUnderPrintOptionsMatchPyTorch() throws {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Data/print_options_cases", withExtension: "json"))
    let file = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url))
    XCTAssertGreaterThan(file.cases.count, 300)
    var tensors: [String: Tensor] = [:]
    for (name, stored) in file.tensors {
      let dtype = try XCTUnwrap(DType(rawValue: stored.dtype))
      let flat = try Tensor.tensor(.list(stored.values.map(\.data)), dtype: dtype)
      tensors[name] = try flat.reshape(stored.shape).detach().requiresGrad_(stored.requires_grad)
    }
    for item in file.cases {
      let tensor = try XCTUnwrap(tensors[item.tensor])
      var options = PrintOptions.standard
      let o = item.options
      options.set(
        precision: o.precision, threshold: o.threshold, edgeItems: o.edgeitems, lineWidth: o.linewidth,
        profile: o.profile, sciMode: o.sci_mode)
      AutogradContext.current.printOptions = options
      assertTextEqual(tensor.description, item.repr, "\(item.tensor) under \(o)")
    }
  }

  func testOptionsFollowSetPrintOptionsSemantics() {
    var options = PrintOptions.standard
    options.set(precision: 2, sciMode: true)
    options.set(profile: "default")
    // A profile resets the numbers it names, and sci_mode is reset whenever it is not given.
    XCTAssertEqual(options, PrintOptions.standard)
    options.set(profile: "full")
    XCTAssertEqual(options.threshold, .infinity)
    XCTAssertFalse(options.summarizes(Int.max))
  }
}
