/// A tensor's elements read into a flat buffer of its own precision, updated, and written back in place
/// without recording a graph (an optimizer step runs under `no_grad`), bumping the version counter as an
/// in-place update does.
struct OptimizerBuffer<Element: BinaryFloatingPoint> {
  var values: [Element]

  init(_ tensor: Tensor) throws {
    values = try tensor.floatValues().map { Element($0) }
  }

  init(repeating value: Element, count: Int) {
    values = [Element](repeating: value, count: count)
  }

  /// Writes the values into `tensor`'s storage (row-major over its strides) and bumps its version.
  func store(into tensor: Tensor) {
    tensor.writeFloats(values.map { Double($0) })
    tensor.storage.version &+= 1
  }

  /// A new tensor with `shape` and `dtype` holding the values.
  func tensor(shape: [Int], dtype: DType) -> Tensor {
    Tensor(shape: shape, dtype: dtype, exactFloats: values.map { Double($0) })
  }
}

extension OptimizerBuffer where Element == Float {
  /// `state['step'] += 1` on the 0-d float32 tensor PyTorch keeps the count in (added in float32);
  /// returns the new count.
  static func incrementStep(_ step: Tensor) throws -> Float {
    var value = try OptimizerBuffer<Float>(step)
    value.values[0] += 1
    value.store(into: step)
    return value.values[0]
  }
}
