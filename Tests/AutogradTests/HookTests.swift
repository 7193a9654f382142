import Foundation
import XCTest

@testable import Autograd

/// `register_hook` on leaves and non-leaves against real PyTorch (`Data/hook_cases.json`): the gradients
/// each hook sees, replaced gradients, removal, retain_grad order, autograd.grad, and the errors.
final class HookTests: EngineTestCase {
  struct Outcome: Decodable, Equatable {
    let seen: [Seen]
    let results: [String: [Double]?]
    let error: String?
  }
  /// One call of a recording hook: its tag and the gradient it received.
  struct Seen: Decodable, Equatable {
    let tag: String
    let values: [Double]

    init(tag: String, values: [Double]) {
      self.tag = tag
      self.values = values
    }

    init(from decoder: Decoder) throws {
      var container = try decoder.unkeyedContainer()
      tag = try container.decode(String.self)
      values = try container.decode([Double].self)
    }
  }
  struct CaseFile: Decodable { let scenarios: [String: Outcome] }

  static func leaf() throws -> Tensor { try floats([1, 2], requiresGrad: true) }
  static func values(_ tensor: Tensor?) throws -> [Double]? { try tensor?.contiguousDoubles() }

  /// A scenario gets a recorder making hooks that log what they see under a tag.
  typealias Recorder = (String) -> (Tensor) throws -> Tensor?
  static let scenarios: [String: @Sendable (Recorder) throws -> [String: [Double]?]] = [
    "leaf_hook_sees_gradient": { record in
      let x = try leaf()
      try x.registerHook(name: "hook", record("x"))
      try (x * 3).sum().backward()
      return ["x.grad": try values(x.gradIfPresent)]
    },
    "leaf_hook_replaces_gradient": { _ in
      let x = try leaf()
      try x.registerHook(name: "<lambda>") { try $0.mul(.int(0)).add(.int(7)) }
      try (x * 2).sum().backward()
      return ["x.grad": try values(x.gradIfPresent)]
    },
    "leaf_hook_returns_none": { _ in
      let x = try leaf()
      try x.registerHook(name: "<lambda>") { _ in nil }
      try (x * 3).sum().backward()
      return ["x.grad": try values(x.gradIfPresent)]
    },
    "nonleaf_hooks_then_retain_grad": { record in
      let x = try leaf()
      let y = try x * 3
      try y.registerHook(name: "hook", record("first"))
      try y.registerHook(name: "<lambda>") { try $0.mul(.int(10)) }
      try y.retainGrad()
      try y.registerHook(name: "hook", record("after"))
      try y.sum().backward()
      return ["y.grad": try values(y.gradIfPresent), "x.grad": try values(x.gradIfPresent)]
    },
    "retain_grad_sees_final": { _ in
      let x = try leaf()
      let w = try x * 1
      try w.registerHook(name: "<lambda>") { try $0.add(.int(1)) }
      try w.retainGrad()
      try w.registerHook(name: "<lambda>") { try $0.mul(.int(2)) }
      try (w * 5).sum().backward()
      return ["w.grad": try values(w.gradIfPresent), "x.grad": try values(x.gradIfPresent)]
    },
    "removed_hook_does_not_run": { record in
      let x = try leaf()
      let handle = try x.registerHook(name: "hook", record("x"))
      try (x * 2).sum().backward()
      handle.remove()
      handle.remove()
      try (x * 2).sum().backward()
      return ["x.grad": try values(x.gradIfPresent)]
    },
    "hook_sees_summed_gradient": { record in
      let x = try leaf()
      try x.registerHook(name: "hook", record("x"))
      try (x * 2 + x * 3).sum().backward()
      return ["x.grad": try values(x.gradIfPresent)]
    },
    "root_hook_sees_seed": { record in
      let x = try leaf()
      let y = try x * 2
      try y.registerHook(name: "hook", record("y"))
      try y.backward(gradient: floats([0.5, -1]))
      return ["x.grad": try values(x.gradIfPresent)]
    },
    "grad_of_leaf_after_hook": { _ in
      let x = try leaf()
      try x.registerHook(name: "<lambda>") { try $0.mul(.int(100)) }
      let grads = try Tensor.grad(outputs: [(x * 2).sum()], inputs: [x])
      return ["grad": try values(grads[0]), "x.grad": try values(x.gradIfPresent)]
    },
    "grad_of_nonleaf_after_hook": { _ in
      let x = try leaf()
      let z = try x * 2
      try z.registerHook(name: "<lambda>") { try $0.mul(.int(10)) }
      let gz = try Tensor.grad(outputs: [(z * 3).sum()], inputs: [z], retainGraph: true)
      let gx = try Tensor.grad(outputs: [(z * 3).sum()], inputs: [x])
      return ["gz": try values(gz[0]), "gx": try values(gx[0])]
    },
    "hook_stays_with_old_node_after_inplace": { record in
      let w = try leaf()
      let u = try w * 1
      try u.registerHook(name: "hook", record("u"))
      try u.mul_(.int(2))
      try u.sum().backward()
      return ["w.grad": try values(w.gradIfPresent)]
    },
    "hooks_on_split_pieces": { record in
      let x = try floats([1, 2, 3, 4], requiresGrad: true)
      let pieces = try x.split(size: 2)
      try pieces[0].registerHook(name: "hook", record("a"))
      try pieces[1].registerHook(name: "<lambda>") { try $0.mul(.int(-1)) }
      try (pieces[0] * 2 + pieces[1] * 3).sum().backward()
      return ["x.grad": try values(x.gradIfPresent)]
    },
    "hook_changes_size": { _ in
      let x = try leaf()
      try x.registerHook(name: "<lambda>") { _ in try Tensor.ones([3]) }
      try (x * 2).sum().backward()
      return [:]
    },
    "hook_changes_type": { _ in
      let x = try leaf()
      try x.registerHook(name: "<lambda>") { try $0.double() }
      try (x * 2).sum().backward()
      return [:]
    },
    "hook_on_tensor_without_grad": { _ in
      try floats([1]).registerHook(name: "<lambda>") { $0 }
      return [:]
    },
    "hook_on_nonleaf_changes_size": { _ in
      let x = try leaf()
      let y = try x * 2
      try y.registerHook(name: "<lambda>") { try $0.slice(dim: 0, start: nil, stop: 1, step: nil) }
      try y.sum().backward()
      return [:]
    },
  ]

  func testHooksBehaveAsInPyTorch() throws {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Data/hook_cases", withExtension: "json"))
    let file = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url))
    XCTAssertEqual(Set(file.scenarios.keys), Set(Self.scenarios.keys), "every scenario has a Swift twin")
    for (name, expected) in file.scenarios {
      guard let body = Self.scenarios[name] else { continue }
      var seen: [Seen] = []
      let record: Recorder = { tag in
        { grad in
          seen.append(Seen(tag: tag, values: try grad.contiguousDoubles()))
          return nil
        }
      }
      var results: [String: [Double]?] = [:]
      var error: String? = nil
      do {
        // Each scenario in a fresh session, as each is a separate PyTorch process.
        results = try AutogradContext().bind { try body(record) }
      } catch let failure as AutogradError {
        error = failure.description
      }
      XCTAssertEqual(Outcome(seen: seen, results: results, error: error), expected, name)
    }
  }

  func testHandlesCarryDistinctIDs() throws {
    let x = try Self.leaf()
    let first = try x.registerHook(name: "a") { $0 }
    let second = try x.registerHook(name: "b") { $0 }
    XCTAssertNotEqual(first.id, second.id)
  }
}
