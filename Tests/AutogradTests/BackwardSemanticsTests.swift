import TestSupport
import XCTest

@testable import Autograd

/// backward(): implicit gradients, shape checks, freeing, retain_graph, accumulation, non-leaf grads.
/// Expected texts are PyTorch 2.15's (facts sheet §3, conformance corpus).
final class BackwardSemanticsTests: EngineTestCase {
  func testNonScalarBackwardNeedsGradient() throws {
    let x = try floats([1, 2, 3], requiresGrad: true)
    assertAutogradError(.runtimeError, "grad can be implicitly created only for scalar outputs") {
      try (x * 2).backward()
    }
    let t = try Tensor.ones([1, 1], requiresGrad: true)
    try (t * 2).backward()
    XCTAssertEqual(t.grad?.description, "tensor([[2.]])")
  }

  func testGradientShapeMismatch() throws {
    let x = try floats([1, 2, 3], requiresGrad: true)
    assertAutogradError(
      .runtimeError,
      "Mismatch in shape: grad_output[0] has a shape of torch.Size([2]) and output[0] has a shape of torch.Size([3])."
    ) { try (x * 2).backward(gradient: Tensor.ones([2])) }
    assertAutogradError(
      .runtimeError,
      "Mismatch in shape: grad_output[0] has a shape of torch.Size([]) and output[0] has a shape of torch.Size([3])."
    ) { try (x * 2).backward(gradient: scalar(1)) }
  }

  func testExplicitGradientAndOtherDType() throws {
    let a = try floats([1, 2, 3], requiresGrad: true)
    try (a * a).backward(gradient: floats([1, 0.5, 2]))
    XCTAssertEqual(a.grad?.description, "tensor([ 2.,  2., 12.])")
    let b = try floats([1, 2, 3], requiresGrad: true)
    try (b * 2).backward(gradient: Tensor.ones([3], dtype: .float64))
    XCTAssertEqual(b.grad?.description, "tensor([2., 2., 2.])")
    XCTAssertEqual(b.grad?.dtype, .float32)
  }

  func testBackwardWithoutGraph() throws {
    assertAutogradError(.runtimeError, "element 0 of tensors does not require grad and does not have a grad_fn") {
      try floats([1]).sum().backward()
    }
    let c = try scalar(3, requiresGrad: true)
    try c.backward()
    XCTAssertEqual(c.grad?.description, "tensor(1.)")
  }

  func testSecondBackwardFailsAfterFreeing() throws {
    let x = try floats([1, 2, 3], requiresGrad: true)
    let y = try (x * x).sum()
    try y.backward()
    assertAutogradError(.runtimeError, AutogradMessages.backwardTwice) { try y.backward() }
    XCTAssertEqual(x.grad?.description, "tensor([2., 4., 6.])")
    // A graph that saved nothing can be backwarded twice.
    try x.setGrad(nil)
    let z = try (x + 1).sum()
    try z.backward()
    try z.backward()
    XCTAssertEqual(x.grad?.description, "tensor([2., 2., 2.])")
  }

  func testRetainGraphAllowsSecondBackward() throws {
    let x = try floats([1, 2, 3], requiresGrad: true)
    let y = try (x * x).sum()
    try y.backward(retainGraph: true)
    XCTAssertEqual(x.grad?.description, "tensor([2., 4., 6.])")
    try y.backward()
    XCTAssertEqual(x.grad?.description, "tensor([ 4.,  8., 12.])")
  }

  func testAccumulationIsInPlaceOnTheSameObject() throws {
    let a = try floats([1, 2], requiresGrad: true)
    XCTAssertNil(a.grad)
    try (a * 3).sum().backward()
    let first = try XCTUnwrap(a.grad)
    XCTAssertEqual(first.description, "tensor([3., 3.])")
    try (a * 3).sum().backward()
    XCTAssertTrue(a.grad === first)
    XCTAssertEqual(first.description, "tensor([6., 6.])")
    try first.zero_()
    XCTAssertEqual(a.grad?.description, "tensor([0., 0.])")
    assertAutogradError(
      .runtimeError,
      "attempting to assign a gradient of size '[3]' to a tensor of size '[2]'. Please ensure that the gradient and the tensor are the same size"
    ) { try a.setGrad(Tensor.ones([3])) }
    XCTAssertFalse(first.requiresGrad)
    XCTAssertNil(first.gradFn)
  }

  func testNonLeafGradWarnsAndRetainGrad() throws {
    let x = try floats([1, 2, 3], requiresGrad: true)
    let y = try x * 2
    var value: Tensor? = nil
    let warnings = collectWarnings { value = y.grad }
    XCTAssertNil(value)
    XCTAssertEqual(warnings, [AutogradMessages.nonLeafGradWarning])
    XCTAssertFalse(y.isLeaf)
    XCTAssertTrue(x.isLeaf)
    XCTAssertTrue(try floats([1]).isLeaf)
    XCTAssertTrue(try (floats([1]) * 2).isLeaf)
    XCTAssertTrue(x.detach().isLeaf)
    try y.retainGrad()
    try (y * y).sum().backward()
    let noWarnings = collectWarnings {
      XCTAssertEqual(y.grad?.description, "tensor([ 4.,  8., 12.])")
    }
    XCTAssertEqual(noWarnings, [])
    XCTAssertEqual(x.grad?.description, "tensor([ 8., 16., 24.])")
    XCTAssertTrue(y.retainsGrad)
    try x.retainGrad()
    XCTAssertFalse(x.retainsGrad)
    assertAutogradError(.runtimeError, "can't retain_grad on Tensor that has requires_grad=False") {
      try scalar(2).retainGrad()
    }
  }

