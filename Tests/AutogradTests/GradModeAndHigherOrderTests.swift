import Foundation
import TestSupport
import XCTest

@testable import Autograd

/// Grad-mode stack, `autograd.grad`, create_graph and second derivatives (facts sheet §3.7, §3.9).
final class GradModeAndHigherOrderTests: EngineTestCase {
  func testNoGradAndEnableGradNest() throws {
    let context = AutogradContext.current
    let x = try floats([1, 2, 3], requiresGrad: true)
    XCTAssertTrue(context.isGradEnabled)
    context.pushMode(.noGrad)
    let y = try x * 2
    let inner = context.isGradEnabled
    context.pushMode(.enableGrad)
    let z = try x * 2
    context.popMode()
    context.popMode()
    XCTAssertFalse(y.requiresGrad)
    XCTAssertNil(y.gradFn)
    XCTAssertFalse(inner)
    XCTAssertTrue(z.requiresGrad)
    XCTAssertEqual(z.gradFn?.name, "MulBackward0")
    XCTAssertTrue(context.isGradEnabled)
  }

  func testSetGradEnabledAsPlainCall() throws {
    let context = AutogradContext.current
    let x = try floats([1, 2, 3], requiresGrad: true)
    context.setGradEnabled(false)
    XCTAssertFalse(try (x * 2).requiresGrad)
    XCTAssertFalse(context.isGradEnabled)
    context.setGradEnabled(true)
    XCTAssertTrue(context.isGradEnabled)
    context.pushGradEnabled(false)
    XCTAssertFalse(try x.pow(.int(2)).requiresGrad)
    context.popMode()
    XCTAssertTrue(try x.pow(.int(2)).requiresGrad)
  }

  func testPopNeverEmptiesTheStack() {
    let context = AutogradContext.current
    context.popMode()
    context.popMode()
    XCTAssertTrue(context.isGradEnabled)
    XCTAssertEqual(context.modeStack.count, 1)
  }

  func testWithModeRestoresOnError() {
    let context = AutogradContext.current
    XCTAssertThrowsError(
      try context.withMode(.noGrad) { throw AutogradError(.runtimeError, "boom") })
    XCTAssertTrue(context.isGradEnabled)
  }

  func testAutogradGradDoesNotTouchGrad() throws {
    let a = try scalar(3, requiresGrad: true)
    let y = try a.pow(.int(3))
    let g = try XCTUnwrap(Tensor.grad(outputs: [y], inputs: [a], createGraph: true)[0])
    XCTAssertEqual(g.description, "tensor(27., grad_fn=<MulBackward0>)")
    let g2 = try XCTUnwrap(Tensor.grad(outputs: [g], inputs: [a])[0])
    XCTAssertEqual(g2.description, "tensor(18.)")
    XCTAssertNil(a.grad)
    // create_graph retained y's graph.
    try y.backward()
    XCTAssertEqual(a.grad?.description, "tensor(27.)")
  }

  func testPlainAutogradGradFreesTheGraph() throws {
    let a = try scalar(3, requiresGrad: true)
    let y2 = try a.pow(.int(3))
    XCTAssertEqual(try Tensor.grad(outputs: [y2], inputs: [a])[0]?.description, "tensor(27.)")
    assertAutogradError(.runtimeError, AutogradMessages.backwardTwice) { try y2.backward() }
  }

  func testUnusedInputs() throws {
    let a = try scalar(3, requiresGrad: true)
    let b = try scalar(4, requiresGrad: true)
    assertAutogradError(
      .runtimeError,
      "The differentiated Tensor at index 1 appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior."
    ) { try Tensor.grad(outputs: [a * 2], inputs: [a, b]) }
    let unused = try Tensor.grad(outputs: [a * 2], inputs: [a, b], allowUnused: true)
    XCTAssertEqual(unused[0]?.description, "tensor(2.)")
    XCTAssertNil(unused[1])
    let materialized = try Tensor.grad(outputs: [a * 2], inputs: [a, b], materializeGrads: true)
    XCTAssertEqual(materialized[1]?.description, "tensor(0.)")
  }

  func testAutogradGradErrors() throws {
    let a = try scalar(3, requiresGrad: true)
    assertAutogradError(.runtimeError, "grad can be implicitly created only for scalar outputs") {
      try Tensor.grad(outputs: [floats([3, 4], requiresGrad: true) * 2], inputs: [a])
    }
    assertAutogradError(
      .runtimeError, "element 0 of tensors does not require grad and does not have a grad_fn"
    ) {
      try Tensor.grad(outputs: [scalar(3) * 2], inputs: [a])
    }
  }

