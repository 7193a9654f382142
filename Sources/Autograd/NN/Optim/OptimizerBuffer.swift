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

extension OptimizerBuffer {
  /// A parameter and its gradient read for one update, in this precision.
  static func operands(_ parameter: Tensor, _ grad: Tensor) throws -> (param: Self, grad: Self) {
    (try Self(parameter), try Self(grad))
  }

  /// This gradient as every optimizer first prepares it: negated when maximizing, then with weight decay
  /// `grad.add(param, alpha=wd)`, one fused multiply-add as PyTorch's vectorised kernel computes it.
  mutating func prepareGradient(of param: Self, maximize: Bool, weightDecay: Double) {
    let count = values.count
    if maximize { for i in 0..<count { values[i] = -values[i] } }
    if weightDecay != 0 {
      let decay = Element(weightDecay)
      for i in 0..<count { values[i] = values[i].addingProduct(param.values[i], decay) }
    }
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
