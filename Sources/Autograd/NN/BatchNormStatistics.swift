import Foundation

/// Batch norm's per-channel statistics and the normalisation, in PyTorch 2.15's CPU arithmetic.
///
/// Training statistics: the mean sums in double and rounds once; the variance sum accumulates
/// `(x - mean)²` in double for inputs with spatial positions, and for `(N, C)` inputs (where PyTorch runs
/// its channels-last kernel) in float with fused multiply-adds, per thread chunk of rows (see
/// `ReferenceMachine`). `invstd = 1 / sqrt(var_sum / n + eps)` in double. Running statistics update in
/// float: `momentum * mean + (1 - momentum) * running` unfused for the mean and fused for the variance
/// (whose unbiased value is `var_sum / (n - 1)` in float). The output is `fma(x, α, β)` with
/// `α = invstd * weight` and `β = fma(-mean, α, bias)`. All found against PyTorch bit for bit.
struct BatchNormStatistics {
  let input: Tensor
  let batch: Int
  let channels: Int
  let image: Int
  /// Per-channel mean and inverse standard deviation used to normalise.
  let mean: [Double]
  let invstd: [Double]
  /// Training only: the sum of squared deviations per channel (rounded to the dtype).
  let varianceSum: [Double]

  private var isSingle: Bool { input.dtype == .float32 }
  private var perChannel: Int { batch * image }

  init(input: Tensor, runningMean: Tensor?, runningVar: Tensor?, training: Bool, eps: Double) throws {
    self.input = input
    batch = input.shape[0]
    channels = input.shape[1]
    image = Shape.count(Array(input.shape.dropFirst(2)))
    let single = input.dtype == .float32
    if training {
      let x = try input.floatValues()
      let (means, sums) =
        image == 1 && single
        ? BatchNormStatistics.channelsLast(x, rows: batch, channels: channels)
        : BatchNormStatistics.contiguous(x, batch: batch, channels: channels, image: image, single: single)
      mean = means
      varianceSum = sums
      let n = batch * image
      invstd = sums.map { sum in
        let variance = single ? Double(Float(sum) / Float(n)) : sum / Double(n)
        let value = variance != 0 || eps != 0 ? 1 / (variance + eps).squareRoot() : 0
        return single ? Double(Float(value)) : value
      }
    } else {
      mean = try runningMean?.floatValues() ?? []
      let variances = try runningVar?.floatValues() ?? []
      invstd = variances.map { v in
        single ? Double(1 / (Float(v) + Float(eps)).squareRoot()) : 1 / (v + eps).squareRoot()
      }
      varianceSum = []
    }
  }

  /// `(N, C)` statistics as the channels-last kernel computes them.
  private static func channelsLast(_ x: [Double], rows: Int, channels: Int) -> ([Double], [Double]) {
    var means = [Double](repeating: 0, count: channels)
    var sums = [Double](repeating: 0, count: channels)
    let values = x.map { Float($0) }
    if rows > ReferenceMachine.threads {
      let chunks = ReferenceMachine.chunks(count: rows, grain: 1)
      var buffers = [[Float]](repeating: [Float](repeating: 0, count: channels), count: chunks.count)
      for (t, chunk) in chunks.enumerated() {
        for row in chunk { for c in 0..<channels { buffers[t][c] += values[row * channels + c] } }
      }
      for c in 0..<channels {
        means[c] = Double(Float(buffers.reduce(0.0) { $0 + Double($1[c]) } / Double(rows)))
      }
      buffers = [[Float]](repeating: [Float](repeating: 0, count: channels), count: chunks.count)
      for (t, chunk) in chunks.enumerated() {
        for row in chunk {
          for c in 0..<channels {
            let d = values[row * channels + c] - Float(means[c])
            buffers[t][c] = buffers[t][c].addingProduct(d, d)
          }
        }
      }
      for c in 0..<channels { sums[c] = Double(Float(buffers.reduce(0.0) { $0 + Double($1[c]) })) }
    } else {
      for c in 0..<channels {
        var total = 0.0
        for row in 0..<rows { total += Double(values[row * channels + c]) }
        means[c] = Double(Float(total / Double(rows)))
        var squares: Float = 0
        for row in 0..<rows {
          let d = values[row * channels + c] - Float(means[c])
          squares = squares.addingProduct(d, d)
        }
        sums[c] = Double(squares)
      }
    }
    return (means, sums)
  }

