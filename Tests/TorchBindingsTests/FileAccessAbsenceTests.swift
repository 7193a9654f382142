import PythonRuntime
import TestSupport
import XCTest

/// Cells have no file access, so `torch.save` and `torch.load` cannot work as in PyTorch. Gradbook's own
/// expectation (PyTorch would write or read the file), so it lives here with the pinned text, not in
/// PyTorch-generated data: the error says files are out of reach and names the in-memory idiom.
final class FileAccessAbsenceTests: XCTestCase {
  static let idiom = "best = copy.deepcopy(model.state_dict())"

  static let cases: [(code: String, error: String)] = [
    (
      "import torch\nimport torch.nn as nn\nmodel = nn.Linear(2, 1)\ntorch.save(model.state_dict(), 'model.pt')",
      "RuntimeError: torch.save() is not available in Gradbook cells: cells cannot reach files, so nothing can be "
        + "written to disk; to keep a model's weights in memory, use best = copy.deepcopy(model.state_dict()) "
        + "and later model.load_state_dict(best)"
    ),
    (
      "import torch\ntorch.save(torch.ones(2), f='t.pt', pickle_protocol=4)",
      "RuntimeError: torch.save() is not available in Gradbook cells: cells cannot reach files, so nothing can be "
        + "written to disk; to keep a model's weights in memory, use best = copy.deepcopy(model.state_dict()) "
        + "and later model.load_state_dict(best)"
    ),
    (
      "import torch\nimport torch.nn as nn\nmodel = nn.Linear(2, 1)\n"
        + "model.load_state_dict(torch.load('model.pt', weights_only=True))",
      "RuntimeError: torch.load() is not available in Gradbook cells: cells cannot reach files, so there is nothing "
        + "to read; to keep a model's weights in memory, use best = copy.deepcopy(model.state_dict()) "
        + "and later model.load_state_dict(best)"
    ),
  ]

  func testSaveAndLoadSayCellsHaveNoFilesAndNameTheInMemoryIdiom() {
    for item in Self.cases {
      let result = Session.withTorch().run(item.code)
      let error = result.error?.text ?? "(no error)"
      XCTAssertEqual(result.output, "", item.code)
      assertTextEqual(error, item.error, item.code)
      XCTAssertTrue(error.contains("cannot reach files") && error.contains(Self.idiom), item.code)
    }
  }

  /// The suggested idiom itself works in a cell: weights kept with deepcopy come back after training.
  func testTheSuggestedIdiomKeepsWeightsInMemory() {
    let code = """
      import copy
      import torch
      import torch.nn as nn
      model = nn.Linear(2, 1)
      best = copy.deepcopy(model.state_dict())
      before = model.weight.detach().clone()
      with torch.no_grad():
          model.weight.add_(1.0)
      print(torch.equal(best['weight'], before), torch.equal(model.weight, before))
      model.load_state_dict(best)
      print(torch.equal(model.weight, before))
      """
    let result = Session.withTorch().run(code)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "True False\nTrue\n")
  }
}
