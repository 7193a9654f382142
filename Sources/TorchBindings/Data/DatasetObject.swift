import PythonRuntime

/// `torch.utils.data.Dataset`: the base of map-style datasets, carrying a Python attribute dict.
///
/// Seam for user classes (`class MyData(Dataset)`): such an instance holds a `DatasetObject` as its
/// native base, its attributes live in ``attributes``, and the class's own `__getitem__`/`__len__`
/// answer indexing; the DataLoader only indexes and measures datasets through the context, so it takes
/// those as they come.
class DatasetObject: NativeAttributeOwner {
  let pythonType: TypeObject
  var className: String { pythonType.name }
  /// `__dict__`.
  var attributes: [String: Value] = [:]

  init(type: TypeObject) {
    pythonType = type
  }

  /// A cell class's instance shows as `<__main__.MyData object at …>`, as object.__repr__ does.
  func repr() -> String { "<\(pythonType.qualifiedName) object at 0x7f5e3c1d4c20>" }

  static let baseType = TypeObject(
    name: "Dataset", qualifiedName: "torch.utils.data.dataset.Dataset",
    constructor: { type, arguments, _ in
      _ = try TorchCall(
        python: arguments, method: true,
        Signature("Dataset.__init__", []))
      return .native(DatasetObject(type: type))
    })

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? { attributes[name] }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    attributes[name] = value
    return true
  }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    throw NNError.notImplemented("Subclasses of Dataset should implement __getitem__.")
  }

  func length(context: NativeContext) throws -> Int? { nil }

  func iterate(context: NativeContext) throws -> [Value]? {
    // Python iterates a map-style dataset by indexing 0, 1, … until IndexError.
    guard let count = try length(context: context) else { return nil }
    return try (0..<count).map { try getItem(.int($0), context: context) }
  }
}
