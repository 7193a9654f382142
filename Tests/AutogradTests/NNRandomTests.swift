import Foundation
import XCTest

@testable import Autograd

/// Seeded draws against PyTorch bit for bit (`Data/nn_cases.json`, section `rng`): dropout masks,
/// bernoulli, randperm, multinomial, nn.init and layer initialisation, DataLoader shuffling and
/// random_split, each followed by the generator's next draws to show that exactly as many were consumed.
final class NNRandomTests: EngineTestCase {
  private var section: NNCaseFile.RandomSection {
    get throws { try NNCaseFile.load().rng }
  }

  /// The four draws PyTorch took after each case (`torch.randint(0, 2**31 - 1, (4,))`).
  private func assertGeneratorState(
    _ expected: [Int64], _ label: String, file: StaticString = #filePath, line: UInt = #line
  )
    throws
  {
    let next = try Tensor.randint(low: 0, high: (1 << 31) - 1, [4]).contiguousIntegers()
    XCTAssertEqual(next, expected, "\(label): generator state after the call", file: file, line: line)
  }

  func testDropoutMasksMatchPyTorch() throws {
    for item in try section.dropout {
      Tensor.manualSeed(item.seed)
      let input = Tensor(shape: item.shape, dtype: .float32, floats: item.input)
      let output = try input.dropout(p: item.p, training: true)
      XCTAssertEqual(try output.contiguousDoubles(), item.output, "dropout seed \(item.seed) p \(item.p)")
      try assertGeneratorState(item.after, "dropout seed \(item.seed)")
    }
  }

  func testBernoulliMatchesPyTorch() throws {
    for item in try section.bernoulli {
      let isDouble = item.kind.hasSuffix("64")
      let dtype: DType = isDouble ? .float64 : .float32
      let probs = Tensor(shape: item.shape, dtype: dtype, floats: item.probs)
      Tensor.manualSeed(item.seed)
      let result: Tensor
      switch item.kind {
      case "scalar", "scalar64":
        result = try Tensor.zeros(item.shape, dtype: dtype).bernoulli_(probability: item.p ?? 0)
      case "tensor32", "tensor64":
        result = try Tensor.zeros(item.shape).bernoulli_(probabilities: probs)
      default:
        result = try Tensor.bernoulli(probs)
      }
      XCTAssertEqual(try result.contiguousDoubles(), item.output, "bernoulli \(item.kind)")
      try assertGeneratorState(item.after, "bernoulli \(item.kind)")
    }
  }

  func testRandpermMatchesPyTorch() throws {
    for item in try section.randperm {
      Tensor.manualSeed(item.seed)
      let result = try Tensor.randperm(item.n, dtype: DType(rawValue: item.dtype) ?? .int64)
      XCTAssertEqual(try result.contiguousDoubles(), item.output, "randperm(\(item.n)) seed \(item.seed)")
      try assertGeneratorState(item.after, "randperm(\(item.n))")
    }
  }

  func testMultinomialMatchesPyTorch() throws {
    for item in try section.multinomial {
      Tensor.manualSeed(item.seed)
      let weights = Tensor(shape: item.shape, dtype: .float32, floats: item.weights)
      let result = try weights.multinomial(numSamples: item.k, replacement: item.replacement)
      XCTAssertEqual(try result.contiguousDoubles(), item.output, "multinomial seed \(item.seed)")
      try assertGeneratorState(item.after, "multinomial seed \(item.seed)")
    }
  }

  func testInitialisersMatchPyTorch() throws {
    for item in try section.`init` {
      Tensor.manualSeed(item.seed)
      let tensors = try initialised(item)
      for (index, tensor) in tensors.enumerated() {
        XCTAssertEqual(try tensor.contiguousDoubles(), item.values[index], "\(item.kind) seed \(item.seed)")
        XCTAssertEqual(tensor.description, item.reprs[index], "\(item.kind) repr")
      }
      try assertGeneratorState(item.after, "\(item.kind) seed \(item.seed)")
    }
  }

