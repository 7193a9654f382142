import Autograd
import PythonRuntime

/// Python data as `torch.tensor(data, dtype=)` reads it, in PyTorch's order and with its errors: the sizes from
/// the first element at each depth, then (without `dtype=`) the kind of scalar every element holds, then each
/// element stored, failing at the first that does not fit the sizes or the dtype. Callers run it inside
/// `TorchBridge.run`, which turns the engine's errors (a tensor's `item()`, the element budget) into Python's.
///
/// A tensor inside the data is not a sequence when sizes are taken, so it must be a one-element tensor where a
/// scalar goes (`torch.tensor([torch.ones(2), torch.ones(2)])` is refused, as PyTorch refuses it: use
/// `torch.stack`); it is read as a sequence where a sequence is expected.
enum TensorDataReader {
  /// What a dtype (given or inferred) makes of an element that is not a number.
  private enum Kind { case float, integral }

  static func read(_ value: Value, dtype: DType?) throws -> TensorData {
    if case .string = value { throw PythonError(.typeError, "new(): invalid data type 'str'") }
    let sizes = try sizes(of: value)
    let kind: Kind
    if let dtype {
      kind = dtype.isFloatingPoint ? .float : .integral
    } else {
      kind = try inferKind(value) ? .float : .integral
    }
    return try store(value, sizes: sizes, dim: 0, kind: kind)
  }

  /// The elements of a value read as a sequence (a range by `arange`, so a huge one meets the element budget).
  private static func elements(_ value: Value) throws -> [Value]? {
    switch value {
    case .list(let list): return list.elements
    case .tuple(let items): return items
    case .range(let range):
      return try TorchValues.rangeTensor(range).contiguousIntegers().map { .int(Int($0)) }
    case .native(let object as SizeObject): return object.sizes.map { .int($0) }
    default: return nil
    }
  }

  /// The sizes, from the first element at each depth.
  private static func sizes(of value: Value) throws -> [Int] {
    var sizes: [Int] = []
    var current = value
    while let items = try elements(current) {
      if sizes.count >= TensorPrinter.maximumPrintableDimensions {
        throw PythonError(.valueError, "too many dimensions '\(current.typeName)'")
      }
      sizes.append(items.count)
      guard let first = items.first else { break }
      current = first
    }
    // A string is a sequence to Python, whose first element is a string again: PyTorch stops there.
    if !sizes.isEmpty, case .string = current { throw PythonError(.valueError, "too many dimensions 'str'") }
    return sizes
  }

  /// Whether the data holds a float (else integers or bools), with PyTorch's errors for what has no dtype.
  /// Nesting deeper than a tensor may have dimensions is refused before it can exhaust the stack.
  private static func inferKind(_ value: Value, depth: Int = 0) throws -> Bool {
    if depth > TensorPrinter.maximumPrintableDimensions {
      throw PythonError(.valueError, "too many dimensions '\(value.typeName)'")
    }
    switch value {
    case .bool, .int: return false
    case .float: return true
    case .string: throw PythonError(.typeError, "new(): invalid data type 'str'")
    case .native(let object as TensorObject): return object.tensor.dtype.isFloatingPoint
    case .native(let object) where object is SizeObject: return false
    default:
      guard let items = try elements(value) else {
        throw PythonError(.runtimeError, "Could not infer dtype of \(value.typeName)")
      }
      var isFloat = false
      for item in items where try inferKind(item, depth: depth + 1) { isFloat = true }
      return isFloat
    }
  }

  /// The element at depth `dim`: a sequence of `sizes[dim]` elements, or a scalar at the last depth.
  private static func store(_ value: Value, sizes: [Int], dim: Int, kind: Kind) throws -> TensorData {
    guard dim < sizes.count else { return try scalar(value, kind: kind) }
    if case .native(let object as TensorObject) = value {
      let tensor = object.tensor
      let expected = Array(sizes[dim...])
      guard tensor.shape == expected else {
        // Read as nested sequences, the tensor first differs from the sizes at this depth.
        let offset =
          tensor.shape.indices.first { $0 < expected.count && tensor.shape[$0] != expected[$0] } ?? 0
        let got = offset < tensor.shape.count ? tensor.shape[offset] : 0
        throw PythonError(
          .valueError, "expected sequence of length \(expected[offset]) at dim \(dim + offset) (got \(got))")
      }
      return try tensor.tolist()
    }
    guard let items = try elements(value) else { throw PythonError(.typeError, "not a sequence") }
    guard items.count == sizes[dim] else {
      throw PythonError(
        .valueError, "expected sequence of length \(sizes[dim]) at dim \(dim) (got \(items.count))")
    }
    return .list(try items.map { try store($0, sizes: sizes, dim: dim + 1, kind: kind) })
  }

  private static func scalar(_ value: Value, kind: Kind) throws -> TensorData {
    switch value {
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(Int64(number))
    case .float(let number): return .float(number)
    case .native(let object as TensorObject):
      guard object.tensor.count == 1 else {
        throw PythonError(.valueError, "only one element tensors can be converted to Python scalars")
      }
      switch try object.tensor.item() {
      case .bool(let flag): return .bool(flag)
      case .int(let number): return .int(number)
      case .float(let number): return .float(number)
      }
    default:
      switch kind {
      case .float: throw PythonError(.typeError, "must be real number, not \(value.typeName)")
      case .integral:
        throw PythonError(.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
      }
    }
  }
}
