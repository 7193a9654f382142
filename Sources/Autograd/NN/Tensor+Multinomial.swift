/// `torch.multinomial(input, num_samples, replacement=, generator=)` with PyTorch 2.15's CPU algorithms.
extension Tensor {
  /// Category indices sampled from the rows of a 1-D or 2-D tensor of non-negative weights (int64).
  ///
  /// Without replacement, and for a single sample with replacement, PyTorch draws one standard
  /// exponential `q` per element (in memory order), divides the weights by it and keeps the largest
  /// ratios (`argmax`, or `topk` in descending order). With replacement and several samples it builds the
  /// float cumulative distribution of each row, normalised by its sum, and binary-searches one double
  /// uniform per sample. Known gap: when `topk` has to choose among equal ratios (only zero-weight
  /// categories, once the positive ones are used up) the order here is by index, where PyTorch's comes
  /// from libstdc++'s `nth_element`/`sort` and can differ.
  public func multinomial(numSamples: Int, replacement: Bool = false, generator: Generator? = nil) throws
    -> Tensor
  {
    guard rank == 1 || rank == 2 else { throw AutogradError.runtime("prob_dist must be 1 or 2 dim") }
    guard dtype.isFloatingPoint else {
      throw AutogradError.runtime(
        "multinomial only supports floating-point dtypes for input, got: \(dtype.scalarTypeName)")
    }
    guard numSamples > 0 else { throw AutogradError.runtime("cannot sample n_sample <= 0 samples") }
    let categories = shape[rank - 1]
    guard replacement || numSamples <= categories else {
      throw AutogradError.runtime("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
    }
    guard categories <= 1 << 24 else {
      throw AutogradError.runtime("number of categories cannot exceed 2^24")
    }
    let rows = rank == 2 ? shape[0] : 1
    let outShape = rank == 2 ? [rows, numSamples] : [numSamples]
    _ = try Shape.checkedCount(outShape)
    if rows == 0 { return Tensor(shape: outShape, dtype: .int64, integers: []) }
    let weights = try floatValues()
    let source = EngineSession.generator(generator)
    let samples: [Int64]
    if !replacement || numSamples == 1 {
      samples = try exponentialRaceSamples(
        weights, rows: rows, categories: categories, count: numSamples, source)
    } else {
      samples = try cumulativeSamples(weights, rows: rows, categories: categories, count: numSamples, source)
    }
    return Tensor(shape: outShape, dtype: .int64, integers: samples)
  }

  /// The "exponential race": the `count` largest `weight / q` per row, `q` standard exponential.
  private func exponentialRaceSamples(
    _ weights: [Double], rows: Int, categories: Int, count: Int, _ source: Generator
  ) throws -> [Int64] {
    guard weights.allSatisfy({ $0 < .infinity && $0 >= 0 }) else {
      throw AutogradError.runtime("probability tensor contains either `inf`, `nan` or element < 0")
    }
    for row in 0..<rows {
      let total = weights[(row * categories)..<((row + 1) * categories)].reduce(0, +)
      if total == 0 {
        throw AutogradError.runtime("invalid multinomial distribution (sum of probabilities <= 0)")
      }
    }
    let single = dtype == .float32
    let ratios: [Double] = weights.map { weight in
      let q = source.nextExponential()
      return single ? Double(Float(weight) / Float(q)) : weight / q
    }
    var result: [Int64] = []
    result.reserveCapacity(rows * count)
    for row in 0..<rows {
      let base = row * categories
      // Descending ratio; NaN first as PyTorch's comparator puts it; equal ratios by index.
      let order = (0..<categories).sorted { a, b in
        let x = ratios[base + a]
        let y = ratios[base + b]
        if x.isNaN != y.isNaN { return x.isNaN }
        if x != y { return x > y }
        return a < b
      }
      result.append(contentsOf: order.prefix(count).map { Int64($0) })
    }
    return result
  }

  /// Sampling with replacement through each row's normalised cumulative distribution.
  private func cumulativeSamples(
    _ weights: [Double], rows: Int, categories: Int, count: Int, _ source: Generator
  ) throws -> [Int64] {
    var result: [Int64] = []
    result.reserveCapacity(rows * count)
    let single = dtype == .float32
    for row in 0..<rows {
      var cumulative = [Double](repeating: 0, count: categories)
      var total = 0.0
      for j in 0..<categories {
        let value = weights[row * categories + j]
        guard value >= 0 else {
          throw AutogradError.runtime("invalid multinomial distribution (encountering probability entry < 0)")
        }
        guard value.isFinite else {
          throw AutogradError.runtime(
            "invalid multinomial distribution (encountering probability entry = infinity or NaN)")
        }
        total = single ? Double(Float(total) + Float(value)) : total + value
        cumulative[j] = total
      }
      guard total > 0 else {
        throw AutogradError.runtime("invalid multinomial distribution (sum of probabilities <= 0)")
      }
      for j in 0..<categories {
        cumulative[j] = single ? Double(Float(cumulative[j]) / Float(total)) : cumulative[j] / total
      }
      cumulative[categories - 1] = 1
      for _ in 0..<count {
        let u = source.nextDouble()
        var low = 0
        var high = categories
        while high - low > 0 {
          let middle = low + (high - low) / 2
          if cumulative[middle] < u { low = middle + 1 } else { high = middle }
        }
        result.append(Int64(low))
      }
    }
    return result
  }
}
