/// A generator's state as the uint8 tensor `get_state()` returns and `set_state()` takes.
extension Tensor {
  /// `generator.get_state()`: a new 1-D uint8 tensor of `Generator.stateByteCount` bytes.
  public static func generatorState(_ generator: Generator) -> Tensor {
    let bytes = generator.stateBytes()
    return Tensor(shape: [bytes.count], dtype: .uint8, integers: bytes.map { Int64($0) })
  }

  /// `generator.set_state(self)`, with PyTorch's checks of the tensor: uint8, contiguous, then the size and the
  /// engine state (any shape with the right number of bytes is read in memory order).
  public func restoreGenerator(_ generator: Generator) throws {
    guard dtype == .uint8 else { throw AutogradError.type("RNG state must be a torch.ByteTensor") }
    guard isContiguous else { throw AutogradError.runtime("RNG state must be contiguous") }
    let bytes = try contiguousIntegers().map { UInt8(truncatingIfNeeded: $0) }
    try generator.setState(bytes: bytes)
  }
}
