import Foundation
import NumberFormat
import TestSupport
import XCTest

@testable import Autograd

/// Cells of the conformance corpus (`Tests/Fixtures/conformance`, PyTorch's exact output), replayed through
/// the Swift API by hand: the engine must print, raise and warn what PyTorch printed, raised and warned.
final class CorpusReplayTests: EngineTestCase {
  /// What a replayed cell produced.
  struct Outcome {
    var output = ""
    var warnings: [String] = []
    var error: String? = nil
  }

  /// Python's `print(*items)`.
  static func line(_ items: Any?...) -> String {
    items.map { show($0) }.joined(separator: " ") + "\n"
  }

  /// Python's `repr` of the values a replay prints.
  static func show(_ value: Any?) -> String {
    switch value {
    case nil: return "None"
    case let tensor as Tensor: return tensor.description
    case let optional as Tensor?: return optional.map { $0.description } ?? "None"
    case let scalar as Scalar: return scalar.description
    case let flag as Bool: return flag ? "True" : "False"
    case let number as Int: return String(number)
    case let number as Double: return PythonFloatFormat.repr(number)
    case let node as GradFn: return node.description
    case let tuple as [Tensor?]:
      let inner = tuple.map { show($0) }
      return "(" + inner.joined(separator: ", ") + (inner.count == 1 ? ",)" : ")")
    case let text as String: return text
    default: return "\(value!)"
    }
  }

  /// Python's `round(x, digits)` for the magnitudes the corpus uses.
  static func round(_ value: Scalar, _ digits: Int) -> Double {
    let scale = Foundation.pow(10.0, Double(digits))
    return (value.doubleValue * scale).rounded(.toNearestOrEven) / scale
  }

  /// Runs `body` collecting printed text, warnings and the error, like a notebook cell.
  func replay(_ body: (inout Outcome) throws -> Void) -> Outcome {
    var outcome = Outcome()
    var warnings: [String] = []
    let context = AutogradContext.current
    context.warn = { warnings.append($0) }
    defer { context.warn = { _ in } }
    do {
      try body(&outcome)
    } catch let error as AutogradError {
      outcome.error = error.description
    } catch {
      outcome.error = "\(error)"
    }
    outcome.warnings = warnings
    return outcome
  }

  func check(
    _ session: String, _ index: Int, file: StaticString = #filePath, line: UInt = #line,
    _ body: (inout Outcome) throws -> Void
  ) {
    let cells: [ConformanceCorpus.Cell]
    do {
      cells = try ConformanceCorpus.load().session(session).cells
    } catch {
      return XCTFail("\(error)", file: file, line: line)
    }
    guard index < cells.count else { return XCTFail("no cell \(session)[\(index)]", file: file, line: line) }
    let expected = cells[index]
    let outcome = replay(body)
    let normalized = outcome.output.replacingOccurrences(
      of: "0x[0-9a-f]+", with: "0x...", options: .regularExpression)
    assertTextEqual(
      normalized, expected.output, "\(session)[\(index)]\n\(expected.code)", file: file, line: line)
    XCTAssertEqual(
      outcome.warnings, expected.warnings, "\(session)[\(index)] warnings", file: file, line: line)
    XCTAssertEqual(outcome.error, expected.error, "\(session)[\(index)] error", file: file, line: line)
  }

  typealias L = CorpusReplayTests

  func testSeedNotebook() throws {
    check("01_seed_notebook", 11) { out in
      let x = try Tensor.scalar(.float(2), requiresGrad: true)
      let y = try 9 * x.pow(.int(4)) + 2 * x.pow(.int(3)) + 3 * x.pow(.int(2)) + 6 * x + 1
      try y.backward()
      out.output += L.line(x.grad)
    }
    var x: Tensor? = nil
    var y: Tensor? = nil
    var z: Tensor? = nil
    check("01_seed_notebook", 12) { _ in
      Tensor.manualSeed(0)
      x = try Tensor.randn([2, 2], requiresGrad: true)
      y = try XCTUnwrap(x) + 2
      z = try (XCTUnwrap(y) * XCTUnwrap(y)).sum()
      try z?.backward()
    }
    check("01_seed_notebook", 13) { out in out.output += L.line(x) }
    check("01_seed_notebook", 14) { out in out.output += L.line(y) }
    check("01_seed_notebook", 15) { out in out.output += L.line(z) }
    check("01_seed_notebook", 16) { out in out.output += L.line(x?.grad) }
    check("01_seed_notebook", 17) { out in out.output += L.line(y?.grad) }
    check("01_seed_notebook", 18) { out in out.output += L.line(z?.grad) }
    check("01_seed_notebook", 19) { out in
      Tensor.manualSeed(1)
      let x = try Tensor.randn([2, 2], requiresGrad: true)
      let y = try x + 2
      let z = try y * y
      try y.backward(gradient: z)
      out.output += L.line(x.grad)
    }
    check("01_seed_notebook", 24) { out in
      let x = try floats([1, 2, 3, 4], [2, 2], requiresGrad: true)
      let y = try x + 2
      let z = try 3 * y.pow(.int(2))
      let mean = try z.mean()
      try mean.backward()
      out.output += L.line(x.grad)
    }
    check("01_seed_notebook", 27) { out in
      let x = try scalar(1, requiresGrad: true)
      try AutogradContext.current.withMode(.noGrad) {
        out.output += L.line(x.requiresGrad)
        out.output += L.line(try x.pow(.int(2)).requiresGrad)
      }
      out.output += L.line(x.requiresGrad)
    }
    check("01_seed_notebook", 28) { _ in
      let x = try Tensor.ones([2, 2], requiresGrad: true)
      try (x * 3).backward()
    }
  }

