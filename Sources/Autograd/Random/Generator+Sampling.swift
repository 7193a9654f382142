import Foundation

/// Per-element draws that PyTorch's CPU distributions take from the generator, one value at a time in
/// memory order: the building blocks of `bernoulli_`, `random_`, `randperm`, `multinomial` and the
/// `DataLoader` shuffle seed.
extension Generator {
  /// `uniform_real_distribution<double>(0, 1)`: the low 53 bits of a 64-bit draw, scaled (two draws).
  public func nextDouble() -> Double {
    Double(nextUInt64() & ((1 << 53) - 1)) * 0x1p-53
  }

  /// `uniform_real_distribution<float>(0, 1)`: the low 24 bits of one 32-bit draw, scaled.
  public func nextFloat() -> Float {
    Float(nextUInt32() & 0xFF_FFFF) * 0x1p-24
  }

  /// `torch.empty((), dtype=torch.int64).random_()`: a 64-bit draw reduced modulo 2^63.
  ///
  /// `RandomSampler` and `DataLoader` draw their seeds this way from the default generator.
  public func nextInt64Seed() -> Int64 {
    Int64(bitPattern: nextUInt64() & UInt64(Int64.max))
  }

  /// `count` draws of `bernoulli_(p)` with a Python float `p`: one double uniform per element, true when
  /// it is below `p` (PyTorch's kernel for CPUs that are not Intel's; see `Tensor.bernoulli_`).
  public func bernoulli(count: Int, probability p: Double) -> [Bool] {
    guard count > 0 else { return [] }
    return (0..<count).map { _ in nextDouble() < p }
  }

  /// A standard exponential (`exponential_()` with rate 1): `-log1p(-u)` of a double uniform.
  func nextExponential() -> Double {
    -Foundation.log1p(-nextDouble())
  }

  /// `torch.randperm(n)`'s CPU algorithm and generator use, bit for bit.
  ///
  /// Below 2^32 / 20 the identity is shuffled in place front to back, swapping position i with
  /// `i + random() % (n - i)` (one 32-bit draw per position but the last). Larger `n` use PyTorch's
  /// "inside-out" Fisher–Yates with a 64-bit draw per position; that branch cannot be checked against
  /// PyTorch here (it needs more than 200 million elements, beyond any element budget).
  public func permutation(_ n: Int) -> [Int64] {
    guard n > 0 else { return [] }
    var result = [Int64](repeating: 0, count: n)
    if n < Int(UInt32.max / 20) {
      for index in 0..<n { result[index] = Int64(index) }
      for index in 0..<(n - 1) {
        let offset = Int(UInt64(nextUInt32()) % UInt64(n - index))
        result.swapAt(index, index + offset)
      }
      return result
    }
    for index in 0..<n {
      let other = Int(nextUInt64() % UInt64(index + 1))
      result[index] = result[other]
      result[other] = Int64(index)
    }
    return result
  }
}
