import Autograd
import PythonRuntime

/// `torch.nn.Parameter`: a leaf tensor a module registers as trainable, printed as
/// `Parameter containing:` above the tensor, and a `torch.Tensor` for `isinstance`.
final class ParameterObject: TensorObject {
  /// `nn.Parameter`'s type: a subtype of `torch.Tensor`.
  static let parameterType = TypeObject(
    name: "Parameter", qualifiedName: "torch.nn.parameter.Parameter", bases: [TensorObject.type],
    constructor: { _, arguments, context in
      let call = try TorchCall(
        python: arguments, method: true,
        Signature(
          "Parameter.__new__", [.init("data", default: .none), .init("requires_grad", default: .bool(true))]))
      let data: Tensor
      if case .none = call["data"] {
        data = try TorchBridge.run(context) { try Tensor.empty([0]) }
      } else {
        data = try call.tensor("data")
      }
      return .native(try ParameterObject.make(from: data, requiresGrad: try call.bool("requires_grad")))
    })

  /// A new parameter sharing `data`'s storage, detached from its graph, as `nn.Parameter(data)` makes it.
  static func make(from data: Tensor, requiresGrad: Bool = true) throws -> ParameterObject {
    let tensor = data.detach()
    _ = try tensor.requiresGrad_(requiresGrad)
    let object = ParameterObject(tensor)
    tensor.bindingObject = object
    return object
  }

  override var pythonType: TypeObject { ParameterObject.parameterType }

  override func repr() -> String { "Parameter containing:\n" + tensor.description }

  /// `copy.copy(p)`: a Parameter over the same storage, keeping `requires_grad`.
  override func shallowCopy(context: NativeContext) throws -> Value? {
    .native(
      try TorchBridge.run(context) {
        try ParameterObject.make(from: tensor, requiresGrad: tensor.requiresGrad)
      })
  }

  /// `copy.deepcopy(p)`: Parameter.__deepcopy__ makes a Parameter over a clone of the data, keeping
  /// `requires_grad` but not `.grad` (unlike a plain tensor's deepcopy).
  override func deepCopy(_ copier: inout DeepCopier) throws -> Value {
    .native(
      try TorchBridge.run(copier.context) {
        try ParameterObject.make(from: try tensor.detach().clone(), requiresGrad: tensor.requiresGrad)
      })
  }
}
