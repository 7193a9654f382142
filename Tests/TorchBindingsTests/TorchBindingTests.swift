import Foundation
import TestSupport
import XCTest

@testable import PythonRuntime

/// The torch bindings against real PyTorch: every `Data/torch_programs/*.py` (cells separated by
/// `# %%`) runs in one `Session`, and its record (output, `~~` warnings, `!!` error per cell) must
/// equal the `.out` that `Data/torch_generate.py` produced with PyTorch 2.15.
final class TorchBindingTests: XCTestCase {
  private static var programsFolder: URL? {
    Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent("torch_programs")
  }

  /// The record of one cell, in the generator's format.
  static func record(_ result: CellResult) -> String {
    var text = result.output
    for warning in result.warnings { text += "~~ \(warning)\n" }
    if let error = result.error { text += "!! \(error.text)\n" }
    return text.replacingOccurrences(of: "0x[0-9a-f]+", with: "0x...", options: .regularExpression)
  }

  /// Runs a program's cells in one session; returns the joined records.
  static func run(program: String) -> String {
    let session = Session.withTorch()
    let cells = program.components(separatedBy: "# %%\n")
    return cells.map { record(session.run($0)) }.joined(separator: "# %%\n")
  }

  private func programNames() throws -> [String] {
    guard let folder = Self.programsFolder else {
      XCTFail("Data/torch_programs is missing from the test bundle")
      return []
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    return names.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
  }

  private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    guard let folder = Self.programsFolder else {
      XCTFail("Data/torch_programs is missing", file: file, line: line)
      return
    }
    let source = try String(contentsOf: folder.appendingPathComponent(name + ".py"), encoding: .utf8)
    let expected = try String(contentsOf: folder.appendingPathComponent(name + ".out"), encoding: .utf8)
    assertTextEqual(Self.run(program: source), expected, "torch_programs/\(name).py", file: file, line: line)
  }

  func testEveryProgramHasATest() throws {
    let covered: Set<String> = [
      "arithmetic", "attributes", "autograd", "backward_engine", "conversions", "creation", "errors",
      "grad_modes", "indexing", "joining", "edge_cases", "idioms", "engine_messages", "views_budget", "inplace_bitwise",
      "random", "reductions", "size", "views", "decorators", "members", "autograd_function",
      "tensor_functions", "tensor_selections", "tensor_rearranging", "tensor_rounding", "tensor_statistics",
      "tensor_ordering", "tensor_scattering", "hooks_printing", "dtype_names",
      "devices", "out_argument", "range_indexing", "legacy_constructors", "generators", "data_generators",
      "inplace_forms", "factory_out", "tensor_data",
      // NNProgramTests:
      "nn_modules", "nn_optim", "nn_data", "nn_training_sgd", "nn_training_adam", "nn_subclass",
      "nn_train_eval",
      "nn_dataset_subclass", "nn_optim_adaptive", "nn_adaptive_pool", "nn_loss_legacy",
      "nn_module_gaps", "nn_copy",
    ]
    XCTAssertEqual(Set(try programNames()), covered)
  }

  func testCreation() throws { try check("creation") }
  func testTensorFunctions() throws { try check("tensor_functions") }
  func testTensorSelections() throws { try check("tensor_selections") }
  func testTensorRearranging() throws { try check("tensor_rearranging") }
  func testTensorRounding() throws { try check("tensor_rounding") }
  func testTensorStatistics() throws { try check("tensor_statistics") }
  func testTensorOrdering() throws { try check("tensor_ordering") }
  func testTensorScattering() throws { try check("tensor_scattering") }
  func testHooksAndPrintOptions() throws { try check("hooks_printing") }
  func testDTypeNames() throws { try check("dtype_names") }
  func testDeviceQueries() throws { try check("devices") }
  func testOutArgument() throws { try check("out_argument") }
  func testRangeIndexing() throws { try check("range_indexing") }
  func testLegacyConstructors() throws { try check("legacy_constructors") }
  func testGenerators() throws { try check("generators") }
  func testDataGenerators() throws { try check("data_generators") }
  func testInPlaceFormsAndCMethodErrors() throws { try check("inplace_forms") }
  func testFactoryOut() throws { try check("factory_out") }
  func testTensorData() throws { try check("tensor_data") }
  func testMembersAndForwarding() throws { try check("members") }
  func testAttributes() throws { try check("attributes") }
  func testConversions() throws { try check("conversions") }
  func testViews() throws { try check("views") }
  func testArithmetic() throws { try check("arithmetic") }
  func testReductions() throws { try check("reductions") }
  func testIndexing() throws { try check("indexing") }
  func testSize() throws { try check("size") }
  func testGradModes() throws { try check("grad_modes") }
  func testAutograd() throws { try check("autograd") }
  func testBackwardEnginePhases() throws { try check("backward_engine") }
  func testRandom() throws { try check("random") }
  func testErrors() throws { try check("errors") }
  func testJoining() throws { try check("joining") }
  func testEdgeCases() throws { try check("edge_cases") }
  func testLearnerIdioms() throws { try check("idioms") }
  func testEngineMessages() throws { try check("engine_messages") }
  func testViewsBudget() throws { try check("views_budget") }
  func testInPlaceFloorDivisionRemainderAndBitwise() throws { try check("inplace_bitwise") }
  func testGradModeDecorators() throws { try check("decorators") }
  func testAutogradFunctionSubclasses() throws { try check("autograd_function") }
}
