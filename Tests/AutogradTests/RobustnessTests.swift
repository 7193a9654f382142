import XCTest

@testable import Autograd

/// Learner input must never crash: oversized shapes, overflowing arithmetic and odd indices raise or wrap.
final class RobustnessTests: EngineTestCase {

  func testElementBudgetRaisesBeforeAllocating() {
    assertAutogradError(
      .runtimeError,
      "tensor of shape [100000, 100000] would have 10000000000 elements, which exceeds the element budget of 50000000 elements"
    ) { try Tensor.zeros([100_000, 100_000]) }
    XCTAssertThrowsError(try Tensor.ones([Int.max, 4]))
    XCTAssertThrowsError(try Tensor.eye(1_000_000))
    XCTAssertThrowsError(try Tensor.ones([1, 60_000]) + Tensor.ones([60_000, 1]))
    // A view allocates nothing: only copying it is held to the budget; sizes must still be countable.
    XCTAssertNoThrow(try Tensor.ones([1]).expand([100_000, 100_000]))
    XCTAssertThrowsError(try Tensor.ones([1]).expand([100_000, 100_000]).contiguous())
    XCTAssertThrowsError(try Tensor.ones([1]).expand([100_000, 100_000]).sum())
    XCTAssertThrowsError(try Tensor.ones([1]).expand([Int.max, 4]))
    XCTAssertThrowsError(try Tensor.arange(end: .int(Int64.max)))
    XCTAssertThrowsError(try Tensor.linspace(0, 1, steps: Int.max))
    XCTAssertThrowsError(try Tensor.randn([50_000, 50_000]))
  }

  func testConfigurableBudget() throws {
    AutogradContext.current.elementBudget = 10
    XCTAssertNoThrow(try Tensor.zeros([10]))
    XCTAssertThrowsError(try Tensor.zeros([11]))
    let view = try Tensor.ones([4]).expand([3, 4])
    XCTAssertThrowsError(try view.exp())
    XCTAssertThrowsError(try view.tolist())
    XCTAssertEqual(
      view.description, "tensor([[1., 1., 1., 1.],\n        [1., 1., 1., 1.],\n        [1., 1., 1., 1.]])")
  }

  func testNegativeSizes() {
    assertAutogradError(.runtimeError, "Trying to create tensor with negative dimension -2: [-2, 3]") {
      try Tensor.zeros([-2, 3])
    }
    XCTAssertThrowsError(try Tensor.ones([6]).view([-2, 3]))
    XCTAssertThrowsError(try Tensor.eye(-1))
  }

  func testIntegerArithmeticWrapsLikePyTorch() throws {
    let big = try Tensor.tensor(.list([.int(Int64.max), .int(Int64.min)]))
    XCTAssertEqual(try big.add(.int(1)).contiguousIntegers(), [Int64.min, Int64.min + 1])
    XCTAssertEqual(try big.mul(.int(2)).contiguousIntegers(), [-2, 0])
    XCTAssertEqual(try big.neg().contiguousIntegers(), [Int64.min + 1, Int64.min])
    XCTAssertEqual(try big.abs().contiguousIntegers(), [Int64.max, Int64.min])
    XCTAssertEqual(try big.floorDivide(.int(-1)).contiguousIntegers(), [Int64.min + 1, Int64.min])
    XCTAssertEqual(try big.remainder(.int(-1)).contiguousIntegers(), [0, 0])
    XCTAssertEqual(try big.pow(.int(3)).count, 2)
    XCTAssertEqual(try big.sum().contiguousIntegers(), [-1])
    XCTAssertNoThrow(try Tensor.tensor(.list([.float(.infinity), .float(.nan), .float(1e300)])).long())
    // Raises or returns, but never traps.
    _ = try? Tensor.arange(start: .int(Int64.min), end: .int(0), step: .int(Int64.max))
    _ = try? Tensor.arange(start: .int(Int64.max), end: .int(Int64.min), step: .int(-1))
  }

  func testExtremeIndicesAndSlices() throws {
    let x = try floats([1, 2, 3])
    XCTAssertThrowsError(try x.index([.int(Int.max)]))
    XCTAssertThrowsError(try x.index([.int(Int.min)]))
    XCTAssertEqual(
      try x.index([.slice(start: Int.min, stop: Int.max, step: Int.max)]).description, "tensor([1.])")
    XCTAssertEqual(try x.index([.slice(start: Int.max, stop: nil, step: nil)]).shape, [0])
    XCTAssertEqual(try x.index([.slice(start: 1, stop: nil, step: Int.max - 1)]).description, "tensor([2.])")
    XCTAssertThrowsError(try x.narrow(dim: 0, start: 1, length: Int.max))
    XCTAssertThrowsError(try x.index([.tensor(Tensor.tensor(.list([.int(Int64.max)])))]))
    XCTAssertThrowsError(try x.sum(dims: [Int.min]))
    XCTAssertThrowsError(try x.transpose(Int.max, 0))
    XCTAssertThrowsError(try x.unsqueeze(Int.min))
  }

  func testEmptyTensors() throws {
    let empty = try Tensor.zeros([0, 3])
    XCTAssertEqual(try empty.sum().description, "tensor(0.)")
    XCTAssertEqual(try empty.mean().description, "tensor(nan)")
    XCTAssertEqual(try empty.sum(dims: [0]).description, "tensor([0., 0., 0.])")
    XCTAssertThrowsError(try empty.max())
    XCTAssertThrowsError(try empty.max(dim: 0))
    XCTAssertEqual(try empty.matmul(Tensor.ones([3, 2])).shape, [0, 2])
    XCTAssertEqual(
      try Tensor.ones([2, 0]).matmul(Tensor.ones([0, 3])).description,
      "tensor([[0., 0., 0.],\n        [0., 0., 0.]])")
    XCTAssertEqual(try empty.t().reshape([-1]).shape, [0])
    XCTAssertThrowsError(try empty.reshape([-1, 0]))
    XCTAssertEqual(try (empty * 2).shape, [0, 3])
    XCTAssertEqual(try empty.index([.slice(start: nil, stop: nil, step: 2)]).shape, [0, 3])
  }

  func testFloatEdgeValues() throws {
    let x = try floats([0, -0.0, .infinity, -.infinity, .nan])
    XCTAssertNoThrow(try x.floorDivide(.int(0)))
    XCTAssertNoThrow(try x.remainder(.int(0)))
    XCTAssertNoThrow(try x.pow(.float(-0.5)))
    XCTAssertNoThrow(try x.clamp(min: .float(.nan)))
    XCTAssertEqual(try x.max().description, "tensor(nan)")
    XCTAssertEqual(try x.argmax().description, "tensor(4)")
  }
}
