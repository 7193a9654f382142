import Foundation
import TestSupport
import XCTest

/// torch.nn, torch.optim and torch.utils.data against real PyTorch: the `nn_*` programs of
/// `Data/torch_programs` (module and optimizer reprs, traversal, state dicts, init, clipping,
/// functional forms, schedulers, data loading, and two seeded 200-step training loops whose loss is
/// printed at every step to 4 decimals), compared with the records `Data/torch_generate.py` wrote.
final class NNProgramTests: XCTestCase {
  private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    guard
      let folder = Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent(
        "torch_programs")
    else {
      XCTFail("Data/torch_programs is missing", file: file, line: line)
      return
    }
    let source = try String(contentsOf: folder.appendingPathComponent(name + ".py"), encoding: .utf8)
    let expected = try String(contentsOf: folder.appendingPathComponent(name + ".out"), encoding: .utf8)
    assertTextEqual(
      TorchBindingTests.run(program: source), expected, "torch_programs/\(name).py", file: file, line: line)
  }

  func testModules() throws { try check("nn_modules") }
  func testOptimizers() throws { try check("nn_optim") }
  /// RMSprop (momentum, centered, weight decay, maximize, float64) and Adagrad updated bit for bit,
  /// their reprs and state, and `load_state_dict` (shared state tensors, PyTorch's errors).
  func testAdaptiveOptimizersAndLoadStateDict() throws { try check("nn_optim_adaptive") }
  func testData() throws { try check("nn_data") }
  /// The losses' legacy `size_average`/`reduce` flags: the reduction they select, and PyTorch's
  /// deprecation UserWarning reported as a warning (`~~`), apart from the printed output.
  func testLegacyLossFlagsWarn() throws { try check("nn_loss_legacy") }
  /// nn.AdaptiveAvgPool2d / AdaptiveMaxPool2d and their functional forms: float64 values, indices and
  /// gradients bit for bit, NaN and -inf windows, reprs, and PyTorch's errors.
  func testAdaptivePooling() throws { try check("nn_adaptive_pool") }
  func testSGDWithMomentumTrainingLoop() throws { try check("nn_training_sgd") }
  func testAdamTrainingLoop() throws { try check("nn_training_adam") }
  /// `class Net(nn.Module)`: super().__init__(), Linear submodules registered by assignment, `net(x)`
  /// calling the class's forward, Module's methods and repr, a subclass of the subclass.
  func testCellSubclassOfModule() throws { try check("nn_subclass") }
  /// Lesson 09's ground: train()/eval() reaching submodules, Dropout's seeded masks and scaling and
  /// BatchNorm1d's batch and running statistics in each mode, their errors, and a state dict's
  /// `odict_keys`/`odict_values`/`odict_items` views.
  func testTrainAndEvalModes() throws { try check("nn_train_eval") }
  /// Module gaps: PyTorch's errors for parameters and submodules assigned before `super().__init__()`,
  /// forward (pre-)hooks with RemovableHandles, cell modules inside Sequential/ModuleList, Sequential and
  /// ModuleList as cell base classes, generator reprs and `state_dict()`'s OrderedDict type.
  func testModuleGaps() throws { try check("nn_module_gaps") }
  /// `class MyData(Dataset)` and `class Stream(IterableDataset)` with DataLoader (seeded shuffle,
  /// drop_last, collate of tuples, dicts and numbers) and random_split, and PyTorch's errors.
  func testCellSubclassOfDataset() throws { try check("nn_dataset_subclass") }
  /// `copy.deepcopy` / `copy.copy` of tensors (leaf only, new storage, `.grad`, views kept together),
  /// Parameters, built-in and cell modules (tied weights, cell attributes, hooks) and the
  /// `best = copy.deepcopy(model.state_dict())` / `load_state_dict(best)` idiom.
  func testCopyingTensorsAndModules() throws { try check("nn_copy") }
}
