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

  var typeName: String { node.name }

  func repr() -> String { node.description }

  func getAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "next_functions":
      return .tuple(
        node.nextFunctions.map { edge in .tuple([GradFnObject.value(edge.node), .int(edge.index)]) })
    case "variable":
      guard let variable = node.variable else {
        throw PythonError.attributeError("'\(node.name)' object has no attribute 'variable'")
      }
      return TensorObject.value(variable)
    default:
      return nil
    }
  }

  func hasMethod(_ name: String) -> Bool { name == "name" }

  func callMethod(_ name: String, arguments: Arguments, context: NativeContext) throws -> Value? {
    guard name == "name" else { return nil }
    _ = try arguments.bind(Signature("name", []))
    return .string(node.qualifiedName)
  }
}
