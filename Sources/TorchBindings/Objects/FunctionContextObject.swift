import Autograd
import PythonRuntime

/// The `ctx` of a `torch.autograd.Function`: tensors saved by `save_for_backward` (read back as
/// `saved_tensors`) and whatever else `forward` stores on it for `backward`.
final class FunctionContextObject: NativeAttributeOwner {
  private(set) var saved: [Tensor?] = []
  private var attributes: [String: Value] = [:]
  /// Whether each forward argument is a tensor that requires grad.
  var needsInputGrad: [Bool] = []
  let pythonType: TypeObject

  /// A context named after the function (`ScaleBackward`), as PyTorch's backward node class is.
  init(className: String) {
    pythonType = TypeObject(
      name: className + "Backward", qualifiedName: "torch.autograd.function." + className + "Backward",
      members: Self.members)
  }

  func repr() -> String { "<torch.autograd.function.\(pythonType.name) object>" }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "saved_tensors": return .tuple(saved.map { TensorObject.value($0) })
    case "needs_input_grad": return .tuple(needsInputGrad.map { .bool($0) })
    default: return attributes[name]
    }
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    guard name != "saved_tensors", name != "needs_input_grad" else { return false }
    attributes[name] = value
    return true
  }

  private static let members = MemberTable([
    [
      .method("save_for_backward", .custom) { (receiver: Value, arguments: Arguments, _: NativeContext) in
        let ctx: FunctionContextObject = try Member.native(receiver, "save_for_backward")
        ctx.saved = try arguments.positional.enumerated().map { index, value in
          if value.isNone { return nil }
          guard let tensor = TorchValues.tensor(value) else {
            throw PythonError.typeError(
              "save_for_backward can only save variables, but argument \(index) is of type \(value.typeName)")
          }
          return tensor
        }
        return .none
      },
      .method("mark_non_differentiable", .custom) { _, _, _ in .none },
    ]
  ])
}