  func testRequiresGradRestrictions() throws {
    assertAutogradError(.runtimeError, "Only Tensors of floating point and complex dtype can require gradients") {
      try Tensor.tensor(.list([.int(1), .int(2)]), requiresGrad: true)
    }
    assertAutogradError(.runtimeError, "Only Tensors of floating point and complex dtype can require gradients") {
      try Tensor.zeros([2], dtype: .int64, requiresGrad: true)
    }
    assertAutogradError(.runtimeError, "only Tensors of floating point dtype can require gradients") {
      try Tensor.tensor(.list([.int(1), .int(2)])).requiresGrad_()
    }
    assertAutogradError(.runtimeError, "only Tensors of floating point and complex dtype can require gradients") {
      try Tensor.tensor(.list([.int(1), .int(2)])).setRequiresGrad(true)
    }
    let x = try floats([1, 2, 3], requiresGrad: true)
    let y = try x * 2
    assertAutogradError(.runtimeError, AutogradMessages.nonLeafRequiresGradChange) { try y.requiresGrad_(false) }
    assertAutogradError(.runtimeError, AutogradMessages.nonLeafRequiresGradChange) { try y.setRequiresGrad(false) }
    XCTAssertTrue(try y.requiresGrad_(true) === y)
    XCTAssertEqual(y.description, "tensor([2., 4., 6.], grad_fn=<MulBackward0>)")
  }

  func testBroadcastGradientsReduceToInputShapes() throws {
    let a = try Tensor.ones([2, 3], requiresGrad: true)
    let b = try Tensor.ones([3], requiresGrad: true)
    let c = try Tensor.ones([2, 1], requiresGrad: true)
    let s = try scalar(2, requiresGrad: true)
    try (a * b * c * s).sum().backward()
    XCTAssertEqual(a.grad?.description, "tensor([[2., 2., 2.],\n        [2., 2., 2.]])")
    XCTAssertEqual(b.grad?.description, "tensor([4., 4., 4.])")
    XCTAssertEqual(c.grad?.description, "tensor([[6.],\n        [6.]])")
    XCTAssertEqual(s.grad?.description, "tensor(6.)")
  }

  func testMixedDTypeGradientsKeepInputDTypes() throws {
    let p = try floats([1, 2], requiresGrad: true)
    let q = try floats([3, 4], dtype: .float64, requiresGrad: true)
    let r = try p * q
    XCTAssertEqual(r.dtype, .float64)
    try r.sum().backward()
    XCTAssertEqual(p.grad?.description, "tensor([3., 4.])")
    XCTAssertEqual(q.grad?.description, "tensor([1., 2.], dtype=torch.float64)")
  }

  func testNextFunctionsAndAccumulateGradIdentity() throws {
    let x = try floats([1, 2, 3], requiresGrad: true)
    let y = try floats([4, 5, 6], requiresGrad: true)
    let t = try Tensor.add(.tensor(x), .int(2))
    let node = try XCTUnwrap(t.gradFn)
    XCTAssertEqual(node.name, "AddBackward0")
    XCTAssertEqual(node.nextFunctions.count, 2)
    let acc = try XCTUnwrap(node.nextFunctions[0].node)
    XCTAssertEqual(acc.qualifiedName, "torch::autograd::AccumulateGrad")
    XCTAssertTrue(acc.variable === x)
    XCTAssertTrue(acc.nextFunctions.isEmpty)
    XCTAssertNil(node.nextFunctions[1].node)
    let viaMul = try (x * y).gradFn?.nextFunctions[1].node
    let viaAdd = try (y + 1).gradFn?.nextFunctions[0].node
    XCTAssertTrue(viaMul === viaAdd)
    XCTAssertEqual(try Tensor.sub(.int(2), .tensor(x)).gradFn?.nextFunctions.count, 1)
    XCTAssertEqual(try x.pow(.int(2)).gradFn?.nextFunctions.count, 1)
    let reciprocal = try Tensor.div(.int(2), .tensor(x)).gradFn
    XCTAssertEqual(reciprocal?.name, "MulBackward0")
    XCTAssertEqual(reciprocal?.nextFunctions.first?.node?.name, "ReciprocalBackward0")
    let squeezed = try x.matmul(Tensor.ones([3, 2])).gradFn
    XCTAssertEqual(squeezed?.name, "SqueezeBackward4")
    XCTAssertEqual(squeezed?.nextFunctions.first?.node?.name, "MmBackward0")
    XCTAssertTrue(node.description.hasPrefix("<AddBackward0 object at 0x"))
    XCTAssertTrue(try x.float() === x)
    XCTAssertTrue(try x.contiguous() === x)
    XCTAssertTrue(try x.flatten() === x)
  }

  func testDiamondGraphAccumulatesBothPaths() throws {
    // corpus 06: a = x * 2; b = a + a * a; b.backward() → x.grad = 2 + 8x = 26 at x = 3
    let x = try scalar(3, requiresGrad: true)
    let a = try x * 2
    let b = try a + a * a
    try b.backward()
    XCTAssertEqual(x.grad?.description, "tensor(26.)")
  }

  func testInferenceTensorsCannotBeSaved() throws {
    let x = try floats([1, 2, 3], requiresGrad: true)
    let context = AutogradContext.current
    context.pushMode(.inference)
    let v = try x * 2
    XCTAssertFalse(context.isGradEnabled)
    XCTAssertTrue(context.isInferenceModeEnabled)
    context.popMode()
    XCTAssertFalse(v.requiresGrad)
    XCTAssertTrue(v.isInference)
    XCTAssertFalse(x.isInference)
    assertAutogradError(.runtimeError, AutogradMessages.inferenceSaved) { try v * x }
    assertAutogradError(.runtimeError, AutogradMessages.inferenceInPlace) { try v.add_(.int(1)) }
  }
}
