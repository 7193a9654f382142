import Autograd
import PythonRuntime

/// `TensorDataset(*tensors)`: sample `i` is the tuple of each tensor's row `i`.
final class TensorDatasetObject: DatasetObject {
  let tensors: [Tensor]

  init(_ tensors: [Tensor]) {
    self.tensors = tensors
    super.init(type: TensorDatasetObject.type)
  }

  static let type = TypeObject(
    name: "TensorDataset", qualifiedName: "torch.utils.data.dataset.TensorDataset",
    bases: [DatasetObject.baseType],
    constructor: { _, arguments, _ in
      let call = try TorchCall(
        python: arguments, method: true,
        Signature("TensorDataset.__init__", [], variadicPositional: "tensors"))
      let tensors = try call.bound.extraPositional.map { value in
        guard let tensor = TorchValues.tensor(value) else {
          throw NNError.type("'\(value.typeName)' object has no attribute 'size'")
        }
        return tensor
      }
      let first = tensors.first.flatMap { $0.shape.first }
      guard tensors.allSatisfy({ $0.rank > 0 && $0.shape.first == first }) else {
        throw PythonError(.assertionError, "Size mismatch between tensors")
      }
      return .native(TensorDatasetObject(tensors))
    })

  override func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    if name == "tensors" { return .tuple(tensors.map { TensorObject.value($0) }) }
    return try super.instanceAttribute(name, context: context)
  }

  override func getItem(_ index: Value, context: NativeContext) throws -> Value {
    .tuple(try tensors.map { try context.getItem(TensorObject.value($0), index) })
  }

  override func length(context: NativeContext) throws -> Int? { tensors.first?.shape.first ?? 0 }
}
