import PythonRuntime
import TestSupport
import XCTest

/// numpy is not available in cells (issue 12, section 5): `import numpy as np` stays silent (the seed
/// notebook and lesson 01 start with it), and using numpy must say that numpy is not available and name
/// the torch equivalent. These are Gradbook's own expectations (PyTorch has numpy), so they live here,
/// not in PyTorch-generated data; the wording is Gradbook's, and the test pins each case's text.
final class NumpyAbsenceTests: XCTestCase {
  struct Case {
    var code: String
    /// The torch spelling the message must name.
    var torchEquivalent: String
    /// What the cell prints as its error today.
    var today: String
  }

  static let cases: [Case] = [
    Case(
      code: "import torch\nt = torch.ones(5)\nt.numpy()", torchEquivalent: ".tolist()",
      today:
        "RuntimeError: numpy is not available in Gradbook; use .tolist() or .item() to get Python numbers"),
    Case(
      code: "import torch\nt = torch.ones(5)\nt.numpy(force=True)", torchEquivalent: ".tolist()",
      today:
        "RuntimeError: numpy is not available in Gradbook; use .tolist() or .item() to get Python numbers"),
    Case(
      code: "import torch\nimport numpy as np\ntorch.tensor(np.array([1, 2]))",
      torchEquivalent: "torch.tensor",
      today: "AttributeError: numpy is not available in Gradbook; use torch.tensor instead of numpy.array"),
    Case(
      code: "import numpy as np\nnp.ones(5)", torchEquivalent: "torch.ones",
      today: "AttributeError: numpy is not available in Gradbook; use torch.ones instead of numpy.ones"),
    Case(
      code: "import torch\ntorch.from_numpy([1, 2])", torchEquivalent: "torch.tensor",
      today:
        "RuntimeError: numpy is not available in Gradbook, so there is no ndarray to convert; use torch.tensor(data) to make a tensor from Python numbers or lists"
    ),
    Case(
      code: "from numpy import array", torchEquivalent: "torch.tensor",
      today:
        "ImportError: cannot import name 'array' from 'numpy': numpy is not available in Gradbook; use torch.tensor instead of numpy.array"
    ),
    Case(
      code: "import numpy as np\nnp.random.seed(0)", torchEquivalent: "torch.manual_seed",
      today:
        "AttributeError: numpy is not available in Gradbook; use torch.rand or torch.randn (seeded with torch.manual_seed) instead of numpy.random"
    ),
    Case(
      code: "import numpy as np\nnp.polyfit", torchEquivalent: "torch.tensor",
      today:
        "AttributeError: numpy is not available in Gradbook ('numpy.polyfit' is not provided); work with torch tensors, made with torch.tensor(data)"
    ),
  ]

  /// The rule of issue 12: the message says numpy is not available and names the torch equivalent.
  static func meetsTheRule(_ message: String, torchEquivalent: String) -> Bool {
    message.contains("numpy is not available") && message.contains(torchEquivalent)
  }

  func testImportingNumpyStaysSilent() {
    let result = Session.withTorch().run("import torch\nimport numpy as np\nimport numpy\nprint('imported')")
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "imported\n")
    XCTAssertEqual(result.warnings, [])
  }

  func testUsingNumpySaysItIsAbsentAndNamesTheTorchEquivalent() {
    for item in Self.cases {
      let result = Session.withTorch().run(item.code)
      let error = result.error?.text ?? "(no error)"
      XCTAssertEqual(result.output, "", item.code)
      let meets = Self.meetsTheRule(error, torchEquivalent: item.torchEquivalent)
      assertTextEqual(error, item.today, item.code)
      XCTAssertTrue(meets, "\(item.code)\n\(error) must say numpy is absent and name \(item.torchEquivalent)")
    }
  }

  /// The rule itself can fail: a message without the torch name does not meet it.
  func testTheRuleRejectsAMessageWithoutTheTorchName() {
    XCTAssertFalse(Self.meetsTheRule("numpy is not available in Gradbook", torchEquivalent: "torch.tensor"))
    XCTAssertTrue(
      Self.meetsTheRule(
        "numpy is not available in Gradbook; use torch.tensor", torchEquivalent: "torch.tensor"))
  }
}