  /// Statistics of `(N, C, spatial...)` inputs (and float64 ones) as the contiguous kernel computes them.
  private static func contiguous(_ x: [Double], batch: Int, channels: Int, image: Int, single: Bool)
    -> ([Double], [Double])
  {
    var means = [Double](repeating: 0, count: channels)
    var sums = [Double](repeating: 0, count: channels)
    let n = batch * image
    for c in 0..<channels {
      var total = 0.0
      for b in 0..<batch { for i in 0..<image { total += x[(b * channels + c) * image + i] } }
      means[c] = single ? Double(Float(total / Double(n))) : total / Double(n)
      var squares = 0.0
      for b in 0..<batch {
        for i in 0..<image {
          let value = x[(b * channels + c) * image + i]
          if single {
            let d = Float(value) - Float(means[c])
            squares += Double(d * d)
          } else {
            let d = value - means[c]
            squares += d * d
          }
        }
      }
      sums[c] = single ? Double(Float(squares)) : squares
    }
    return (means, sums)
  }

  /// Updates the running statistics in place (no graph; their version counters advance).
  func updateRunning(mean runningMean: Tensor?, variance runningVar: Tensor?, momentum: Double) throws {
    let n = perChannel
    if let running = runningMean {
      let old = try running.floatValues()
      let updated = (0..<channels).map { c -> Double in
        if isSingle {
          let m = Float(momentum)
          return Double(m * Float(mean[c]) + (1 - m) * Float(old[c]))
        }
        return momentum * mean[c] + (1 - momentum) * old[c]
      }
      running.writeFloats(updated)
      running.storage.version &+= 1
    }
    if let running = runningVar {
      let old = try running.floatValues()
      let updated = (0..<channels).map { c -> Double in
        if isSingle {
          let m = Float(momentum)
          let unbiased = Float(varianceSum[c]) / Float(n - 1)
          return Double(((1 - m) * Float(old[c])).addingProduct(m, unbiased))
        }
        let unbiased = varianceSum[c] / Double(n - 1)
        return ((1 - momentum) * old[c]).addingProduct(momentum, unbiased)
      }
      running.writeFloats(updated)
      running.storage.version &+= 1
    }
  }

  /// `x * α + β` per channel, fused, with `α = invstd * weight` and `β = bias - mean * α` (fused).
  func normalize(weight: Tensor?, bias: Tensor?) throws -> Tensor {
    let x = try input.floatValues()
    let weights = try weight?.floatValues()
    let biases = try bias?.floatValues()
    var out = [Double](repeating: 0, count: x.count)
    for c in 0..<channels {
      let w = weights?[c] ?? 1
      let b = biases?[c] ?? 0
      if isSingle {
        let alpha = Float(invstd[c]) * Float(w)
        let beta = Float(b).addingProduct(-Float(mean[c]), alpha)
        for bIndex in 0..<batch {
          for i in 0..<image {
            let index = (bIndex * channels + c) * image + i
            out[index] = Double(beta.addingProduct(Float(x[index]), alpha))
          }
        }
      } else {
        let alpha = invstd[c] * w
        let beta = b.addingProduct(-mean[c], alpha)
        for bIndex in 0..<batch {
          for i in 0..<image {
            let index = (bIndex * channels + c) * image + i
            out[index] = beta.addingProduct(x[index], alpha)
          }
        }
      }
    }
    return Tensor(shape: input.shape, dtype: input.dtype, exactFloats: out)
  }

  func meanTensor(dtype: DType) -> Tensor { Tensor(shape: [channels], dtype: dtype, exactFloats: mean) }
  func invstdTensor(dtype: DType) -> Tensor { Tensor(shape: [channels], dtype: dtype, exactFloats: invstd) }
}
