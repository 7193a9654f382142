/// Elementwise kernels shared by arithmetic, unary ops and comparisons (no autograd here).
extension Tensor {
  /// Applies `body` to each pair of floating values (broadcast, converted to `dtype`) into a new tensor.
  @inline(__always)
  static func zipFloats(
    _ a: Tensor, _ b: Tensor, shape: [Int], dtype: DType, resultDType: DType? = nil,
    _ body: (Double, Double) -> Double
  ) throws -> Tensor {
    let count = Shape.count(shape)
    var result = [Double](repeating: 0, count: count)
    // A one-element operand is read once instead of being expanded.
    if b.count == 1 && a.shape == shape {
      let left = try a.floatValues(as: dtype)
      let right = try b.floatValues(as: dtype)[0]
      left.withUnsafeBufferPointer { l in
        result.withUnsafeMutableBufferPointer { out in
          for i in 0..<count { out[i] = body(l[i], right) }
        }
      }
    } else if a.count == 1 && b.shape == shape {
      let left = try a.floatValues(as: dtype)[0]
      let right = try b.floatValues(as: dtype)
      right.withUnsafeBufferPointer { r in
        result.withUnsafeMutableBufferPointer { out in
          for i in 0..<count { out[i] = body(left, r[i]) }
        }
      }
    } else {
      let left = try a.floatValues(as: dtype, expandedTo: shape)
      let right = try b.floatValues(as: dtype, expandedTo: shape)
      left.withUnsafeBufferPointer { l in
        right.withUnsafeBufferPointer { r in
          result.withUnsafeMutableBufferPointer { out in
            for i in 0..<count { out[i] = body(l[i], r[i]) }
          }
        }
      }
    }
    return Tensor(shape: shape, dtype: resultDType ?? dtype, floats: result)
  }

  /// Applies `body` to each pair of integer values (broadcast) into a new tensor of `dtype`.
  static func zipIntegers(
    _ a: Tensor, _ b: Tensor, shape: [Int], dtype: DType, _ body: (Int64, Int64) throws -> Int64
  ) throws -> Tensor {
    let left = try a.integerValues(expandedTo: shape)
    let right = try b.integerValues(expandedTo: shape)
    var result = [Int64](repeating: 0, count: left.count)
    for i in 0..<result.count { result[i] = try body(left[i], right[i]) }
    return Tensor(shape: shape, dtype: dtype, integers: result)
  }

  /// Applies `body` to each floating value (converted to `dtype`) into a new tensor.
  @inline(__always)
  func mapFloats(dtype: DType, resultDType: DType? = nil, _ body: (Double) -> Double) throws -> Tensor {
    var values = try floatValues(as: dtype)
    values.withUnsafeMutableBufferPointer { buffer in
      for i in 0..<buffer.count { buffer[i] = body(buffer[i]) }
    }
    return Tensor(shape: shape, dtype: resultDType ?? dtype, floats: values)
  }

  /// Applies `body` to each integer value into a new tensor of `dtype`.
  func mapIntegers(dtype: DType, _ body: (Int64) -> Int64) throws -> Tensor {
    Tensor(shape: shape, dtype: dtype, integers: try integerValues().map(body))
  }

  /// A contiguous copy of the values with the same dtype and no autograd history.
  func clonedValues() throws -> Tensor {
    if dtype.isFloatingPoint { return Tensor(shape: shape, dtype: dtype, exactFloats: try floatValues()) }
    return Tensor(shape: shape, dtype: dtype, integers: try integerValues())
  }

  /// Converts `operand` into a tensor (Python scalars become wrapped 0-d tensors).
  static func tensorOperand(_ operand: Operand) -> Tensor {
    switch operand {
    case .tensor(let tensor): return tensor
    case .scalar(let scalar): return wrapped(scalar)
    }
  }

  /// A unary op with a single differentiable input: computes `forward` and records `derivative(grad, saved)`.
  static func unaryRecorded(
    _ input: Tensor, name: String, saveInput: Bool = false, saveOutput: Bool = false,
    forward: (Tensor) throws -> Tensor,
    derivative: @escaping (_ grad: Tensor, _ saved: [Tensor]) throws -> Tensor
  ) throws -> Tensor {
    let output = try forward(input)
    var saving: [Tensor] = []
    if saveInput { saving.append(input) }
    if saveOutput { saving.append(output) }
    try record(name, inputs: [input], outputs: [output], saving: saving) { grads, saved in
      guard let grad = grads.first ?? nil else { return [nil] }
      return [try derivative(grad, saved)]
    }
    return output
  }
}
