/// A linear op that reads every output element from one input element (`output[i] = input[source[i]]`):
/// reflection/replication padding and max pooling. Its adjoint scatter-adds, and each records the other as
/// its backward, so gradients of any order flow.
struct IndexMap {
  /// For each output element (row-major), the row-major input element it copies.
  let sources: [Int]
  let inputShape: [Int]
  let outputShape: [Int]
  /// grad_fn names of the gather and of its adjoint (`ReflectionPad1DBackward0`, `…BackwardBackward0`).
  let name: String
  let adjointName: String

  func gather(_ input: Tensor) throws -> Tensor {
    let values = try input.floatValues()
    let output = Tensor(shape: outputShape, dtype: input.dtype, floats: sources.map { values[$0] })
    try Tensor.record(name, inputs: [input], outputs: [output]) { grads, _ in
      [try grads[0].map { try self.scatter($0) }]
    }
    return output
  }

  func scatter(_ grad: Tensor) throws -> Tensor {
    let values = try grad.floatValues()
    var sums = [Double](repeating: 0, count: Shape.count(inputShape))
    if grad.dtype == .float32 {
      var singles = [Float](repeating: 0, count: sums.count)
      for (index, source) in sources.enumerated() { singles[source] += Float(values[index]) }
      sums = singles.map { Double($0) }
    } else {
      for (index, source) in sources.enumerated() { sums[source] += values[index] }
    }
    let output = Tensor(shape: inputShape, dtype: grad.dtype, floats: sums)
    try Tensor.record(adjointName, inputs: [grad], outputs: [output]) { grads, _ in
      [try grads[0].map { try self.gather($0) }]
    }
    return output
  }
}