  func testBackwardBasics() throws {
    check("04_backward_basics", 2) { out in
      let x = try scalar(2, requiresGrad: true)
      try Tensor.div(.int(1), .tensor(x)).backward()
      out.output += L.line(x.grad)
    }
    check("04_backward_basics", 3) { out in
      let x = try floats([1, 2], requiresGrad: true)
      try (x.exp() + x.log()).sum().backward()
      out.output += L.line(x.grad)
    }
    check("04_backward_basics", 4) { out in
      let x = try floats([0, 1, 2], requiresGrad: true)
      try x.sin().sum().backward()
      out.output += L.line(x.grad)
    }
    check("04_backward_basics", 5) { out in
      let x = try floats([-1, 0, 1], requiresGrad: true)
      try (x.tanh() + x.sigmoid()).sum().backward()
      out.output += L.line(x.grad)
    }
    check("04_backward_basics", 8) { out in
      let x = try floats([4, 9], requiresGrad: true)
      try x.sqrt().sum().backward()
      out.output += L.line(x.grad)
    }
    check("04_backward_basics", 9) { out in
      let x = try scalar(0.5, requiresGrad: true)
      let y = try (3 * x.pow(.int(2)) - 1).sigmoid()
      try y.backward()
      out.output += L.line(y, x.grad)
    }
    check("04_backward_basics", 10) { out in
      let a = try scalar(1, requiresGrad: true)
      let b = try scalar(4, requiresGrad: true)
      let c = try a - b
      let d = try -c * b
      try d.backward()
      out.output += L.line(c, d, a.grad, b.grad)
    }
    check("04_backward_basics", 11) { out in
      let a = try floats([1, 2], requiresGrad: true)
      let b = try floats([4, 8], requiresGrad: true)
      try (a / b).sum().backward()
      out.output += L.line(a.grad, b.grad)
    }
    check("04_backward_basics", 12) { out in
      let a = try scalar(2, requiresGrad: true)
      let b = try scalar(3, requiresGrad: true)
      let c = try a.pow(.tensor(b))
      try c.backward()
      out.output += L.line(c, a.grad, b.grad)
    }
    check("04_backward_basics", 13) { out in
      let x = try scalar(3, requiresGrad: true)
      let y = try Tensor.pow(.int(2), .tensor(x))
      try y.backward()
      out.output += L.line(y, x.grad)
    }
    check("04_backward_basics", 14) { out in
      let x = try Tensor.ones([3, 4], requiresGrad: true)
      try x.mean().backward()
      out.output += L.line(x.grad)
    }
    let x = try floats([1, 2], requiresGrad: true)
    check("04_backward_basics", 16) { out in
      out.output += L.line(
        try (x + 1).gradFn, try (x - 1).gradFn, try (x * 3).gradFn, try (x / 3).gradFn)
    }
    check("04_backward_basics", 17) { out in
      out.output += L.line(
        try x.pow(.int(2)).gradFn, try x.neg().gradFn, try x.sum().gradFn, try x.mean().gradFn)
    }
    check("04_backward_basics", 19) { out in out.output += L.line(x.gradFn, x.isLeaf, try (x * 2).isLeaf) }
    check("04_backward_basics", 22) { out in out.output += L.line(try x.mean()) }
  }

