/// The float32 Box–Muller block transform of PyTorch's AVX2 `normal_fill` kernel, bit for bit:
/// Cephes single-precision `log` and `sincos` polynomials with the compiler's fused multiply-adds.
enum NormalBlockKernel {
  // Constants are C float literals: decimal → double → float, so each goes through `Double` first.
  // They are written inline (not as stored statics) so the optimiser folds them into the loop.

  /// Transforms 16 uniforms starting at `start` into 16 normals (`d[k]`, `d[k+8]` pairs), in place.
  static func transform16(_ data: inout [Float], start: Int, mean: Float, std: Float) {
    guard start >= 0, start + 16 <= data.count else { return }
    let twoPi = Float(6.283185307179586 as Double)
    data.withUnsafeMutableBufferPointer { block in
      // In bounds: checked by the guard above.
      for k in start..<(start + 8) {
        let u1 = 1 - block[k]
        let u2 = block[k + 8]
        let radius = (-2 * log(u1)).squareRoot()
        let theta = twoPi * u2
        let (sine, cosine) = sincos(theta)
        block[k] = fused(radius * cosine, std, mean)
        block[k + 8] = fused(radius * sine, std, mean)
      }
    }
  }

  /// Cephes `logf` as vectorised in avx_mathfun.
  @inline(__always)
  static func log(_ input: Float) -> Float {
    let x = max(input, Float.leastNormalMagnitude)
    let bits = x.bitPattern
    var exponent = Float(Int32(truncatingIfNeeded: bits >> 23) - 127) + 1
    let mantissa = Float(bitPattern: (bits & 0x807F_FFFF) | 0x3F00_0000)
    let t: Float
    if mantissa < Float(0.707106781186547524 as Double) {
      exponent = exponent - 1
      t = (mantissa - 1) + mantissa
    } else {
      t = mantissa - 1
    }
    let z = t * t
    var y = Float(7.0376836292E-2 as Double)
    y = fused(y, t, Float(-1.1514610310E-1 as Double))
    y = fused(y, t, Float(1.1676998740E-1 as Double))
    y = fused(y, t, Float(-1.2420140846E-1 as Double))
    y = fused(y, t, Float(1.4249322787E-1 as Double))
    y = fused(y, t, Float(-1.6668057665E-1 as Double))
    y = fused(y, t, Float(2.0000714765E-1 as Double))
    y = fused(y, t, Float(-2.4999993993E-1 as Double))
    y = fused(y, t, Float(3.3333331174E-1 as Double))
    y = y * t
    y = fused(y, z, (exponent * Float(-2.12194440E-4 as Double)))
    y = fused(z, -0.5, y)
    return fused(exponent, Float(0.693359375 as Double), t + y)
  }

  /// Cephes `sincosf` as vectorised in avx_mathfun, for non-negative arguments.
  @inline(__always)
  static func sincos(_ input: Float) -> (sine: Float, cosine: Float) {
    let scaled = input * Float(1.27323954473516 as Double)
    // theta is in [0, 2π), so the octant always fits; clamp anyway rather than trap on odd input.
    let octant = scaled.isFinite && abs(scaled) < 1e9 ? Int32(scaled.rounded(.towardZero)) : 0
    let j = (octant &+ 1) & ~1
    let y = Float(j)
    var x = input
    x = fused(y, Float(-0.78515625 as Double), x)
    x = fused(y, Float(-2.4187564849853515625E-4 as Double), x)
    x = fused(y, Float(-3.77489497744594108E-8 as Double), x)
    let z = x * x
    var c = fused(Float(2.443315711809948E-5 as Double), z, Float(-1.388731625493765E-3 as Double))
    c = fused(c, z, Float(4.166664568298827E-2 as Double))
    c = c * z
    c = fused(c, z, (-(z * 0.5)))
    c = c + 1
    var s = fused(Float(-1.9515295891E-4 as Double), z, Float(8.3321608736E-3 as Double))
    s = fused(s, z, Float(-1.6666654611E-1 as Double))
    s = s * z
    s = fused(s, x, x)
    var (resultSine, resultCosine) = (j & 2) == 0 ? (s, c) : (c, s)
    if (j & 4) != 0 { resultSine = -resultSine }
    if ((j &- 2) & 4) == 0 { resultCosine = -resultCosine }
    return (resultSine, resultCosine)
  }

  /// `a * b + c` with a single rounding, like C's `fmaf`, mostly without a library call.
  ///
  /// The product of two floats is exact in double, so `sum` below is the exact result rounded once to
  /// double. Rounding that to float gives the correctly rounded result unless `sum` landed exactly on
  /// a float rounding midpoint (or outside float's normal range); those rare cases use the library fma.
  @inline(__always)
  static func fused(_ a: Float, _ b: Float, _ c: Float) -> Float {
    let sum = Double(a) * Double(b) + Double(c)
    let bits = sum.bitPattern
    // Biased exponents 898 ..< 1150 are magnitudes 2^-125 ..< 2^127 (zero, nan and inf fall outside).
    let inFloatNormalRange = ((bits >> 52) & 0x7FF) &- 898 < 252
    let isMidpoint = bits & 0x1FFF_FFFF == 0x1000_0000
    guard inFloatNormalRange, !isMidpoint else { return c.addingProduct(a, b) }
    return Float(sum)
  }
}
