import Autograd
import Foundation
import TestSupport
import XCTest

/// Replays the conformance session `10_random` (`Tests/Fixtures/conformance/cases.json`) with the generator
/// and the printer, and compares each cell's text with PyTorch's.
final class RandomConformanceTests: EngineTestCase {
  static func float32(_ shape: [Int], _ values: [Double], requiresGrad: Bool = false) -> String {
    TensorPrinter.repr(
      TensorDescription(shape: shape, dtype: .float32, values: .floating(values), requiresGrad: requiresGrad))
  }

  func testSessionTenRandom() throws {
    let session = try ConformanceCorpus.load().session("10_random")
    let g = Generator()
    func randn(_ shape: Int...) -> String {
      Self.float32(shape, g.normal(count: shape.reduce(1, *), dtype: .float32, mean: 0, std: 1))
    }
    func rand(_ shape: Int...) -> String {
      Self.float32(shape, g.uniform(count: shape.reduce(1, *), dtype: .float32, low: 0, high: 1))
    }
    func randint(_ low: Int64, _ high: Int64, _ shape: [Int]) -> String {
      let values = g.randint(count: shape.reduce(1, *), low: low, high: high)
      return TensorPrinter.repr(TensorDescription(shape: shape, dtype: .int64, values: .integer(values)))
    }
    // Cell index → the text the cell prints, computed in cell order (the generator state carries over).
    let replay: [(Int, () -> String)] = [
      (
        1,
        {
          g.manualSeed(0); return randn(2, 2)
        }
      ),
      (2, { randn(3) }),
      (3, { randn(1) }),
      (
        4,
        {
          g.manualSeed(0); return randn(16)
        }
      ),
      (
        5,
        {
          g.manualSeed(0); return randn(4, 5)
        }
      ),
      (
        6,
        {
          g.manualSeed(42); return randn(17)
        }
      ),
      (
        7,
        {
          g.manualSeed(0); return rand(3)
        }
      ),
      (8, { rand(2, 3) }),
      (
        9,
        {
          g.manualSeed(0); return rand(20)
        }
      ),
      (
        10,
        {
          g.manualSeed(0); return randint(0, 10, [5])
        }
      ),
      (11, { randint(0, 3, [2, 2]) }),
      (
        12,
        {
          g.manualSeed(7)
          return Self.float32([3], g.normal(count: 3, dtype: .float32, mean: 0, std: 1), requiresGrad: true)
        }
      ),
      (
        13,
        {
          g.manualSeed(3); return randn(2) + " " + rand(2)
        }
      ),
      (
        14,
        {
          g.manualSeed(5)
          let uniform = Self.float32([3], g.uniform(count: 3, dtype: .float32, low: -1, high: 1))
          return uniform + "\n" + Self.float32([3], g.normal(count: 3, dtype: .float32, mean: 0, std: 1))
        }
      ),
      (
        15,
        {
          g.manualSeed(0)
          let values = g.normal(count: 2, dtype: .float64, mean: 0, std: 1)
          return TensorPrinter.repr(TensorDescription(shape: [2], dtype: .float64, values: .floating(values)))
        }
      ),
      (
        16,
        {
          ([1, 2, 123, 2024] as [UInt64]).map { seed -> String in
            g.manualSeed(seed)
            return randn(2) + " " + rand(1)
          }.joined(separator: "\n")
        }
      ),
    ]
    for (index, produce) in replay {
      let cell = try XCTUnwrap(session.cells.indices.contains(index) ? session.cells[index] : nil)
      assertTextEqual(produce() + "\n", cell.output, "cell \(index): \(cell.code)")
    }
  }
}
