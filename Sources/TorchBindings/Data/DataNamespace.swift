import Autograd
import PythonRuntime

/// `torch.utils.data`: Dataset, IterableDataset, TensorDataset, Subset, DataLoader, random_split and default_collate;
/// `torch.utils` holds it.
enum DataNamespace {
  static let types: [TypeObject] = [
    DatasetObject.baseType, IterableDatasetObject.type, TensorDatasetObject.type, SubsetObject.type,
    DataLoaderObject.type,
  ]

  /// `torch.utils`, with `data` inside.
  static func makeUtils() -> ModuleObject {
    let data = ModuleObject(name: "torch.utils.data")
    for type in types { data.attributes[type.name] = .type(type) }
    NativeFunction.define(functions, on: data)
    let utils = ModuleObject(name: "torch.utils")
    utils.attributes["data"] = .module(data)
    return utils
  }

  static let functions: [NativeFunction] = [
    NativeFunction("random_split", ["dataset", "lengths", .init("generator", .pythonNone)]) { call, context in
      let lengths = try context.iterate(call["lengths"]).map { value -> Scalar in
        guard let scalar = TorchValues.scalar(value) else {
          throw NNError.type("lengths must be ints or fractions, got \(value.typeName)")
        }
        return scalar
      }
      let dataset = call["dataset"]
      let count = try DataLoaderObject.length(of: dataset, context)
      let (sizes, warnings) = try TorchBridge.run(context) {
        try DataLoaderSampling.randomSplitLengths(count: count, lengths: lengths)
      }
      for warning in warnings { TorchBridge.forwardWarning(warning, to: context) }
      let generator: Generator?
      switch call["generator"] {
      case .none: generator = nil
      case .native(let object as GeneratorObject): generator = object.generator
      default:
        // PyTorch hands the generator to randperm, which refuses it.
        throw TorchModule.randpermGeneratorError(
          Arguments([.int(count)], keywords: [("generator", call["generator"])]))
      }
      let pieces = try TorchBridge.run(context) {
        DataLoaderSampling.randomSplitIndices(lengths: sizes, generator: generator)
      }
      return .makeList(
        pieces.map { indices in
          .native(SubsetObject(dataset: dataset, indices: indices.map { .int(Int($0)) }))
        })
    },
    NativeFunction("default_collate", ["batch"]) { call, context in
      try DefaultCollate.collate(try context.iterate(call["batch"]), context)
    },
  ]
}