  private func initialised(_ item: NNCaseFile.InitCase) throws -> [Tensor] {
    func number(_ key: String, _ fallback: Double) -> Double { item.args[key]?.number ?? fallback }
    let mode = item.args["mode"]?.text ?? "fan_in"
    let nonlinearity = item.args["nonlinearity"]?.text ?? "leaky_relu"
    switch item.kind {
    case "linear", "linear_nobias", "conv2d":
      let weight = try Tensor.zeros(item.shape)
      weight.isParameter = true
      try weight.requiresGrad_()
      let bias = item.kind == "linear_nobias" ? nil : try Tensor.zeros([item.shape[0]]).requiresGrad_()
      bias?.isParameter = true
      try NNInit.resetLayerParameters(weight: weight, bias: bias, isConvolution: item.kind == "conv2d")
      return [weight] + (bias.map { [$0] } ?? [])
    default:
      let tensor = try Tensor.zeros(item.shape, dtype: item.kind == "uniform_double" ? .float64 : .float32)
      let slope: Scalar = number("a", 0) == 0 ? .int(0) : .float(number("a", 0))
      switch item.kind {
      case "kaiming_uniform":
        try NNInit.kaimingUniform_(tensor, a: slope, mode: mode, nonlinearity: nonlinearity)
      case "kaiming_normal":
        try NNInit.kaimingNormal_(tensor, a: slope, mode: mode, nonlinearity: nonlinearity)
      case "xavier_uniform": try NNInit.xavierUniform_(tensor, gain: number("gain", 1))
      case "xavier_normal": try NNInit.xavierNormal_(tensor, gain: number("gain", 1))
      case "uniform", "uniform_double": try NNInit.uniform_(tensor, low: number("a", 0), high: number("b", 1))
      case "uniform_generator":
        try NNInit.uniform_(tensor, low: number("a", 0), high: number("b", 1), generator: Generator(seed: 99))
      case "normal": try NNInit.normal_(tensor, mean: number("mean", 0), std: number("std", 1))
      case "constant": try NNInit.constant_(tensor, .float(number("val", 0)))
      case "ones": try NNInit.ones_(tensor)
      case "zeros": try NNInit.zeros_(tensor)
      default: XCTFail("unknown init kind \(item.kind)")
      }
      return [tensor]
    }
  }

  func testDataLoaderShuffleOrderMatchesPyTorch() throws {
    for item in try section.loader {
      Tensor.manualSeed(item.seed)
      let loaderGenerator = item.generator_seed.map { Generator(seed: $0) }
      for epoch in 0..<item.epochs {
        _ = DataLoaderSampling.iteratorBaseSeed(generator: loaderGenerator)
        let order: [Int64] =
          item.shuffle
          ? try DataLoaderSampling.samplerOrder(count: item.n, generator: loaderGenerator)
          : (0..<Int64(item.n)).map { $0 }
        var batches: [[Int64]] = stride(from: 0, to: order.count, by: item.batch_size).map {
          Array(order[$0..<Swift.min($0 + item.batch_size, order.count)])
        }
        if item.drop_last, let last = batches.last, last.count < item.batch_size { batches.removeLast() }
        XCTAssertEqual(batches, item.batches[epoch], "loader seed \(item.seed) epoch \(epoch)")
      }
      try assertGeneratorState(item.after, "loader seed \(item.seed)")
    }
  }

  func testRandomSplitMatchesPyTorch() throws {
    for item in try section.random_split {
      Tensor.manualSeed(item.seed)
      let lengths = item.lengths.map {
        $0 == $0.rounded() && $0 >= 1 ? Scalar.int(Int64($0)) : Scalar.float($0)
      }
      let (sizes, warnings) = try DataLoaderSampling.randomSplitLengths(count: item.n, lengths: lengths)
      XCTAssertEqual(warnings, item.warnings, "random_split \(item.lengths) warnings")
      XCTAssertEqual(
        DataLoaderSampling.randomSplitIndices(lengths: sizes), item.parts, "random_split \(item.lengths)")
      try assertGeneratorState(item.after, "random_split \(item.lengths)")
    }
  }
}
