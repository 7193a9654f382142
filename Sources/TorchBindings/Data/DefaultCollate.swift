import Autograd
import PythonRuntime

/// `torch.utils.data.default_collate`: tensors are stacked, Python numbers become a tensor (int64,
/// float64 or bool), tuples and lists are collated position by position (a tuple gives a list, as
/// PyTorch does), dicts key by key, strings stay a list.
enum DefaultCollate {
  /// `default_convert`, what a loader with `batch_size=None` applies to each sample: tuples and lists
  /// become lists of converted elements, dicts keep their keys, anything else is returned as it is.
  static func convert(_ sample: Value, _ context: NativeContext) throws -> Value {
    switch sample {
    case .tuple(let items): return .makeList(try items.map { try convert($0, context) })
    case .list(let list): return .makeList(try list.elements.map { try convert($0, context) })
    case .dict(let dict):
      let result = DictObject()
      for (key, value) in dict.entries { try result.set(key, try convert(value, context)) }
      return .dict(result)
    default: return sample
    }
  }

  static func collate(_ batch: [Value], _ context: NativeContext) throws -> Value {
    guard let first = batch.first else { throw NNError.index("list index out of range") }
    switch first {
    case .native(let object as TensorObject):
      let tensors = try batch.map { value -> Tensor in
        guard let tensor = TorchValues.tensor(value) else {
          throw NNError.type(
            "default_collate: batch must contain tensors, numbers, dicts or lists; found \(value.typeName)")
        }
        return tensor
      }
      _ = object
      return try TorchBridge.run(context) { TensorObject.value(try Tensor.stack(tensors, dim: 0)) }
    case .int, .float, .bool:
      let dtype: DType
      switch first {
      case .float: dtype = .float64
      case .bool: dtype = .bool
      default: dtype = .int64
      }
      let data = try batch.map { try TorchValues.tensorData($0) }
      return try TorchBridge.run(context) { TensorObject.value(try Tensor.tensor(.list(data), dtype: dtype)) }
    case .string:
      return .makeList(batch)
    case .dict(let dict):
      let result = DictObject()
      for key in dict.keys {
        let column = try batch.map { element -> Value in
          guard case .dict(let sample) = element, let value = try sample.get(key) else {
            throw NNError.key(ValueFormatter.str(key))
          }
          return value
        }
        try result.set(key, try collate(column, context))
      }
      return .dict(result)
    case .tuple, .list:
      let rows = try batch.map { try context.iterate($0) }
      let width = rows[0].count
      guard rows.allSatisfy({ $0.count == width }) else {
        throw NNError.runtime("each element in list of batch should be of equal size")
      }
      return .makeList(try (0..<width).map { column in try collate(rows.map { $0[column] }, context) })
    default:
      throw NNError.type(
        "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found <class '\(first.typeName)'>"
      )
    }
  }
}
