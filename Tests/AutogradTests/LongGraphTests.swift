import XCTest

@testable import Autograd

/// Very long graphs (a learner's loop of many steps) must backward and be freed without exhausting the stack.
final class LongGraphTests: EngineTestCase {
  func testLongChainBackwardAndRelease() throws {
    let x = try Tensor.scalar(.float(1), dtype: .float64, requiresGrad: true)
    var y = x
    for _ in 0..<100_000 { y = try y.mul(.float(1.0)).add(.float(0)) }
    try y.backward()
    XCTAssertEqual(try x.grad?.item(), .float(1))
    y = x  // drops the 200,000-node graph
    XCTAssertTrue(y.isLeaf)
  }

  func testLongChainAutogradGradWithIntermediateInput() throws {
    let x = try Tensor.scalar(.float(2), dtype: .float64, requiresGrad: true)
    var y = try x * 1
    let middle = y
    for _ in 0..<20_000 { y = try y.add(.float(1)) }
    let grads = try Tensor.grad(outputs: [y], inputs: [middle, x])
    XCTAssertEqual(try grads[0]?.item(), .float(1))
    XCTAssertEqual(try grads[1]?.item(), .float(1))
  }

  func testGraphsWithSavedTensorsAreReleased() throws {
    weak var weakNode: GradFn? = nil
    do {
      let x = try Tensor.ones([2], requiresGrad: true)
      var y = x
      for _ in 0..<5_000 { y = try y.mul(.tensor(y)).sigmoid() }
      weakNode = y.gradFn
      XCTAssertNotNil(weakNode)
    }
    XCTAssertNil(weakNode, "graph freed once its tensors are gone")
  }
}