  func testAutogradGradWithGradOutputs() throws {
    let x = try floats([1, 2, 3], requiresGrad: true)
    let y = try x * x
    let grads = try Tensor.grad(outputs: [y], inputs: [x], gradOutputs: [Tensor.ones([3])])
    XCTAssertEqual(grads[0]?.description, "tensor([2., 4., 6.])")
  }

  func testBackwardCreateGraphWarnsAndGivesCopyBackwards() throws {
    let w = try scalar(3, requiresGrad: true)
    let warnings = try collectWarnings { try w.pow(.int(3)).backward(createGraph: true) }
    XCTAssertEqual(warnings, [AutogradMessages.createGraphWarning])
    let grad = try XCTUnwrap(w.grad)
    XCTAssertEqual(grad.description, "tensor(27., grad_fn=<CopyBackwards>)")
    XCTAssertEqual(try Tensor.grad(outputs: [grad], inputs: [w])[0]?.description, "tensor(18.)")
  }

  func testSecondDerivativesOfUnaryOps() throws {
    // d²/dx² at x = 0.5 checked against closed forms (first principles).
    let x0 = 0.5
    let cases: [(String, (Tensor) throws -> Tensor, Double)] = [
      ("exp", { try $0.exp() }, Foundation.exp(x0)),
      ("sin", { try $0.sin() }, -Foundation.sin(x0)),
      ("cos", { try $0.cos() }, -Foundation.cos(x0)),
      ("log", { try $0.log() }, -1 / (x0 * x0)),
      ("tanh", { try $0.tanh() }, -2 * Foundation.tanh(x0) * (1 - Foundation.tanh(x0) * Foundation.tanh(x0))),
      (
        "sigmoid", { try $0.sigmoid() },
        {
          let s = 1 / (1 + Foundation.exp(-x0)); return s * (1 - s) * (1 - 2 * s)
        }()
      ),
      ("sqrt", { try $0.sqrt() }, -0.25 * Foundation.pow(x0, -1.5)),
      ("pow3", { try $0.pow(.int(3)) }, 6 * x0),
      ("reciprocal", { try $0.reciprocal() }, 2 / (x0 * x0 * x0)),
      ("rdiv", { try Tensor.div(.int(2), .tensor($0)) }, 4 / (x0 * x0 * x0)),
      ("div_self", { try $0.div(.tensor($0.mul(.tensor($0)))) }, 2 / (x0 * x0 * x0)),
      (
        "rpow", { try Tensor.pow(.int(2), .tensor($0)) },
        Foundation.pow(2, x0) * Foundation.log(2) * Foundation.log(2)
      ),
      (
        "pow_self", { try $0.pow(.tensor($0)) },
        {
          let f = Foundation.pow(x0, x0); let l = Foundation.log(x0) + 1; return f * (l * l + 1 / x0)
        }()
      ),
    ]
    for (name, f, expected) in cases {
      let x = try Tensor.scalar(.float(x0), dtype: .float64, requiresGrad: true)
      let first = try XCTUnwrap(Tensor.grad(outputs: [f(x)], inputs: [x], createGraph: true)[0], name)
      let second = try XCTUnwrap(Tensor.grad(outputs: [first], inputs: [x])[0], name)
      guard case .float(let value) = try second.item() else { return XCTFail(name) }
      XCTAssertEqual(value, expected, accuracy: 1e-12, name)
    }
  }

  func testHessianVectorThroughMatmul() throws {
    // f(w) = sum((A w)²) → ∇f = 2 Aᵀ A w, ∇(∇f · v) = 2 Aᵀ A v.
    let a = try floats([1, 2, 3, 4], [2, 2], dtype: .float64)
    let w = try floats([0.5, -1], dtype: .float64, requiresGrad: true)
    let v = try floats([1, 2], dtype: .float64)
    let f = try a.mv(w).pow(.int(2)).sum()
    let g = try XCTUnwrap(Tensor.grad(outputs: [f], inputs: [w], createGraph: true)[0])
    let hv = try XCTUnwrap(Tensor.grad(outputs: [g.dot(v)], inputs: [w])[0])
    // AᵀA = [[10, 14], [14, 20]]; 2·AᵀA·v = [76, 108]
    XCTAssertEqual(try hv.contiguousDoubles(), [76, 108])
  }

  func testAccumulationAcrossCreateGraphBackward() throws {
    let x = try Tensor.scalar(.float(2), dtype: .float64, requiresGrad: true)
    _ = try collectWarnings {
      try x.pow(.int(2)).backward(createGraph: true)
      try x.pow(.int(2)).backward(createGraph: true)
    }
    XCTAssertEqual(try x.grad?.item(), .float(8))
    XCTAssertEqual(x.grad?.requiresGrad, true)
  }
}
