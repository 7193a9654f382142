import XCTest

@testable import Autograd

/// A test case whose every test runs with a fresh engine context bound: grad mode on, default seed,
/// default budget, no warning sink, and nothing left over from other tests.
class EngineTestCase: XCTestCase {
  override func invokeTest() {
    AutogradContext().bind { super.invokeTest() }
  }
}

/// Asserts `body` throws an `AutogradError` of `kind` with exactly `message`.
func assertAutogradError<T>(
  _ kind: AutogradError.Kind, _ message: String, file: StaticString = #filePath, line: UInt = #line,
  _ body: () throws -> T
) {
  do {
    _ = try body()
    XCTFail("expected \(kind.rawValue): \(message)", file: file, line: line)
  } catch let error as AutogradError {
    XCTAssertEqual(error.kind, kind, file: file, line: line)
    XCTAssertEqual(error.message, message, file: file, line: line)
  } catch {
    XCTFail("unexpected error \(error)", file: file, line: line)
  }
}

/// A float32 1-D or nested tensor from literals.
func floats(_ values: [Double], _ shape: [Int]? = nil, dtype: DType = .float32, requiresGrad: Bool = false) throws
  -> Tensor
{
  let flat = try Tensor.tensor(.list(values.map { .float($0) }), dtype: dtype)
  let shaped = try flat.reshape(shape ?? [values.count]).detach()
  return try shaped.requiresGrad_(requiresGrad)
}

/// A float32 0-d tensor.
func scalar(_ value: Double, requiresGrad: Bool = false) throws -> Tensor {
  try Tensor.scalar(.float(value), requiresGrad: requiresGrad)
}

/// Collects warnings emitted while running `body`.
func collectWarnings(_ body: () throws -> Void) rethrows -> [String] {
  var warnings: [String] = []
  let context = AutogradContext.current
  let previous = context.warn
  context.warn = { warnings.append($0) }
  defer { context.warn = previous }
  try body()
  return warnings
}
