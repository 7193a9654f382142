/// The random draws of `torch.utils.data` in PyTorch 2.15, so that a seeded `DataLoader(shuffle=True)`
/// or `random_split` gives PyTorch's order.
///
/// Every time a `DataLoader` iterator is created (each epoch's `for batch in loader`), it first draws a
/// `_base_seed` with `torch.empty((), dtype=torch.int64).random_(generator=loader.generator)`, shuffled
/// or not, from the loader's generator or the default one (`iteratorBaseSeed`). A `RandomSampler` without
/// a generator then, on its first index, draws a seed the same way from the default generator, seeds a
/// fresh `torch.Generator` with it and takes `torch.randperm(n, generator=that)` (`samplerOrder`).
public enum DataLoaderSampling {
  /// The `_base_seed` a DataLoader iterator draws when it is created (from `generator`, or the
  /// session's default generator when the loader has none).
  public static func iteratorBaseSeed(generator: Generator? = nil) -> Int64 {
    EngineSession.generator(generator).nextInt64Seed()
  }

  /// The indices one pass of `RandomSampler(data_source of count, replacement, num_samples, generator)`
  /// yields.
  ///
  /// Without replacement: `num_samples // n` whole permutations, then the first `num_samples % n` of one
  /// more. With replacement: `randint(0, n)` in chunks of 32, then the remainder. Without a generator,
  /// one seed is drawn from the default generator first and a new generator seeded with it is used.
  public static func samplerOrder(
    count n: Int, numSamples: Int? = nil, replacement: Bool = false, generator: Generator? = nil
  ) throws -> [Int64] {
    let samples = numSamples ?? n
    guard samples > 0 else {
      throw AutogradError.value(
        "num_samples should be a positive integer value, but got num_samples=\(samples)")
    }
    let source =
      generator ?? Generator(seed: UInt64(bitPattern: EngineSession.defaultGenerator.nextInt64Seed()))
    var order: [Int64] = []
    if replacement {
      guard n > 0 else {
        throw AutogradError.runtime("random_ expects 'from' to be less than 'to', but got from=0 >= to=0")
      }
      for _ in 0..<(samples / 32) { order += source.randint(count: 32, low: 0, high: Int64(n)) }
      order += source.randint(count: samples % 32, low: 0, high: Int64(n))
      return order
    }
    guard n > 0 else { return [] }
    for _ in 0..<(samples / n) { order += source.permutation(n) }
    order += source.permutation(n).prefix(samples % n)
    return order
  }

  /// `random_split(dataset of count, lengths)`'s lengths: integers are kept; fractions summing to 1 become
  /// `floor(count * fraction)` with the remainder handed out one by one from the first split. Returns
  /// the lengths and the warnings PyTorch gives for empty splits.
  public static func randomSplitLengths(count: Int, lengths: [Scalar]) throws -> (
    lengths: [Int], warnings: [String]
  ) {
    let values = lengths.map { $0.doubleValue }
    let total = values.reduce(0, +)
    var warnings: [String] = []
    var result: [Int]
    if Swift.abs(total - 1) <= 1e-9 * Swift.max(1, Swift.abs(total)) && total <= 1 {
      result = []
      for (index, fraction) in values.enumerated() {
        guard fraction >= 0 && fraction <= 1 else {
          throw AutogradError.value("Fraction at index \(index) is not between 0 and 1")
        }
        result.append(Int((Double(count) * fraction).rounded(.down)))
      }
      let remainder = count - result.reduce(0, +)
      for i in 0..<Swift.max(remainder, 0) { result[i % result.count] += 1 }
      for (index, length) in result.enumerated() where length == 0 {
        warnings.append(
          "UserWarning: Length of split at index \(index) is 0. This might result in an empty dataset.")
      }
    } else {
      result = lengths.map { Int($0.int64Value) }
    }
    guard result.reduce(0, +) == count else {
      throw AutogradError.value("Sum of input lengths does not equal the length of the input dataset!")
    }
    return (result, warnings)
  }

  /// The index lists of `random_split`: one `randperm(sum(lengths))` from `generator` (the default
  /// generator unless one is given), cut into consecutive pieces.
  public static func randomSplitIndices(lengths: [Int], generator: Generator? = nil) -> [[Int64]] {
    let permutation = EngineSession.generator(generator).permutation(lengths.reduce(0, +))
    var pieces: [[Int64]] = []
    var offset = 0
    for length in lengths {
      pieces.append(Array(permutation[offset..<(offset + length)]))
      offset += length
    }
    return pieces
  }
}
