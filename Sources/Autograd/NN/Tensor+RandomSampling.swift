import NumberFormat

/// `torch.randperm`, `torch.bernoulli` / `bernoulli_` and `torch.multinomial`, drawing from a generator
/// exactly as PyTorch 2.15's CPU kernels do (`generator: nil` is the session's default generator).
extension Tensor {
  /// `torch.randperm(n, dtype=, generator=)`: a random permutation of `0..<n`.
  public static func randperm(
    _ n: Int, dtype: DType = .int64, generator: Generator? = nil, requiresGrad: Bool = false
  ) throws -> Tensor {
    _ = try Shape.checkedCount([n])
    if dtype == .bool { throw AutogradError(.notImplementedError, "\"randperm\" not implemented for 'Bool'") }
    if dtype == .float32 && n > (1 << 24) + 1 {
      throw AutogradError.runtime("n cannot be greater than 2^24+1 for Float type.")
    }
    let values = EngineSession.generator(generator).permutation(n)
    return try Tensor(shape: [n], dtype: dtype, integers: values).applyFactoryRequiresGrad(requiresGrad)
  }

  /// `self.bernoulli_(p)` with a Python float: each element becomes 1 with probability `p`.
  ///
  /// One double uniform per element in memory order, compared with `p`. This is PyTorch's kernel on AMD
  /// and other non-Intel CPUs (the machine the test data comes from); on Intel CPUs PyTorch's MKL build
  /// draws a single seed and runs MKL's own stream instead, which is not reproduced.
  @discardableResult
  public func bernoulli_(probability p: Double, generator: Generator? = nil) throws -> Tensor {
    guard p >= 0 && p <= 1 else {
      throw AutogradError.runtime(
        "bernoulli_ expects p to be in [0, 1], but got p=\(PythonFloatFormat.general(p))")
    }
    let source = EngineSession.generator(generator)
    return try inPlace(operands: []) { input in
      let draws = source.bernoulli(count: input.count, probability: p)
      let output = Tensor(shape: input.shape, dtype: input.dtype, integers: draws.map { $0 ? 1 : 0 })
      try Tensor.record("BernoulliBackward2", inputs: [input], outputs: [output]) { grads, _ in
        [try grads[0].map { try $0.mul(.int(0)) }]
      }
      return output
    }
  }

  /// `self.bernoulli_(p)` with a tensor of probabilities broadcast to `self`'s shape (`BernoulliBackward1`).
  @discardableResult
  public func bernoulli_(probabilities: Tensor, generator: Generator? = nil) throws -> Tensor {
    let expanded = try probabilities.detach().expand(shape)
    return try inPlace(operands: [probabilities]) { input in
      // Drawn inside the update, after the in-place checks, so a refused call consumes nothing.
      let draws = try Tensor.bernoulliDraws(expanded, generator: generator)
      let output = Tensor(shape: input.shape, dtype: input.dtype, integers: draws)
      try Tensor.record("BernoulliBackward1", inputs: [input, probabilities], outputs: [output]) { grads, _ in
        guard let grad = grads[0] else { return [nil, nil] }
        return [try grad.mul(.int(0)), nil]
      }
      return output
    }
  }

  /// `torch.bernoulli(input)`: a new tensor of 0s and 1s drawn with the probabilities in `input`
  /// (`BernoulliBackward0`, whose gradient is zero).
  public static func bernoulli(_ probabilities: Tensor, generator: Generator? = nil) throws -> Tensor {
    let draws = try bernoulliDraws(probabilities, generator: generator)
    let output = Tensor(shape: probabilities.shape, dtype: probabilities.dtype, integers: draws)
    try record("BernoulliBackward0", inputs: [probabilities], outputs: [output]) { grads, _ in
      [try grads[0].map { try $0.mul(.int(0)) }]
    }
    return output
  }

  /// One draw per element of `probabilities`: a double uniform against float64 probabilities, a float
  /// uniform (24 bits) against any other floating dtype, as PyTorch's tensor-`p` kernel chooses.
  private static func bernoulliDraws(_ probabilities: Tensor, generator: Generator?) throws -> [Int64] {
    guard probabilities.dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError,
        "\"bernoulli_tensor_cpu_p_\" not implemented for '\(probabilities.dtype.scalarTypeName)'")
    }
    let values = try probabilities.floatValues()
    guard values.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
      throw AutogradError.runtime(
        "Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)"
      )
    }
    let source = EngineSession.generator(generator)
    if probabilities.dtype == .float64 {
      return values.map { source.nextDouble() < $0 ? 1 : 0 }
    }
    return values.map { source.nextFloat() < Float($0) ? 1 : 0 }
  }
}
