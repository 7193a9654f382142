import Foundation

/// The float32 forward kernels of `softmax`/`log_softmax` over rows shaped `(outer, size, inner)`.
///
/// When the reduced dimension is innermost (`inner == 1`) PyTorch reduces each row with 16-lane vector
/// sums and SLEEF's `exp`; softmax multiplies by the reciprocal of the sum. Otherwise it sums down the
/// dimension one element at a time, using SLEEF's `exp` for positions computed in whole vectors and the C
/// library's `expf` for the rest; softmax then divides. The logarithm of the sum uses the C
/// library's `logf` (PyTorch uses SLEEF's, which differs from it in the last bit about one row in 160).
struct SoftmaxKernel {
  let outer: Int
  let size: Int
  let inner: Int
  let isLog: Bool

  func run(_ x: [Float]) -> [Float] {
    var out = [Float](repeating: 0, count: x.count)
    guard size > 0 else { return out }
    if inner == 1 {
      for o in 0..<outer { lastDimension(x, into: &out, base: o * size) }
    } else if isLog {
      for o in 0..<outer { stridedLogSoftmax(x, into: &out, base: o * size * inner) }
    } else {
      stridedSoftmax(x, into: &out)
    }
    return out
  }

  private func lastDimension(_ x: [Float], into out: inout [Float], base: Int) {
    var maximum = x[base]
    for i in base..<(base + size) where x[i].isNaN || x[i] > maximum { maximum = x[i] }
    let exps = (base..<(base + size)).map { VectorArithmetic.sleefExp(x[$0] - maximum) }
    let total = VectorArithmetic.laneSum(exps)
    if isLog {
      let logTotal = Foundation.log(total)
      for i in 0..<size { out[base + i] = (x[base + i] - maximum) - logTotal }
    } else {
      let reciprocal = 1 / total
      for i in 0..<size { out[base + i] = exps[i] * reciprocal }
    }
  }

  /// The strided log_softmax of one outer block: `_vec_logsoftmax` splits `inner` into chunks and
  /// vectorises each chunk's whole vectors.
  private func stridedLogSoftmax(_ x: [Float], into out: inout [Float], base: Int) {
    let lanes = VectorArithmetic.floatLanes
    let chunk = Swift.max(128 * 1024 / size / 4, lanes) / lanes * lanes
    for j in 0..<inner {
      let start = j / chunk * chunk
      let length = Swift.min(chunk, inner - start)
      column(x, into: &out, base: base, position: j, vectorized: j - start < length - length % lanes)
    }
  }

  /// The strided softmax over all `outer × inner` columns at once, split into PyTorch's thread chunks.
  ///
  /// The kernel's grain size is 0, so the work is always divided between the threads, and a chunk
  /// boundary inside a row moves which positions are computed in whole vectors (SLEEF's `exp`) and which
  /// one at a time (the C library's `expf`): the last bits depend on the thread count (see
  /// `ReferenceMachine.threads`; checked with 1 and 2 threads).
  private func stridedSoftmax(_ x: [Float], into out: inout [Float]) {
    let lanes = VectorArithmetic.floatLanes
    for chunk in ReferenceMachine.chunks(count: outer * inner, grain: 0) {
      let (begin, end) = (chunk.lowerBound, chunk.upperBound)
      var index = begin
      while index < end {
        let position = index % inner
        if position + lanes <= inner && index + lanes <= end {
          for k in 0..<lanes { stridedColumn(x, into: &out, index: index + k, vectorized: true) }
          index += lanes
        } else {
          let tail = index + lanes > end ? end - index : inner - position
          for k in 0..<tail { stridedColumn(x, into: &out, index: index + k, vectorized: false) }
          index += tail
        }
      }
    }
  }

  private func stridedColumn(_ x: [Float], into out: inout [Float], index: Int, vectorized: Bool) {
    let (o, j) = (index / inner, index % inner)
    column(x, into: &out, base: o * size * inner, position: j, vectorized: vectorized)
  }

  /// One column of the strided kernels: max, exponentials, a sum down the dimension, then the division
  /// (softmax) or the subtraction of the log-sum (log_softmax).
  private func column(_ x: [Float], into out: inout [Float], base: Int, position j: Int, vectorized: Bool) {
    var maximum = x[base + j]
    for d in 1..<Swift.max(size, 1) {
      let value = x[base + d * inner + j]
      if value.isNaN || value > maximum { maximum = value }
    }
    var total: Float = 0
    var exps = [Float](repeating: 0, count: size)
    for d in 0..<size {
      let shifted = x[base + d * inner + j] - maximum
      exps[d] = vectorized ? VectorArithmetic.sleefExp(shifted) : Foundation.exp(shifted)
      total += exps[d]
    }
    if isLog {
      let logTotal = Foundation.log(total)
      for d in 0..<size { out[base + d * inner + j] = x[base + d * inner + j] - maximum - logTotal }
    } else {
      for d in 0..<size { out[base + d * inner + j] = exps[d] / total }
    }
  }

  /// The float64 kernels: the same structure in double with the C library's `exp` and `log`.
  static func double(_ x: [Double], outer: Int, size: Int, inner: Int, isLog: Bool) -> [Double] {
    var out = [Double](repeating: 0, count: x.count)
    guard size > 0 else { return out }
    for o in 0..<outer {
      for j in 0..<inner {
        let base = o * size * inner + j
        var maximum = x[base]
        for d in 1..<size where x[base + d * inner].isNaN || x[base + d * inner] > maximum {
          maximum = x[base + d * inner]
        }
        var total = 0.0
        for d in 0..<size { total += Foundation.exp(x[base + d * inner] - maximum) }
        for d in 0..<size {
          let shifted = x[base + d * inner] - maximum
          out[base + d * inner] = isLog ? shifted - Foundation.log(total) : Foundation.exp(shifted) / total
        }
      }
    }
    return out
  }
}
