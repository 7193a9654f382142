/// Float32 arithmetic as PyTorch's AVX-512 CPU kernels do it, where the last bit shows in results:
/// the 16-lane sum of `vec::reduce_all` and SLEEF's `expf` (`Sleef_expf16_u10`).
enum VectorArithmetic {
  /// Lanes of a float32 vector in the AVX-512 kernels this PyTorch build runs.
  static let floatLanes = 16

  /// `vec::reduce_all` / `map_reduce_all` with `+` over `values`, as the AVX-512 build orders it.
  ///
  /// Fewer values than lanes are added left to right. Otherwise each lane accumulates every 16th value,
  /// the ragged tail goes into the first lanes, and the lanes are folded in a butterfly (lane i with
  /// i^8, then i^4, i^2, i^1). Checked against `torch.softmax` and `torch.log_softmax` row sums.
  static func laneSum(_ values: [Float], lanes: Int = floatLanes) -> Float {
    let count = values.count
    guard count > 0 else { return 0 }
    if count < lanes {
      var total = values[0]
      for index in 1..<count { total += values[index] }
      return total
    }
    var accumulators = Array(values[0..<lanes])
    var offset = lanes
    let fullEnd = count - count % lanes
    while offset < fullEnd {
      for lane in 0..<lanes { accumulators[lane] += values[offset + lane] }
      offset += lanes
    }
    for lane in 0..<(count - offset) { accumulators[lane] += values[offset + lane] }
    var width = lanes / 2
    while width >= 1 {
      let previous = accumulators
      for lane in 0..<lanes { accumulators[lane] = previous[lane] + previous[lane ^ width] }
      width /= 2
    }
    return accumulators[0]
  }

  /// SLEEF's single-precision `exp` (the `u10` variant PyTorch's vectorised softmax kernels call), bit for
  /// bit: Cody–Waite reduction by ln 2 in two parts, a degree-6 polynomial with fused multiply-adds, and
  /// scaling by 2^q in two steps.
  static func sleefExp(_ x: Float) -> Float {
    if x.isNaN { return x }
    if x > 100 { return .infinity }
    if x < -104 { return 0 }
    let reciprocalLn2 = Float(1.442695040888963407359924681001892137426645954152985934135449406931 as Double)
    let q = Int32((x * reciprocalLn2).rounded(.toNearestOrEven))
    let qf = Float(q)
    var s = x.addingProduct(qf, -Float(0.693145751953125 as Double))
    s = s.addingProduct(qf, -Float(1.428606765330187045e-06 as Double))
    var u = Float(0.000198527617612853646278381 as Double)
    u = Float(0.00139304355252534151077271 as Double).addingProduct(u, s)
    u = Float(0.00833336077630519866943359 as Double).addingProduct(u, s)
    u = Float(0.0416664853692054748535156 as Double).addingProduct(u, s)
    u = Float(0.166666671633720397949219 as Double).addingProduct(u, s)
    u = Float(0.5 as Double).addingProduct(u, s)
    u = 1 + s.addingProduct(s * s, u)
    let half = q >> 1
    return u * powerOfTwo(half) * powerOfTwo(q - half)
  }

  /// 2^e for an exponent in the normal range, built from its bits as SLEEF's `vpow2i` does.
  private static func powerOfTwo(_ exponent: Int32) -> Float {
    let biased = UInt32(truncatingIfNeeded: (Int(exponent) + 127) & 0xFF)
    return Float(bitPattern: biased << 23)
  }
}
