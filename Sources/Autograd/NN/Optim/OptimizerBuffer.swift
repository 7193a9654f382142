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
  /// `state['step'] += 1` on the float32 tensor PyTorch keeps the count in (0-d unless a loaded state
  /// dict says otherwise; added in float32 to every element, as `+=` does).
  static func incrementStep(_ step: Tensor) throws {
    var value = try OptimizerBuffer<Float>(step)
    for i in value.values.indices { value.values[i] += 1 }
    value.store(into: step)
  }

  /// The count as `step.item()` reads it, with PyTorch's error for a tensor (a loaded state dict's) that
  /// does not hold exactly one element.
  static func count(of step: Tensor) throws -> Double {
    let values = try OptimizerBuffer<Float>(step).values
    guard values.count == 1, let count = values.first else {
      throw AutogradError.runtime("a Tensor with \(values.count) elements cannot be converted to Scalar")
    }
    return Double(count)
  }
}
