@testable import Autograd
import Foundation
import XCTest

/// The float32 normal kernel's building blocks, from first principles.
final class RandomKernelTests: EngineTestCase {
  /// The fast fused multiply-add must equal the library's single-rounding fma, including where
  /// rounding through double would land on a float midpoint (double rounding).
  func testFusedMultiplyAddIsSingleRounding() {
    let a = Float(0x1p-12) * (1 + Float.ulpOfOne)
    let b = Float(0x1p-12) * (1 - Float.ulpOfOne)
    let c = 1 + Float.ulpOfOne
    let naive = Float(Double(a) * Double(b) + Double(c))
    XCTAssertNotEqual(naive, c.addingProduct(a, b), "the crafted case must exercise double rounding")
    XCTAssertEqual(NormalBlockKernel.fused(a, b, c), c.addingProduct(a, b))

    // Arbitrary bit patterns (specials, extremes), then the kernel's own magnitudes.
    let generator = Generator(seed: 2024)
    let bitPatterns = (0..<300_000).map { _ in Float(bitPattern: generator.nextUInt32()) }
    let ordinary = generator.uniform(count: 300_000, dtype: .float32, low: -4, high: 4).map { Float($0) }
    var mismatches = 0
    for operands in [bitPatterns, ordinary] {
      for index in stride(from: 0, to: operands.count - 2, by: 3) {
        let (x, y, z) = (operands[index], operands[index + 1], operands[index + 2])
        let expected = z.addingProduct(x, y)
        let actual = NormalBlockKernel.fused(x, y, z)
        let same = expected.isNaN ? actual.isNaN : actual.bitPattern == expected.bitPattern
        if !same { mismatches += 1 }
      }
    }
    XCTAssertEqual(mismatches, 0)
  }

  /// The Cephes approximations stay within a few float ulps of the true functions on the kernel's domain.
  func testLogAndSincosApproximateTheFunctions() {
    for step in 1...4096 {
      let u = Float(step) / 4096
      XCTAssertEqual(Double(NormalBlockKernel.log(u)), Foundation.log(Double(u)), accuracy: 1e-6)
      let theta = Float(6.2831855) * u
      let (sine, cosine) = NormalBlockKernel.sincos(theta)
      XCTAssertEqual(Double(sine), Foundation.sin(Double(theta)), accuracy: 1e-6)
      XCTAssertEqual(Double(cosine), Foundation.cos(Double(theta)), accuracy: 1e-6)
    }
  }
}
