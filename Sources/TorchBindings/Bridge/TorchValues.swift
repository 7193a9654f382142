import Autograd
import PythonRuntime

/// Conversions between cell values and engine values (tensors, scalars, nested data, indices).
enum TorchValues {
  /// The tensor inside a value, if it is one.
  static func tensor(_ value: Value) -> Tensor? {
    if case .native(let object as TensorObject) = value { return object.tensor }
    return nil
  }

  /// A Python number as an engine scalar (bool, int, float); nil for anything else.
  static func scalar(_ value: Value) -> Scalar? {
    switch value {
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(Int64(number))
    case .float(let number): return .float(number)
    default: return nil
    }
  }

  /// A tensor or Python number as a binary-op operand.
  static func operand(_ value: Value) -> Operand? {
    if let tensor = tensor(value) { return .tensor(tensor) }
    if let scalar = scalar(value) { return .scalar(scalar) }
    return nil
  }

  /// An engine scalar as a Python value.
  static func value(_ scalar: Scalar) -> Value {
    switch scalar {
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(Int(number))
    case .float(let number): return .float(number)
    }
  }

  /// Nested engine data (`tolist()`) as Python lists.
  static func value(_ data: TensorData) -> Value {
    switch data {
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(Int(number))
    case .float(let number): return .float(number)
    case .list(let items): return .makeList(items.map { value($0) })
    }
  }

  /// A non-int element inside a size (`(2, "a")`): which position, and its type name.
  struct IntListElementError: Error {
    let position: Int
    let typeName: String
  }

  /// Ints from a tuple, list or `torch.Size` (elements may be ints or one-element integer tensors).
  /// Nil when the value is not such a sequence; ``IntListElementError`` for a non-int element.
  static func intList(_ value: Value) throws -> [Int]? {
    if case .native(let object as SizeObject) = value { return object.sizes }
    guard let elements = value.sequenceElements else { return nil }
    return try elements.enumerated().map { offset, element in
      switch element {
      case .int(let number): return number
      case .native(let object as TensorObject)
      where !object.tensor.dtype.isFloatingPoint && object.tensor.count == 1:
        return Int((try? object.tensor.item())?.int64Value ?? 0)
      default:
        throw IntListElementError(position: offset, typeName: element.typeName)
      }
    }
  }

  /// Nested Python data for `torch.tensor(...)`: numbers, lists/tuples of them, tensors.
  static func tensorData(_ value: Value, depth: Int = 0) throws -> TensorData {
    if depth > TensorPrinter.maximumPrintableDimensions {
      throw PythonError(.valueError, "too many dimensions 'list'")
    }
    switch value {
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(Int64(number))
    case .float(let number): return .float(number)
    case .list(let list): return .list(try list.elements.map { try tensorData($0, depth: depth + 1) })
    case .tuple(let items): return .list(try items.map { try tensorData($0, depth: depth + 1) })
    case .native(let object as TensorObject): return try object.tensor.tolist()
    case .native(let object as SizeObject): return .list(object.sizes.map { .int(Int64($0)) })
    case .range(let range): return try rangeTensor(range).tolist()
    default:
      throw PythonError(.typeError, "new(): invalid data type '\(value.typeName)'")
    }
  }

  /// A range's elements as an int64 tensor, made by `arange`, so that a huge range meets the element budget
  /// before anything is materialised.
  static func rangeTensor(_ range: RangeValue) throws -> Tensor {
    // arange refuses bounds that disagree with the step's sign; such a range is simply empty.
    if range.exactCount == 0 { return try Tensor.empty([0], dtype: .int64) }
    return try Tensor.arange(
      start: .int(Int64(range.start)), end: .int(Int64(range.stop)), step: .int(Int64(range.step)))
  }

  /// A Python subscript as engine indices (`x[0, 1:3, None, ..., idx]`).
  static func indices(_ index: Value) throws -> [TensorIndex] {
    if case .tuple(let items) = index { return try items.map { try singleIndex($0) } }
    return [try singleIndex(index)]
  }

  private static func singleIndex(_ value: Value) throws -> TensorIndex {
    switch value {
    case .int(let number): return .int(number)
    case .bool(let flag): return .int(flag ? 1 : 0)
    case .none: return .none
    case .ellipsis: return .ellipsis
    case .slice(let slice):
      return .slice(
        start: try sliceBound(slice.start), stop: try sliceBound(slice.stop), step: try sliceBound(slice.step)
      )
    case .native(let object as TensorObject):
      let tensor = object.tensor
      if tensor.rank == 0 && tensor.dtype == .int64, let scalar = try? tensor.item() {
        return .int(Int(scalar.int64Value))
      }
      if tensor.dtype.isFloatingPoint {
        throw PythonError(
          .indexError, "tensors used as indices must be long, int, byte or bool tensors")
      }
      return .tensor(tensor)
    // PyTorch reads a range as the list of its elements (`x[range(n), labels]` in the tutorials).
    case .range(let range): return .tensor(try rangeTensor(range))
    case .list, .tuple:
      let data = try tensorData(value)
      let tensor = try Tensor.tensor(data)
      if tensor.dtype.isFloatingPoint {
        throw PythonError(
          .indexError, "tensors used as indices must be long, int, byte or bool tensors")
      }
      return .tensor(tensor)
    default:
      throw PythonError(
        .indexError,
        "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(value.typeName))"
      )
    }
  }

  private static func sliceBound(_ value: Value) throws -> Int? {
    switch value {
    case .none: return nil
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    case .native(let object as TensorObject)
    where !object.tensor.dtype.isFloatingPoint && object.tensor.count == 1:
      return (try? object.tensor.item()).map { Int($0.int64Value) }
    default:
      throw PythonError.typeError("slice indices must be integers or None or have an __index__ method")
    }
  }
}
