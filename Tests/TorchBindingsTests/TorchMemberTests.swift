import Foundation
import XCTest

@testable import PythonRuntime
@testable import TorchBindings

/// `dir()`, `hasattr` and AttributeError texts of torch objects against PyTorch 2.15
/// (`Data/torch_members.json`, written by `Data/generate_torch_members.py`), and the tables' integrity.
///
/// PyTorch lists hundreds of names Gradbook does not have, so these tests check that every name
/// Gradbook lists is a real PyTorch name, in PyTorch's order, and that the documented subset is there.
final class TorchMemberTests: XCTestCase {
  private struct Sample: Decodable {
    let label: String
    let setup: String
    let expression: String
    let dir: [String]
    let missing: String?
  }

  /// What Gradbook documents per sample: the tensor API the beginner tutorials use and Gradbook
  /// supports (`pytorch-beginner-api.md`, groups 1–5 and 8–9), and the members of the other objects.
  private static let documented: [String: Set<String>] = [
    "Tensor": [
      "size", "item", "mul", "matmul", "sum", "mean", "view", "unsqueeze", "squeeze", "argmax", "type",
      "float",
      "to", "detach", "pow", "t", "exp", "log", "min", "max", "new_ones", "clamp", "mm", "clone", "add_",
      "zero_",
      "requires_grad_", "copy_", "sub_", "shape", "dtype", "device", "T", "grad", "grad_fn", "requires_grad",
      "data", "backward", "tolist", "numel", "reshape", "is_leaf", "retain_grad", "add", "sub", "div",
    ],
    "class Tensor": ["size", "sum", "backward", "view", "add", "detach"],
    "Size": ["numel", "count", "index"],
    "dtype": ["is_floating_point", "is_signed", "itemsize"],
    "device": ["type", "index"],
    "Generator": ["manual_seed", "initial_seed", "seed"],
    "grad_fn": ["name", "next_functions"],
    "AccumulateGrad": ["name", "next_functions", "variable"],
    "return_types.max": ["values", "indices"],
    "module torch": [
      "tensor", "zeros", "ones", "rand", "randn", "randint", "arange", "linspace", "eye", "full", "empty",
      "zeros_like", "ones_like", "rand_like", "randn_like", "full_like", "manual_seed", "no_grad",
      "enable_grad",
      "set_grad_enabled", "inference_mode", "float32", "float64", "int64", "bool", "cat", "stack", "where",
      "add",
      "matmul", "sum", "exp", "Tensor", "Size", "dtype", "autograd", "cuda", "__version__",
    ],
    "module torch.autograd": ["grad", "backward", "Variable"],
    "module torch.cuda": ["is_available", "device_count"],
  ]

  private func samples() throws -> [Sample] {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent("torch_members.json")
    )
    return try JSONDecoder().decode([Sample].self, from: Data(contentsOf: url))
  }

  private func session(for sample: Sample) -> Session {
    let session = Session.withTorch()
    XCTAssertNil(session.run(sample.setup).error, sample.label)
    return session
  }

  /// `dir(expression)` as Gradbook lists it.
  private func gradbookDir(_ sample: Sample) -> [String] {
    let result = session(for: sample).run("for name in dir(\(sample.expression)):\n    print(name)")
    if let error = result.error { XCTFail("\(sample.label): \(error.text)") }
    return result.output.split(separator: "\n").map(String.init)
  }

  func testEveryListedNameIsAPyTorchNameInPyTorchsOrder() throws {
    for sample in try samples() {
      let listed = gradbookDir(sample)
      XCTAssertEqual(
        listed, sample.dir.filter(Set(listed).contains), "\(sample.label): not PyTorch's names or order")
    }
  }

  func testTheDocumentedSubsetIsListed() throws {
    for sample in try samples() {
      let listed = Set(gradbookDir(sample))
      let documented = Self.documented[sample.label] ?? []
      XCTAssertEqual(documented.subtracting(listed), [], "\(sample.label): documented but not listed")
      XCTAssertEqual(documented.subtracting(sample.dir), [], "\(sample.label): documented but not PyTorch's")
    }
  }

  func testHasattrAgreesWithDirForEveryPyTorchName() throws {
    for sample in try samples() {
      let listed = gradbookDir(sample)
      let names = sample.dir.map { "'\($0)'" }.joined(separator: ", ")
      let result = session(for: sample).run(
        "value = \(sample.expression)\nfor name in [\(names)]:\n    if hasattr(value, name):\n        print(name)"
      )
      XCTAssertNil(result.error, sample.label)
      XCTAssertEqual(result.output.split(separator: "\n").map(String.init), listed, sample.label)
    }
  }

  func testMissingAttributeErrorsArePyTorchs() throws {
    for sample in try samples() {
      guard let expected = sample.missing else { continue }
      let error = try XCTUnwrap(
        session(for: sample).run("(\(sample.expression)).no_such_attribute").error, sample.label)
      XCTAssertEqual(error.text, "AttributeError: \(expected)", sample.label)
    }
  }

  func testNoNameIsDeclaredTwice() {
    let types: [TypeObject] = [
      TensorObject.type, SizeObject.type, DTypeObject.type, DeviceObject.type, GeneratorObject.type,
    ]
    for type in types {
      XCTAssertEqual(type.members.duplicates, [], "\(type.name) declares these names more than once")
    }
    XCTAssertEqual(
      TorchModule.namespace().duplicates, [], "torch declares these names itself and forwards them to Tensor")
  }

  func testEveryForwardedFunctionIsATensorMethodAndATorchFunction() throws {
    let pytorch = try XCTUnwrap(try samples().first { $0.label == "module torch" }).dir
    let tensor = try XCTUnwrap(try samples().first { $0.label == "Tensor" }).dir
    let forwarded = TensorMethods.torchFunctions.map(\.name)
    XCTAssertGreaterThan(forwarded.count, 50)
    for name in forwarded {
      XCTAssertTrue(pytorch.contains(name), "torch.\(name) is not a PyTorch function")
      XCTAssertTrue(tensor.contains(name), "Tensor.\(name) is not a PyTorch method")
      XCTAssertNotNil(TensorObject.type.member(name), "torch.\(name) forwards to no Tensor method")
    }
  }
}
