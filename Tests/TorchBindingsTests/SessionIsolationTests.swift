import PythonRuntime
import XCTest

/// Each session owns its engine state: grad mode, the default generator, warn-once warnings and object
/// identities never leak from one session into another, however their cells interleave.
/// Random values are PyTorch 2.15's (`torch.manual_seed(n)` then `torch.rand(...)`).
final class SessionIsolationTests: XCTestCase {
  func testInterleavedSessionsKeepTheirOwnGradModeAndGenerator() {
    let first = Session.withTorch()
    let second = Session.withTorch()
    XCTAssertNil(first.run("import torch\ntorch.manual_seed(1)\ntorch.set_grad_enabled(False)").error)
    XCTAssertNil(second.run("import torch\ntorch.manual_seed(2)").error)
    XCTAssertEqual(
      first.run("print(torch.is_grad_enabled(), torch.rand(2))").output, "False tensor([0.7576, 0.2793])\n")
    XCTAssertEqual(
      second.run("print(torch.is_grad_enabled(), torch.rand(2))").output, "True tensor([0.6147, 0.3810])\n")
    XCTAssertEqual(first.run("print(torch.rand(2))").output, "tensor([0.4031, 0.7347])\n")
    XCTAssertEqual(second.run("print(torch.rand(2))").output, "tensor([0.6371, 0.4745])\n")
  }

  func testANewSessionStartsFreshWhateverAnEarlierOneLeftBehind() {
    let earlier = Session.withTorch()
    XCTAssertNil(earlier.run("import torch\ntorch.manual_seed(1)\ntorch.set_grad_enabled(False)").error)
    // A fresh session is a fresh Python process: grad on, PyTorch's compiled-in default seed
    // (67280421310721), whose first torch.rand(1) is 0.2673.
    XCTAssertEqual(
      Session.withTorch().run("import torch\nprint(torch.is_grad_enabled(), torch.rand(1))").output,
      "True tensor([0.2673])\n")
    XCTAssertEqual(earlier.run("print(torch.is_grad_enabled())").output, "False\n")
  }

  func testWarnOnceWarningsAreOncePerSession() {
    let cell = "import torch\nw = torch.tensor(2.0, requires_grad=True)\n(w * w).backward(create_graph=True)"
    let first = Session.withTorch()
    XCTAssertEqual(first.run(cell).warnings.count, 1)
    XCTAssertEqual(first.run(cell).warnings.count, 0)
    XCTAssertEqual(Session.withTorch().run(cell).warnings.count, 1)
  }
}
