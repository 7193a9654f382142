import Autograd
import PythonRuntime

/// `DataLoader(dataset, batch_size=1, shuffle=False, drop_last=False, collate_fn=None)`: each pass draws
/// PyTorch's iterator seed, orders the indices (a seeded permutation when shuffling), cuts them into
/// batches and collates each.
final class DataLoaderObject: NativeAttributeOwner {
  let dataset: Value
  let batchSize: Int?
  let shuffle: Bool
  let dropLast: Bool
  let collateFunction: Value
  /// `generator=`: the loader's seeds and shuffles come from it (nil: the session's default generator, with
  /// the sampler seeding a fresh one from it each pass, as PyTorch's RandomSampler does).
  let generator: GeneratorObject?

  init(
    dataset: Value, batchSize: Int?, shuffle: Bool, dropLast: Bool, collateFunction: Value,
    generator: GeneratorObject?
  ) {
    self.generator = generator
    self.dataset = dataset
    self.batchSize = batchSize
    self.shuffle = shuffle
    self.dropLast = dropLast
    self.collateFunction = collateFunction
  }

  var pythonType: TypeObject { DataLoaderObject.type }

  func repr() -> String { "<torch.utils.data.dataloader.DataLoader object at 0x7f5e3c1d5d30>" }

  static let type = TypeObject(
    name: "DataLoader", qualifiedName: "torch.utils.data.dataloader.DataLoader",
    constructor: { _, arguments, context in
      let call = try TorchCall(
        python: arguments, method: true,
        Signature(
          "DataLoader.__init__",
          [
            "dataset", .init("batch_size", default: .int(1)), .init("shuffle", default: .none),
            .init("sampler", default: .none), .init("batch_sampler", default: .none),
            .init("num_workers", default: .int(0)), .init("collate_fn", default: .none),
            .init("pin_memory", default: .bool(false)), .init("drop_last", default: .bool(false)),
            .init("timeout", default: .int(0)), .init("worker_init_fn", default: .none),
            .init("multiprocessing_context", default: .none), .init("generator", default: .none),
          ]))
      for unsupported in ["sampler", "batch_sampler", "worker_init_fn", "multiprocessing_context"]
      where call.has(unsupported) {
        throw NNError.value("DataLoader's \(unsupported)= is not available in Gradbook")
      }
      let generator: GeneratorObject?
      switch call["generator"] {
      case .none: generator = nil
      case .native(let object as GeneratorObject): generator = object
      default: throw NNError.type("generator must be a torch.Generator")
      }
      let batchSize = try call.optionalInt("batch_size")
      if let batchSize, batchSize <= 0 {
        throw NNError.value("batch_size should be a positive integer value, but got batch_size=\(batchSize)")
      }
      let dropLast = try call.bool("drop_last")
      if batchSize == nil && dropLast {
        throw NNError.value(
          "batch_size=None option disables auto-batching and is mutually exclusive with drop_last")
      }
      let shuffle = call.has("shuffle") ? try context.truthValue(call["shuffle"]) : false
      // PyTorch accepts only None and False (and values equal to them) for a stream.
      if IterableDatasetObject.isIterable(call["dataset"]), shuffle {
        throw NNError.value(
          "DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=\(ValueFormatter.repr(call["shuffle"]))"
        )
      }
      return .native(
        DataLoaderObject(
          dataset: call["dataset"], batchSize: batchSize, shuffle: shuffle, dropLast: dropLast,
          collateFunction: call["collate_fn"], generator: generator))
    })

  /// The number of samples in the dataset.
  func datasetCount(_ context: NativeContext) throws -> Int {
    try DataLoaderObject.length(of: dataset, context)
  }

  /// `len(dataset)`, which the samplers (and random_split) take: a dataset without `__len__` is a
  /// TypeError, as in Python.
  static func length(of dataset: Value, _ context: NativeContext) throws -> Int {
    switch dataset {
    case .native(let object):
      guard let count = try object.length(context: context) else {
        throw NNError.type("object of type '\(dataset.typeName)' has no len()")
      }
      return count
    case .iterator: throw NNError.type("object of type '\(dataset.typeName)' has no len()")
    default: return try context.iterate(dataset).count
    }
  }

  func length(context: NativeContext) throws -> Int? {
    let count = try datasetCount(context)
    guard let batchSize else { return count }
    // Without `count + batchSize - 1`, which overflows for a huge batch size.
    return count / batchSize + (dropLast || count % batchSize == 0 ? 0 : 1)
  }

  func iterate(context: NativeContext) throws -> [Value]? {
    if IterableDatasetObject.isIterable(dataset) { return try iterateStream(context) }
    let count = try datasetCount(context)
    try context.chargeSteps(count)
    let order: [Int] = try TorchBridge.run(context) {
      let source = generator?.generator
      _ = DataLoaderSampling.iteratorBaseSeed(generator: source)
      guard shuffle else { return Array(0..<count) }
      return try DataLoaderSampling.samplerOrder(count: count, generator: source).map { Int($0) }
    }
    guard let batchSize else {
      return try order.map { index in
        let sample = try context.getItem(dataset, .int(index))
        if collateFunction.isNone { return try DefaultCollate.convert(sample, context) }
        return try context.call(collateFunction, Arguments([sample]))
      }
    }
    var batches: [Value] = []
    var start = 0
    while start < order.count {
      let end = Swift.min(start + batchSize, order.count)
      if end - start < batchSize && dropLast { break }
      let samples = try order[start..<end].map { try context.getItem(dataset, .int($0)) }
      batches.append(try collate(samples, context))
      start = end
    }
    return batches
  }

  /// An IterableDataset's pass: its elements in the order it yields them, cut into batches (the
  /// sampler still draws the iterator's base seed).
  private func iterateStream(_ context: NativeContext) throws -> [Value] {
    try TorchBridge.run(context) { _ = DataLoaderSampling.iteratorBaseSeed(generator: generator?.generator) }
    let samples = try context.iterate(dataset)
    guard let batchSize else {
      return try samples.map { sample in
        if collateFunction.isNone { return try DefaultCollate.convert(sample, context) }
        return try context.call(collateFunction, Arguments([sample]))
      }
    }
    var batches: [Value] = []
    var start = 0
    while start < samples.count {
      let end = Swift.min(start + batchSize, samples.count)
      if end - start < batchSize && dropLast { break }
      batches.append(try collate(Array(samples[start..<end]), context))
      start = end
    }
    return batches
  }

  /// One batch: the default collate or the loader's `collate_fn`.
  private func collate(_ samples: [Value], _ context: NativeContext) throws -> Value {
    if collateFunction.isNone { return try DefaultCollate.collate(samples, context) }
    return try context.call(collateFunction, Arguments([.makeList(samples)]))
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "dataset": return dataset
    case "batch_size": return batchSize.map { .int($0) } ?? Value.none
    case "drop_last": return .bool(dropLast)
    default: return nil
    }
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool { false }
}
