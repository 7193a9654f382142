import Foundation

/// `softmax` and `log_softmax` along a dimension, with PyTorch's CPU arithmetic and grad_fn names.
extension Tensor {
  /// `torch.softmax(input, dim, dtype=)` (`SoftmaxBackward0`); `dtype` converts the input first.
  public func softmax(dim: Int, dtype requested: DType? = nil) throws -> Tensor {
    try normalizedExponential(dim: dim, dtype: requested, isLog: false)
  }

  /// `torch.log_softmax(input, dim, dtype=)` (`LogSoftmaxBackward0`).
  public func logSoftmax(dim: Int, dtype requested: DType? = nil) throws -> Tensor {
    try normalizedExponential(dim: dim, dtype: requested, isLog: true)
  }

  /// The dimension `F.softmax(x)` / `F.log_softmax(x)` pick when `dim` is omitted, and the warning
  /// PyTorch emits for it (`name` is `softmax`, `log_softmax` or `softmin`).
  public static func implicitSoftmaxDim(function name: String, rank: Int) -> (dim: Int, warning: String) {
    let warning =
      "UserWarning: Implicit dimension choice for \(name) has been deprecated. Change the call to include dim=X as an argument."
    return ([0, 1, 3].contains(rank) ? 0 : 1, warning)
  }

  private func normalizedExponential(dim: Int, dtype requested: DType?, isLog: Bool) throws -> Tensor {
    let input = try requested.map { try self.to($0) } ?? self
    let name = isLog ? "log_softmax" : "softmax"
    let d = try Shape.wrapDim(dim, rank: input.rank)
    let dims = input.rank == 0 ? [1] : input.shape
    let outer = Shape.count(Array(dims[..<d]))
    let size = dims[d]
    let inner = Shape.count(Array(dims[(d + 1)...]))
    guard input.dtype.isFloatingPoint else {
      // PyTorch names the kernel it would have run: the last-dimension one when nothing follows `dim`.
      let kernel = inner == 1 ? "\(name)_lastdim_kernel_impl" : "\(name)_kernel_impl"
      throw AutogradError(.notImplementedError, "\"\(kernel)\" not implemented for '\(input.dtype.scalarTypeName)'")
    }
    let values = try input.floatValues()
    let result: [Double]
    if input.dtype == .float32 {
      let kernel = SoftmaxKernel(outer: outer, size: size, inner: inner, isLog: isLog)
      result = kernel.run(values.map { Float($0) }).map { Double($0) }
    } else {
      result = SoftmaxKernel.double(values, outer: outer, size: size, inner: inner, isLog: isLog)
    }
    let output = Tensor(shape: input.shape, dtype: input.dtype, exactFloats: result)
    let reduced = input.rank == 0 ? [Int]() : [d]
    try Tensor.record(
      isLog ? "LogSoftmaxBackward0" : "SoftmaxBackward0", inputs: [input], outputs: [output], saving: [output]
    ) { grads, saved in
      guard let grad = grads[0] else { return [nil] }
      let y = saved[0]
      if isLog {
        // grad - exp(y) * sum(grad)
        let total = reduced.isEmpty ? grad : try grad.sum(dims: reduced, keepdim: true)
        return [try grad.sub(.tensor(y.exp().mul(.tensor(total))))]
      }
      // y * (grad - sum(grad * y))
      let product = try grad.mul(.tensor(y))
      let total = reduced.isEmpty ? product : try product.sum(dims: reduced, keepdim: true)
      return [try y.mul(.tensor(grad.sub(.tensor(total))))]
    }
    return output
  }
}