  func testBroadcastGrads() throws {
    check("05_broadcast_grads", 7) { out in
      let a = try floats([1, 2, 3, 4], [2, 2], requiresGrad: true)
      let b = try floats([0.5, 0, 1, -1], [2, 2], requiresGrad: true)
      try a.matmul(b).sum().backward()
      out.output += L.line(a.grad)
      out.output += L.line(b.grad)
    }
    check("05_broadcast_grads", 8) { out in
      let w = try floats([1, 2, 3, 4, 5, 6], [2, 3], requiresGrad: true)
      let v = try floats([1, 0, -1], requiresGrad: true)
      let y = try w.matmul(v)
      try y.sum().backward()
      out.output += L.line(y, w.grad, v.grad)
    }
    check("05_broadcast_grads", 11) { out in
      let x = try floats([1, 2, 3, 4], [2, 2], requiresGrad: true)
      try (x.index([.int(0)]) * 5 + x.index([.all, .int(1)])).sum().backward()
      out.output += L.show(x.grad) + "\n"
    }
  }

  func testAccumulationAndGraph() throws {
    let x = try scalar(2, requiresGrad: true)
    check("06_accumulation_and_graph", 1) { out in
      try (x * x).backward()
      out.output += L.line(x.grad)
      try (x * x).backward()
      out.output += L.line(x.grad)
    }
    check("06_accumulation_and_graph", 2) { out in
      try x.grad?.zero_()
      try (3 * x).backward()
      out.output += L.line(x.grad)
    }
    check("06_accumulation_and_graph", 3) { out in
      try x.setGrad(nil)
      out.output += L.line(x.grad)
    }
    check("06_accumulation_and_graph", 4) { _ in
      let x = try scalar(1, requiresGrad: true)
      let y = try x.pow(.int(2))
      try y.backward()
      try y.backward()
    }
  }

  func testNonLeafAndRetainGrad() throws {
    check("07_nonleaf_and_retain_grad", 1) { out in
      let x = try floats([1, 2], requiresGrad: true)
      let y = try x * 3
      try y.sum().backward()
      _ = y.grad  // an expression statement whose value is None prints nothing
    }
    check("07_nonleaf_and_retain_grad", 3) { out in
      let x = try floats([1, 2], requiresGrad: true)
      let y = try x * 3
      try y.retainGrad()
      try y.pow(.int(2)).sum().backward()
      out.output += L.line(y.grad)
      out.output += L.line(x.grad)
    }
    check("07_nonleaf_and_retain_grad", 5) { out in
      let w = try floats([0.5])
      out.output += L.line(w.isLeaf, w.requiresGrad)
      try w.requiresGrad_()
      out.output += L.line(w.isLeaf, w.requiresGrad)
    }
  }

  func testGradModes() throws {
    check("08_grad_modes", 5) { out in
      let w = try floats([1, 2], requiresGrad: true)
      try (w * w).sum().backward()
      try AutogradContext.current.withMode(.noGrad) { try w -= XCTUnwrap(w.grad) * 0.1 }
      out.output += L.line(w, w.grad)
    }
    check("08_grad_modes", 6) { _ in
      let w = try floats([1, 2], requiresGrad: true)
      try w += 1
    }
    check("08_grad_modes", 11) { out in
      out.output += L.line(
        try Tensor.zeros([2], requiresGrad: true), try Tensor.ones([1, 2], requiresGrad: true))
    }
  }

  func testAutogradGrad() throws {
    check("09_autograd_grad", 1) { out in
      let x = try scalar(2, requiresGrad: true)
      let g = try Tensor.grad(outputs: [x.pow(.int(3))], inputs: [x])
      out.output += L.line(g)
      out.output += L.line(x.grad)
    }
    check("09_autograd_grad", 2) { out in
      let x = try scalar(2, requiresGrad: true)
      let dy = try XCTUnwrap(Tensor.grad(outputs: [x.pow(.int(3))], inputs: [x], createGraph: true)[0])
      out.output += L.line(dy)
      out.output += L.line(try Tensor.grad(outputs: [dy], inputs: [x])[0])
    }
    let a = try scalar(1, requiresGrad: true)
    let c = try scalar(5, requiresGrad: true)
    check("09_autograd_grad", 4) { _ in _ = try Tensor.grad(outputs: [a * 3], inputs: [a, c]) }
    check("09_autograd_grad", 5) { out in
      out.output += L.line(try Tensor.grad(outputs: [a * 3], inputs: [a, c], allowUnused: true))
    }
    check("09_autograd_grad", 6) { out in
      let x = try scalar(3, requiresGrad: true)
      try x.pow(.int(2)).backward(createGraph: true)
      out.output += L.line(x.grad)
    }
  }

