/// Activation functions that `torch.nn.functional` adds to the tensor methods (`relu`, `sigmoid` and
/// `tanh` are the engine's own and are reused as they are).
extension Tensor {
  /// `F.leaky_relu(input, negative_slope)` (`LeakyReluBackward0`): `x` where `x > 0`, else `x * slope`.
  ///
  /// The slope is rounded to the tensor's dtype first, as PyTorch's kernel converts it; at exactly 0 the
  /// gradient takes the slope, as PyTorch's `x > 0` test does.
  public func leakyRelu(negativeSlope: Double = 0.01) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError, "\"leaky_relu_cpu\" not implemented for '\(dtype.scalarTypeName)'")
    }
    let slope = dtype == .float32 ? Double(Float(negativeSlope)) : negativeSlope
    let single = dtype == .float32
    return try Tensor.unaryRecorded(self, name: "LeakyReluBackward0", saveInput: true) { input in
      try input.mapFloats(dtype: input.dtype) { x in
        if x > 0 { return x }
        return single ? Double(Float(x) * Float(slope)) : x * slope
      }
    } derivative: { grad, saved in
      let positive = try saved[0].gt(.int(0))
      return try Tensor.whereSelect(positive, .tensor(grad), .tensor(grad.mul(.float(negativeSlope))))
    }
  }
}
