import XCTest
@testable import Autograd

final class SmokeTests: EngineTestCase {
  func testSeedNotebookPolynomial() throws {
    let x = try Tensor.scalar(.float(2), requiresGrad: true)
    // y = 9*x**4 + 2*x**3 + 3*x**2 + 6*x + 1
    let t1 = try Tensor.mul(.int(9), .tensor(x.pow(.int(4))))
    let t2 = try Tensor.mul(.int(2), .tensor(x.pow(.int(3))))
    let t3 = try Tensor.mul(.int(3), .tensor(x.pow(.int(2))))
    let t4 = try Tensor.mul(.int(6), .tensor(x))
    let y = try t1.add(t2).add(t3).add(t4).add(.int(1))
    try y.backward()
    XCTAssertEqual(try x.grad?.item(), .float(330))
    XCTAssertEqual(y.description, "tensor(185., grad_fn=<AddBackward0>)")
  }
}
