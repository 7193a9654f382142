/// Products and quotients by a C++ scalar, recorded as PyTorch's `mul.Scalar` and `div.Scalar` nodes
/// (`MulBackward1`, `DivBackward1`). PyTorch's C++ loss code builds these where a Python expression
/// would give `MulBackward0`/`DivBackward0`, so the composite losses use them to show the same graph.
extension Tensor {
  /// `self * value` recorded as `MulBackward1`; the value is rounded to the tensor's dtype, as the kernel does.
  func mulScalarNode(_ value: Double) throws -> Tensor {
    let product = try EngineSession.withoutGrad { try self.mul(.float(value)) }
    try Tensor.record("MulBackward1", inputs: [self], outputs: [product]) { grads, _ in
      [try grads[0].map { try $0.mul(.float(value)) }]
    }
    return product
  }

  /// `self / value` recorded as `DivBackward1`.
  func divScalarNode(_ value: Scalar) throws -> Tensor {
    let quotient = try EngineSession.withoutGrad { try self.div(.scalar(value)) }
    try Tensor.record("DivBackward1", inputs: [self], outputs: [quotient]) { grads, _ in
      [try grads[0].map { try $0.div(.scalar(value)) }]
    }
    return quotient
  }
}
