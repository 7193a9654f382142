import TestSupport
import XCTest

@testable import Autograd

/// Views share storage; in-place ops bump versions, are checked against leaves and saved tensors,
/// and rebase history (`CopySlices`). Expected texts from PyTorch 2.15 (facts sheet §2.2, §3.6, §3.8).
final class ViewAndInPlaceTests: EngineTestCase {
  func testViewsShareStorageBothWays() throws {
    let m = try Tensor.arange(end: .int(6)).reshape([2, 3])
    let column = try m.index([.all, .int(1)])
    try column.fill_(.int(9))
    XCTAssertEqual(m.description, "tensor([[0, 9, 2],\n        [3, 9, 5]])")
    try m.index([.int(1)]).mul_(.int(2))
    XCTAssertEqual(column.description, "tensor([ 9, 18])")
    let t = try m.t()
    XCTAssertEqual(t.shape, [3, 2])
    XCTAssertFalse(t.isContiguous)
    try t.index([.int(0), .int(0)]).fill_(.int(-1))
    XCTAssertEqual(try m.index([.int(0), .int(0)]).item(), .int(-1))
    XCTAssertEqual(m.version, t.version)
  }

  func testDetachSharesStorage() throws {
    let x = try floats([1, 2], requiresGrad: true)
    let d = x.detach()
    XCTAssertFalse(d.requiresGrad)
    XCTAssertTrue(d.isLeaf)
    XCTAssertNil(d.gradFn)
    XCTAssertEqual(d.dataPointer, x.dataPointer)
    try d.setIndex([.int(0)], .float(9))
    XCTAssertEqual(x.description, "tensor([9., 2.], requires_grad=True)")
  }

  func testLeafInPlaceErrors() throws {
    let a = try floats([1, 2], requiresGrad: true)
    assertAutogradError(.runtimeError, AutogradMessages.leafInPlace) { try a.add_(.int(1)) }
    assertAutogradError(.runtimeError, AutogradMessages.leafInPlace) { try a += 1 }
    assertAutogradError(.runtimeError, AutogradMessages.leafInPlace) { try a.zero_() }
    assertAutogradError(.runtimeError, AutogradMessages.viewOfLeafInPlace) { try a.setIndex([.int(0)], .float(5)) }
    assertAutogradError(.runtimeError, AutogradMessages.viewOfLeafInPlace) {
      try a.index([.slice(start: nil, stop: 1, step: nil)]).mul_(.int(2))
    }
    XCTAssertEqual(a.version, 0)
  }

  func testInPlaceOnLeafUnderNoGrad() throws {
    let a = try floats([1, 2], requiresGrad: true)
    try AutogradContext.current.withMode(.noGrad) {
      try a.add_(.int(1))
      try a -= 0.5
      try a.setIndex([.int(0)], .float(7))
    }
    XCTAssertEqual(a.description, "tensor([7.0000, 2.5000], requires_grad=True)")
    XCTAssertTrue(a.isLeaf)
    XCTAssertNil(a.gradFn)
    try a.data.add_(.int(1))
    XCTAssertEqual(a.description, "tensor([8.0000, 3.5000], requires_grad=True)")
  }

  func testModifiedSavedOutputIsDetected() throws {
    let b = try Tensor.ones([2], requiresGrad: true)
    let e = try b.exp()
    try e.add_(.int(1))
    XCTAssertEqual(e.description, "tensor([3.7183, 3.7183], grad_fn=<AddBackward0>)")
    assertAutogradError(
      .runtimeError,
      "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
    ) { try e.sum().backward() }
  }

  func testModifiedSavedInputNamesCurrentProducer() throws {
    let b = try Tensor.ones([2], requiresGrad: true)
    let m = try b * 1
    let mm = try m * m
    try m.add_(.int(1))
    XCTAssertEqual(m.description, "tensor([2., 2.], grad_fn=<AddBackward0>)")
    assertAutogradError(
      .runtimeError,
      "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Add, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
    ) { try mm.sum().backward() }
  }

  func testModifiedSavedLeafUnderNoGrad() throws {
    let l = try Tensor.ones([2], requiresGrad: true)
    let p = try l * l
    try AutogradContext.current.withMode(.noGrad) { try l.add_(.int(1)) }
    assertAutogradError(
      .runtimeError,
      "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
    ) { try p.sum().backward() }
  }

  func testInPlaceUnderNoGradIsInvisibleToAutograd() throws {
    let b = try Tensor.ones([2], requiresGrad: true)
    let c = try b * 2
    try AutogradContext.current.withMode(.noGrad) { try c.mul_(.int(3)) }
    XCTAssertEqual(c.description, "tensor([6., 6.], grad_fn=<MulBackward0>)")
    try c.sum().backward()
    XCTAssertEqual(b.grad?.description, "tensor([2., 2.])")
  }

  func testInPlaceMulKeepsOriginalValuesForBackward() throws {
    // b = a * 1; b.mul_(a) → d(b)/da = 2a
    let a = try Tensor.ones([2], requiresGrad: true)
    let b = try a * 1
    try b.mul_(.tensor(a))
    XCTAssertEqual(b.gradFn?.name, "MulBackward0")
    try b.sum().backward()
    XCTAssertEqual(a.grad?.description, "tensor([2., 2.])")
  }

