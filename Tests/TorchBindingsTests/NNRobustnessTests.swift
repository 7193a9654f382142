import PythonRuntime
import XCTest

/// torch.nn, torch.optim and torch.utils.data on odd input: errors, never traps or endless recursion.
final class NNRobustnessTests: XCTestCase {
  private func errorText(_ code: String) -> String? {
    Session.withTorch().run("import torch\nimport torch.nn as nn\n" + code).error?.text
  }

  func testAModuleContainingItselfPrintsAndAppliesWithoutRecursingForever() {
    let session = Session.withTorch()
    let result = session.run(
      "import torch.nn as nn\nm = nn.Sequential(nn.ReLU())\nm.add_module('me', m)\nr = repr(m)\nprint(len(r) > 0)"
    )
    XCTAssertNil(result.error?.text)
    XCTAssertEqual(result.output, "True\n")
    XCTAssertEqual(
      session.run("m.apply(lambda x: None)").error?.text, "RecursionError: maximum recursion depth exceeded")
  }

  func testHugeAndNegativeSizesAreErrors() {
    XCTAssertNotNil(errorText("nn.Linear(2**62, 2**62)"))
    XCTAssertNotNil(errorText("nn.Linear(-1, 2)"))
    XCTAssertNotNil(errorText("nn.Conv2d(2, 4, 3, groups=0)"))
    XCTAssertNotNil(errorText("nn.BatchNorm1d(-3)"))
    XCTAssertEqual(
      errorText(
        "from torch.utils.data import DataLoader, TensorDataset\nprint(len(DataLoader(TensorDataset(torch.ones(3)), batch_size=2**62)))"
      ),
      nil)
  }

  func testContainerIndicesOutOfRange() {
    XCTAssertEqual(errorText("nn.Sequential(nn.ReLU())[5]"), "IndexError: index 5 is out of range")
    XCTAssertEqual(errorText("nn.ModuleList([nn.ReLU()])[-2]"), "IndexError: index -2 is out of range")
    XCTAssertEqual(errorText("nn.ModuleDict({})['x']"), "KeyError: 'x'")
  }

  func testOptimizersRefuseWhatIsNotAParameter() {
    XCTAssertEqual(
      errorText("torch.optim.SGD([1.0], lr=0.1)"),
      "TypeError: optimizer can only optimize Tensors, but one of the params is float")
    XCTAssertEqual(
      errorText("x = torch.ones(2, requires_grad=True) * 2\ntorch.optim.SGD([x], lr=0.1)"),
      "ValueError: can't optimize a non-leaf Tensor")
    XCTAssertEqual(
      errorText("torch.optim.SGD(torch.ones(2), lr=0.1)"),
      "TypeError: params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor"
    )
  }
}