  func testGradientDescent() throws {
    var w: Tensor? = nil
    var b: Tensor? = nil
    let xs = try floats([0, 1, 2, 3])
    let ys = try 2 * xs + 1
    check("12_gradient_descent", 1) { out in
      let weight = try scalar(0, requiresGrad: true)
      let bias = try scalar(0, requiresGrad: true)
      let lr = 0.05
      for epoch in 0..<200 {
        let pred = try weight * xs + bias
        let loss = try (pred - ys).pow(.int(2)).mean()
        try loss.backward()
        try AutogradContext.current.withMode(.noGrad) {
          try weight -= lr * XCTUnwrap(weight.grad)
          try bias -= lr * XCTUnwrap(bias.grad)
        }
        try weight.grad?.zero_()
        try bias.grad?.zero_()
        if epoch % 50 == 0 { out.output += L.line(epoch, L.round(try loss.item(), 4)) }
      }
      out.output += L.line(weight, bias)
      w = weight
      b = bias
    }
    check("12_gradient_descent", 2) { out in
      out.output += L.line(try (XCTUnwrap(w) * xs + XCTUnwrap(b) - ys).pow(.int(2)).mean())
    }
    check("12_gradient_descent", 3) { out in
      Tensor.manualSeed(0)
      let X = try Tensor.randn([8, 2])
      let trueW = try floats([2, -3], [2, 1])
      let Y = try X.matmul(trueW) + 0.5
      let W = try Tensor.zeros([2, 1], requiresGrad: true)
      let c = try Tensor.zeros([1], requiresGrad: true)
      var loss = try scalar(0)
      for _ in 0..<100 {
        loss = try (X.matmul(W) + c - Y).pow(.int(2)).mean()
        try loss.backward()
        try AutogradContext.current.withMode(.noGrad) {
          try W -= XCTUnwrap(W.grad) * 0.1
          try c -= XCTUnwrap(c.grad) * 0.1
          try W.grad?.zero_()
          try c.grad?.zero_()
        }
      }
      out.output += L.line(try W.detach().t(), c.detach(), L.round(try loss.item(), 6))
    }
  }

  func testOpsForward() throws {
    let a = try floats([1, 2, 3, 4], [2, 2])
    let b = try floats([0.5, -1, 2, 0.25], [2, 2])
    let session = "03_ops_forward"
    check(session, 1) { out in
      for t in [try a + b, try a - b, try a * b, try a / b] { out.output += L.line(t) }
    }
    check(session, 2) { out in
      out.output += L.line(try a.pow(.int(2)))
      out.output += L.line(try Tensor.pow(.int(2), .tensor(a)))
      out.output += L.line(try a.pow(.tensor(b)))
    }
    check(session, 3) { out in
      out.output += L.line(try a.neg())
      out.output += L.line(try Tensor.sub(.int(1), .tensor(a)))
      out.output += L.line(try Tensor.div(.int(1), .tensor(a)))
    }
    check(session, 4) { out in
      out.output += L.line(try a.floorDivide(.int(3)))
      out.output += L.line(try a.remainder(.int(3)))
    }
    check(session, 5) { out in
      for t in [try a.exp(), try a.log(), try a.sqrt()] { out.output += L.line(t) }
    }
    check(session, 6) { out in
      for t in [try a.sin(), try a.cos(), try b.tanh()] { out.output += L.line(t) }
    }
    check(session, 7) { out in
      for t in [try b.sigmoid(), try b.relu(), try b.abs()] { out.output += L.line(t) }
    }
    check(session, 9) { out in
      out.output += L.line(try a.sum(), try a.mean())
      out.output += L.line(try a.sum(dims: [0]), try a.sum(dims: [1]), try a.sum(dims: [1], keepdim: true))
      out.output += L.line(try a.mean(dims: [0]), try a.mean(dims: [0], keepdim: true))
    }
    check(session, 10) { out in out.output += L.line(try a.max(), try a.min(), try b.argmax()) }
    check(session, 11) { out in
      for t in [try a.matmul(b), try a.matmul(b), try a.mm(b)] { out.output += L.line(t) }
    }
    check(session, 12) { out in
      let v = try floats([1, -1])
      for t in [try a.matmul(v), try v.matmul(v), try v.dot(v)] { out.output += L.line(t) }
    }
    check(session, 13) { out in
      for t in [
        try a.t(), try a.reversedDims(), try a.view([4]), try a.reshape([1, 4]), try a.view([-1, 1]),
      ] {
        out.output += L.line(t)
      }
    }
  }
}
