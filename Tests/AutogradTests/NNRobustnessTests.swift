import XCTest

@testable import Autograd

/// Sizes and values a learner can pass that would overflow or run away: each ends in a clear error, never
/// a trap.
final class NNRobustnessTests: EngineTestCase {
  private func assertThrows(_ label: String, _ body: () throws -> Any) {
    XCTAssertThrowsError(try body(), label) { error in
      XCTAssertTrue(error is AutogradError, "\(label): \(error)")
    }
  }

  func testHugeSizesFailCleanly() throws {
    let image = try Tensor.ones([1, 1, 4, 4])
    let huge = Int.max / 2
    assertThrows("max_pool2d huge kernel") { try image.maxPool2d(kernelSize: [huge]) }
    assertThrows("max_pool2d huge dilation") { try image.maxPool2d(kernelSize: [2], dilation: [huge]) }
    assertThrows("avg_pool2d huge padding") { try image.avgPool2d(kernelSize: [2], padding: [huge]) }
    assertThrows("adaptive_avg_pool2d huge output") { try image.adaptiveAvgPool2d(outputSize: [huge]) }
    assertThrows("conv2d huge padding") {
      try Tensor.conv2d(image, weight: try Tensor.ones([1, 1, 2, 2]), padding: .explicit([huge]))
    }
    assertThrows("conv2d huge dilation") {
      try Tensor.conv2d(image, weight: try Tensor.ones([1, 1, 2, 2]), dilation: [huge])
    }
    assertThrows("pad huge") { try image.pad([huge, huge]) }
    assertThrows("pad reflect huge") { try image.pad([huge, 1], mode: .reflect) }
    assertThrows("pad replicate huge") { try image.pad([huge, huge], mode: .replicate) }
    assertThrows("one_hot largest class") {
      try Tensor.oneHot(Tensor(shape: [1], dtype: .int64, integers: [Int64.max]))
    }
    assertThrows("one_hot huge class count") {
      try Tensor.oneHot(Tensor(shape: [1], dtype: .int64, integers: [1]), numClasses: huge)
    }
    assertThrows("unflatten huge sizes") { try image.unflatten(dim: 3, sizes: [huge, huge]) }
    assertThrows("randperm huge") { try Tensor.randperm(huge) }
    assertThrows("multinomial huge samples") {
      try Tensor.ones([3]).multinomial(numSamples: huge, replacement: true)
    }
    assertThrows("dropout of a huge expand is refused before drawing") {
      try Tensor.ones([1]).expand([huge]).dropout(p: 0.5, training: true)
    }
  }

  func testWorkBudgetStopsLargePooling() throws {
    // This test's own context (EngineTestCase), so the charging hook ends with the test.
    let context = AutogradContext.current
    var charged = 0
    context.chargeWork = { work in
      charged = work
      if work > 1_000_000 { throw AutogradError(.runtimeError, "step budget exhausted") }
    }
    let image = try Tensor.zeros([1, 1, 600, 600])
    assertThrows("avg_pool2d over a huge window count") {
      try image.avgPool2d(kernelSize: [300], stride: [1])
    }
    XCTAssertGreaterThan(charged, 1_000_000)
  }
}
