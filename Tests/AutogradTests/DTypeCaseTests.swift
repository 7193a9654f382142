import Foundation
import TestSupport
import XCTest

@testable import Autograd

/// Ops over every dtype (uint8, int8, int16, int32, int64, float16, bfloat16, float32, float64, bool)
/// against real PyTorch (`Data/dtype_cases.json`): promotion, wraparound, rounding on store, printing,
/// conversions and error texts.
final class DTypeCaseTests: EngineTestCase {
  struct Case: Decodable {
    let dtype: String
    let op: String
    let expression: String
    let expected: String
    let warnings: [String]
  }
  struct CaseFile: Decodable {
    let base: [[Double]]
    let cases: [Case]
  }

  static func r(_ tensor: Tensor) -> String { tensor.description }
  static func pair(_ name: String, _ result: (values: Tensor, indices: Tensor)) -> String {
    ReductionResult(typeName: "torch.return_types." + name, values: result.values, indices: result.indices)
      .description
  }
  static func ones(_ dtype: DType) throws -> Tensor { try Tensor.ones([3], dtype: dtype) }

  /// The Swift twin of each op in `dtype_cases.py`, applied to `x`.
  static let ops: [String: @Sendable (Tensor) throws -> String] = [
    "repr": { r($0) },
    "add_int": { r(try $0.add(.int(1))) },
    "add_float": { r(try $0.add(.float(1.5))) },
    "add_big_int": { r(try $0.add(.int(200))) },
    "radd_float": { r(try Tensor.add(.float(0.1), .tensor($0))) },
    "mul_2": { r(try $0.mul(.int(2))) },
    "square": { r(try $0.mul(.tensor($0))) },
    "sub_3": { r(try $0.sub(.int(3))) },
    "rsub": { r(try Tensor.sub(.int(1), .tensor($0))) },
    "div_2": { r(try $0.div(.int(2))) },
    "floordiv_3": { r(try $0.floorDivide(.int(3))) },
    "mod_3": { r(try $0.remainder(.int(3))) },
    "pow_2": { r(try $0.pow(.int(2))) },
    "pow_half": { r(try $0.pow(.float(0.5))) },
    "neg": { r(try $0.neg()) },
    "abs": { r(try $0.abs()) },
    "sign": { r(try $0.sign()) },
    "relu": { r(try $0.relu()) },
    "exp": { r(try $0.exp()) },
    "sqrt": { r(try $0.sqrt()) },
    "sigmoid": { r(try $0.sigmoid()) },
    "tanh": { r(try $0.tanh()) },
    "log": { r(try $0.log()) },
    "sum": { r(try $0.sum()) },
    "sum_dim": { r(try $0.sum(dims: [1])) },
    "sum_half": { r(try $0.sum(dtype: .float16)) },
    "mean": { r(try $0.mean()) },
    "prod": { r(try $0.prod()) },
    "cumsum": { r(try $0.cumsum(dim: 1)) },
    "max": { r(try $0.max()) },
    "max_dim": { pair("max", try $0.max(dim: 1)) },
    "argmax": { r(try $0.argmax()) },
    "amax": { r(try $0.amax(dims: [0])) },
    "clamp": { r(try $0.clamp(min: .int(0), max: .int(50))) },
    "clamp_float": { r(try $0.clamp(min: .float(0.5))) },
    "floor": { r(try $0.floor()) },
    "round": { r(try $0.round()) },
    "frac": { r(try $0.frac()) },
    "sort": { pair("sort", try $0.sort()) },
    "topk": { pair("topk", try $0.topk(2)) },
    "median": { r(try $0.median()) },
    "eq": { r(try $0.eq(.int(3))) },
    "gt": { r(try $0.gt(.int(0))) },
    "and_6": { r(try Tensor.bitwise(.and, .tensor($0), .int(6))) },
    "invert": { r(try $0.bitwiseNot()) },
    "std": { r(try $0.std()) },
    "var_dim": { r(try $0.variance(dims: [1])) },
    "norm": { r(try $0.norm()) },
    "logsumexp": { r(try $0.logsumexp(dims: [1])) },
    "matmul": { r(try $0.matmul($0.t())) },
    "to_float32": { r(try $0.to(.float32)) },
    "to_int64": { r(try $0.to(.int64)) },
    "to_uint8": { r(try $0.to(.uint8)) },
    "to_int8": { r(try $0.to(.int8)) },
    "to_int16": { r(try $0.short()) },
    "to_int32": { r(try $0.int()) },
    "to_float16": { r(try $0.half()) },
    "to_bfloat16": { r(try $0.bfloat16()) },
    "to_bool": { r(try $0.bool()) },
    "add_int8": { r(try $0.add(ones(.int8))) },
    "add_uint8": { r(try $0.add(ones(.uint8))) },
    "add_float16": { r(try $0.add(ones(.float16))) },
    "add_bfloat16": { r(try $0.add(ones(.bfloat16))) },
    "add_0d_float": { r(try $0.add(Tensor.scalar(.float(1)))) },
    "add_0d_int": { r(try $0.add(Tensor.scalar(.int(1)))) },
    "all": { r(try $0.all()) },
    "any_dim": { r(try $0.any(dims: [1])) },
    "isnan": { r(try $0.isnan()) },
    "nan_to_num": { r(try $0.nanToNum()) },
    "tril": { r(try $0.tril()) },
    "masked_fill": { r(try $0.maskedFill($0.gt(.int(1)), .int(7))) },
    "gather": {
      r(try $0.gather(dim: 1, index: Tensor.tensor(.list([.list([.int(0), .int(2)]), .list([.int(1), .int(1)])]))))
    },
    "index": {
      r(try $0.index([.tensor(Tensor.tensor(.list([.int(0), .int(1)]))), .tensor(Tensor.tensor(.list([.int(2), .int(0)])))]))
    },
    "where": { r(try Tensor.whereSelect($0.gt(.int(1)), .tensor($0), .int(0))) },
    "flip": { r(try $0.flip([1])) },
    "item": { try $0.index([.int(0), .int(0)]).item().description },
    "tolist": { try $0.tolist().pythonRepr },
    "empty": { r(try $0.slice(dim: 0, start: nil, stop: 0, step: nil)) },
    "scalar": { r(try $0.index([.int(1), .int(0)])) },
    "type": { "'" + $0.dtype.tensorTypeName + "'" },
    "requires_grad": { r(try $0.requiresGrad_()) },
  ]

  func testOpsOverEveryDTypeMatchPyTorch() throws {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Data/dtype_cases", withExtension: "json"))
    let file = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url))
    XCTAssertEqual(Set(file.cases.map(\.op)), Set(Self.ops.keys), "every op has a Swift twin")
    let base = try Tensor.tensor(.list(file.base.map { .list($0.map { .float($0) }) }))
    var failures = 0
    for item in file.cases {
      guard let op = Self.ops[item.op] else { continue }
      let dtype = try XCTUnwrap(DType(rawValue: item.dtype))
      let x = try base.to(dtype).detach()
      var actual = ""
      let warnings = collectWarnings {
        do {
          actual = try op(x)
        } catch let error as AutogradError {
          actual = error.description
        } catch {
          actual = "unexpected \(error)"
        }
      }
      if actual != item.expected { failures += 1 }
      assertTextEqual(actual, item.expected, "\(item.dtype) \(item.op): \(item.expression)")
      XCTAssertEqual(warnings, item.warnings, "\(item.dtype) \(item.op)")
    }
    XCTAssertEqual(failures, 0)
  }
}
