import Autograd
import PythonRuntime

/// A backward-graph node (`t.grad_fn`): repr `<AddBackward0 object at 0x7f…>`, `name()`,
/// `next_functions`, and AccumulateGrad's `variable`. One wrapper per node while it is referenced,
/// so `is` compares nodes.
final class GradFnObject: NativeObject {
  let node: GradFn

  private init(_ node: GradFn) {
    self.node = node
  }

  /// The wrapper for `node` (the same object as long as one is alive: the node points back at it
  /// weakly, so the identity lives with the node, in its session, and needs no table).
  static func wrap(_ node: GradFn) -> GradFnObject {
    if let existing = node.bindingObject as? GradFnObject { return existing }
    let object = GradFnObject(node)
    node.bindingObject = object
    return object
  }

  /// The node as a cell value, or None.
  static func value(_ node: GradFn?) -> Value {
    guard let node else { return .none }
    return .native(wrap(node))
  }

  /// The node's class (`AddBackward0`, `AccumulateGrad`): made for each wrapper, since PyTorch has one
  /// class per backward formula; types built in Swift compare by qualified name, so two nodes of one
  /// formula still have the same type.
  private(set) lazy var pythonType = TypeObject(
    name: node.name, members: node.variable == nil ? GradFnObject.members : GradFnObject.accumulatorMembers)

  /// `name()` and `next_functions` of every node.
  private static let members = MemberTable([common])

  /// AccumulateGrad's, which also has `variable`: the leaf it accumulates into.
  private static let accumulatorMembers = MemberTable([
    common,
    [
      Member.property(of: GradFnObject.self, "variable") { object, _ in
        TensorObject.value(object.node.variable)
      }
    ],
  ])

  private static let common: [Member] = [
    Member.method(of: GradFnObject.self, Signature("name", [])) { object, _, _ in
      .string(object.node.qualifiedName)
    },
    Member.property(of: GradFnObject.self, "next_functions") { object, _ in
      .tuple(
        object.node.nextFunctions.map { edge in .tuple([GradFnObject.value(edge.node), .int(edge.index)]) })
    },
  ]

  func repr() -> String { node.description }
}
