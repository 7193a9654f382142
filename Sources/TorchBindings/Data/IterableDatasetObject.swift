import PythonRuntime

/// `torch.utils.data.IterableDataset`: the base of stream-style datasets, which a cell class derives
/// from and gives an `__iter__`; a DataLoader iterates it instead of indexing it.
final class IterableDatasetObject: DatasetObject {
  static let type = TypeObject(
    name: "IterableDataset", qualifiedName: "torch.utils.data.dataset.IterableDataset",
    bases: [DatasetObject.baseType],
    constructor: { type, arguments, _ in
      _ = try TorchCall(python: arguments, method: true, Signature("IterableDataset.__init__", []))
      return .native(IterableDatasetObject(type: type))
    })

  /// Whether `value` is an IterableDataset (built in or a cell class deriving from it).
  static func isIterable(_ value: Value) -> Bool {
    guard case .native(let object) = value else { return false }
    return object.pythonType.isSubtype(of: type)
  }

}
