import PythonRuntime

/// `Subset(dataset, indices)`, what `random_split` returns: sample `i` is `dataset[indices[i]]`.
final class SubsetObject: DatasetObject {
  let dataset: Value
  let indices: [Value]

  init(dataset: Value, indices: [Value]) {
    self.dataset = dataset
    self.indices = indices
    super.init(type: SubsetObject.type)
  }

  static let type = TypeObject(
    name: "Subset", qualifiedName: "torch.utils.data.dataset.Subset", bases: [DatasetObject.baseType],
    constructor: { _, arguments, context in
      let call = try TorchCall(
        python: arguments, method: true,
        Signature("Subset.__init__", ["dataset", "indices"]))
      return .native(SubsetObject(dataset: call["dataset"], indices: try context.iterate(call["indices"])))
    })

  override func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "dataset": return dataset
    case "indices": return .makeList(indices)
    default: return try super.instanceAttribute(name, context: context)
    }
  }

  override func getItem(_ index: Value, context: NativeContext) throws -> Value {
    let position = try context.getItem(.makeList(indices), index)
    if case .list(let many) = position {
      return .makeList(try many.elements.map { try context.getItem(dataset, $0) })
    }
    return try context.getItem(dataset, position)
  }

  override func length(context: NativeContext) throws -> Int? { indices.count }
}