  func testSetItemOnNonLeafGivesCopySlices() throws {
    let w = try Tensor.ones([3], requiresGrad: true)
    let y = try w * 2
    try y.setIndex([.int(0)], .float(5))
    XCTAssertEqual(y.description, "tensor([5., 2., 2.], grad_fn=<CopySlices>)")
    XCTAssertEqual(y.gradFn?.qualifiedName, "torch::autograd::CopySlices")
    XCTAssertEqual(y.gradFn?.nextFunctions.map { $0.node?.name }, ["MulBackward0"])
    try y.sum().backward()
    XCTAssertEqual(w.grad?.description, "tensor([0., 2., 2.])")
  }

  func testSetItemWithTrackedValue() throws {
    let w = try Tensor.ones([3], requiresGrad: true)
    let z = try Tensor.zeros([3])
    try z.setIndex([.int(1)], .tensor(w.index([.int(0)]) * 3))
    XCTAssertEqual(z.description, "tensor([0., 3., 0.], grad_fn=<CopySlices>)")
    XCTAssertEqual(z.gradFn?.nextFunctions.map { $0.node?.name }, [nil, "MulBackward0"])
    try z.sum().backward()
    XCTAssertEqual(w.grad?.description, "tensor([3., 0., 0.])")
  }

  func testInPlaceNodeNames() throws {
    let a = try Tensor.ones([2], requiresGrad: true)
    XCTAssertEqual(try (a * 1).zero_().gradFn?.name, "ZeroBackward0")
    XCTAssertEqual(try (a * 1).fill_(.int(2)).gradFn?.name, "FillBackward2")
    XCTAssertEqual(try (a * 1).copy_(.tensor(Tensor.ones([2]))).gradFn?.name, "CopyBackwards")
    XCTAssertEqual(try (a * 1).clamp_(min: .int(0), max: .int(1)).gradFn?.name, "ClampBackward1")
    XCTAssertNil(try Tensor.ones([2]).zero_().gradFn)
    let x2 = try a * 1
    try x2 += 1
    XCTAssertEqual(x2.gradFn?.name, "AddBackward0")
  }

  func testInPlaceDTypeAndShapeChecks() throws {
    let i = try Tensor.tensor(.list([.int(1), .int(2)]))
    assertAutogradError(.runtimeError, "result type Float can't be cast to the desired output type Long") {
      try i.add_(.float(1.5))
    }
    assertAutogradError(.runtimeError, "output with shape [2] doesn't match the broadcast shape [2, 2]") {
      try Tensor.ones([2]).add_(.tensor(Tensor.ones([2, 2])))
    }
    let f = try Tensor.ones([2])
    try f.add_(.tensor(Tensor.ones([2], dtype: .float64)))
    XCTAssertEqual(f.dtype, .float32)
    XCTAssertEqual(f.description, "tensor([2., 2.])")
    let x = try floats([1, 2, 3])
    assertAutogradError(
      .runtimeError,
      "The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 0.  Target sizes: [2].  Tensor sizes: [3]"
    ) { try x.setIndex([.slice(start: 1, stop: nil, step: nil)], .tensor(floats([7, 8, 9]))) }
    try x.setIndex([.slice(start: 1, stop: nil, step: nil)], .tensor(floats([7, 8])))
    XCTAssertEqual(x.description, "tensor([1., 7., 8.])")
  }

  func testVersionCounterCountsWrites() throws {
    let t = try Tensor.zeros([3])
    XCTAssertEqual(t.version, 0)
    try t.add_(.int(1))
    try t.mul_(.int(2))
    let view = try t.index([.int(0)])
    try view.fill_(.int(3))
    XCTAssertEqual(t.version, 3)
    XCTAssertEqual(view.version, 3)
  }

  func testGradientDescentLoopWithInPlaceUpdates() throws {
    // corpus 08/12: w -= lr * w.grad under no_grad, then zero_.
    let x = try scalar(0, requiresGrad: true)
    var lines: [String] = []
    for step in 0..<3 {
      let y = try (x - 2).pow(.int(2))
      try y.backward()
      try AutogradContext.current.withMode(.noGrad) {
        let grad = try XCTUnwrap(x.grad)
        try x.sub_(.tensor(grad * 0.25))
      }
      try x.grad?.zero_()
      lines.append("\(step) \(try x.item()) \(try y.item())")
    }
    XCTAssertEqual(lines, ["0 1.0 4.0", "1 1.5 1.0", "2 1.75 0.25"])
  }
}

/// `x.T` on ranks other than 2 warns as PyTorch 2.15 does.
final class TransposeWarningTests: EngineTestCase {
  func testDeprecatedTWarnings() throws {
    let x = try floats([1, 2], requiresGrad: true)
    var result: Tensor? = nil
    let warnings = try collectWarnings { result = try x.reversedDims() }
    XCTAssertEqual(result?.description, "tensor([1., 2.], grad_fn=<PermuteBackward0>)")
    XCTAssertEqual(warnings.count, 1)
    XCTAssertTrue(warnings.first?.hasPrefix("UserWarning: The use of `x.T` on tensors of dimension other than 2") ?? false)
    let zeroD = try collectWarnings { result = try scalar(3).reversedDims() }
    XCTAssertEqual(result?.description, "tensor(3.)")
    XCTAssertEqual(zeroD, ["UserWarning: Tensor.T is deprecated on 0-D tensors. This function is the identity in these cases."])
    XCTAssertEqual(try collectWarnings { _ = try Tensor.ones([2, 3]).reversedDims() }, [])
    XCTAssertEqual(try Tensor.ones([2, 3, 4]).reversedDims().shape, [4, 3, 2])
  }
}
