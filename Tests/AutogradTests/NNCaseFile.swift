import Foundation
import XCTest

@testable import Autograd

/// `Data/nn_cases.json` (made by `Data/nn_cases.py` with real PyTorch 2.15), decoded for the nn tests.
struct NNCaseFile: Decodable {
  struct InputSpec: Decodable {
    let shape: [Int]
    let dtype: String
    let requires_grad: Bool
    let data: [Double]
  }
  struct Output: Decodable {
    let shape: [Int]
    let dtype: String
    let values: [Double]
    let repr: String
  }
  struct OpCase: Decodable {
    let op: String
    let exact: Bool
    let inputs: [InputSpec]
    let output: Output
    let grad_fn: String?
    let next_functions: [String?]
    let warnings: [String]
    let seed: [Double]
    let grads: [[Double]?]
    let inputs_after: [[Double]]
  }

  struct DropoutCase: Decodable {
    let seed: UInt64
    let shape: [Int]
    let p: Double
    let input: [Double]
    let output: [Double]
    let after: [Int64]
  }
  struct BernoulliCase: Decodable {
    let seed: UInt64
    let kind: String
    let shape: [Int]
    let p: Double?
    let probs: [Double]
    let output: [Double]
    let after: [Int64]
  }
  struct RandpermCase: Decodable {
    let seed: UInt64
    let n: Int
    let dtype: String
    let output: [Double]
    let after: [Int64]
  }
  struct MultinomialCase: Decodable {
    let seed: UInt64
    let weights: [Double]
    let shape: [Int]
    let k: Int
    let replacement: Bool
    let output: [Double]
    let after: [Int64]
  }
  struct InitCase: Decodable {
    let kind: String
    let seed: UInt64
    let shape: [Int]
    let args: [String: Argument]
    let values: [[Double]]
    let reprs: [String]
    let after: [Int64]
  }
  /// A keyword argument of an init call: a number or a string.
  enum Argument: Decodable {
    case number(Double)
    case text(String)
    case list([Double])
    case flag(Bool)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Bool.self) {
        self = .flag(value)
      } else if let value = try? container.decode(Double.self) {
        self = .number(value)
      } else if let value = try? container.decode([Double].self) {
        self = .list(value)
      } else {
        self = .text(try container.decode(String.self))
      }
    }

    var number: Double? { if case .number(let v) = self { return v } else { return nil } }
    var text: String? { if case .text(let v) = self { return v } else { return nil } }
    var list: [Double]? { if case .list(let v) = self { return v } else { return nil } }
    var flag: Bool? { if case .flag(let v) = self { return v } else { return nil } }
  }
  struct LoaderCase: Decodable {
    let seed: UInt64
    let n: Int
    let batch_size: Int
    let epochs: Int
    let shuffle: Bool
    let drop_last: Bool
    let generator_seed: UInt64?
    let batches: [[[Int64]]]
    let after: [Int64]
  }
  struct SplitCase: Decodable {
    let seed: UInt64
    let n: Int
    let lengths: [Double]
    let parts: [[Int64]]
    let warnings: [String]
    let after: [Int64]
  }
  struct RandomSection: Decodable {
    let dropout: [DropoutCase]
    let bernoulli: [BernoulliCase]
    let randperm: [RandpermCase]
    let multinomial: [MultinomialCase]
    let `init`: [InitCase]
    let loader: [LoaderCase]
    let random_split: [SplitCase]
  }

  struct TrainingStep: Decodable {
    let loss: Double
    let lr: Double
    let params: [[Double]]
  }
  struct TrainingCase: Decodable {
    let name: String
    let model: String
    let optimizer: String
    let x: [Double]
    let x_shape: [Int]
    let y: [Double]
    let y_shape: [Int]
    let initial: [[Double]]
    let kwargs: [String: Argument]
    let scheduler: String?
    let scheduler_kwargs: [String: Double]
    let loss: String
    let steps: [TrainingStep]
  }
  struct ClippingCase: Decodable {
    let shapes: [[Int]]
    let max_norm: Double?
    let norm_type: Argument?
    let clip_value: Double?
    let grads: [[Double]]
    let total: Double?
    let clipped: [[Double]]
  }

  struct ErrorCase: Decodable {
    let expr: String
    let result: String?
    let error: String?
    let warnings: [String]
  }

  let ops: [OpCase]
  let rng: RandomSection
  let errors: [String: ErrorCase]
  let cells: Cells

  /// Reprs from the computations behind some `../shared/conformance-nn` cells.
  struct Cells: Decodable {
    let linear_forward: String
    let linear_single: String
    let linear_grads: [String]
    let train_eval: [String]
    let frozen_grad: String
    let dropout_2d: String
    let state_dict: [String]
    let batch_norm_cumulative: CumulativeBatchNorm
  }
  struct CumulativeBatchNorm: Decodable {
    let batches: [[Double]]
    let steps: [[String]]
    let eval: String
  }
  let training: [TrainingCase]
  let clipping: [ClippingCase]

  static func load() throws -> NNCaseFile {
    guard let url = Bundle.module.url(forResource: "nn_cases", withExtension: "json", subdirectory: "Data")
    else {
      throw AutogradError(.runtimeError, "nn_cases.json missing from the test bundle")
    }
    return try JSONDecoder().decode(NNCaseFile.self, from: Data(contentsOf: url))
  }

  /// A tensor from a case's input spec, optionally in another floating dtype (for finite differences).
  static func tensor(_ spec: InputSpec, floating override: DType? = nil) throws -> Tensor {
    let declared = DType(rawValue: spec.dtype) ?? .float32
    if !declared.isFloatingPoint {
      let ints = spec.data.map { TensorData.int(Int64($0)) }
      return try Tensor.tensor(spec.shape.isEmpty ? ints[0] : .list(ints), dtype: declared).reshape(
        spec.shape)
    }
    let dtype = override ?? declared
    let flat = try Tensor.tensor(.list(spec.data.map { TensorData.float($0) }), dtype: dtype)
    return try flat.reshape(spec.shape).detach().requiresGrad_(spec.requires_grad)
  }

  /// The largest distance in units in the last place (of `dtype`) between two equally long value lists.
  static func maxULP(_ a: [Double], _ b: [Double], dtype: DType) -> Int {
    var worst = 0
    for (x, y) in zip(a, b) where !(x.isNaN && y.isNaN) && x != y {
      if dtype == .float32 {
        let (fx, fy) = (Float(x), Float(y))
        let distance = Swift.abs(
          Int(Int32(bitPattern: orderedBits(fx))) - Int(Int32(bitPattern: orderedBits(fy))))
        worst = Swift.max(worst, distance)
      } else {
        worst = Swift.max(worst, Int.max / 2)
      }
    }
    return worst
  }

  /// Float bits mapped so that integer order is numeric order (for ULP distances across zero).
  private static func orderedBits(_ x: Float) -> UInt32 {
    let bits = x.bitPattern
    return bits & 0x8000_0000 != 0 ? 0x8000_0000 &- (bits & 0x7FFF_FFFF) : bits &+ 0x8000_0000
  }
}
