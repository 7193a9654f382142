/// The float32 Box–Muller block transform of PyTorch's AVX2 `normal_fill` kernel, bit for bit:
/// Cephes single-precision `log` and `sincos` polynomials with the compiler's fused multiply-adds.
enum NormalBlockKernel {
  /// Converts a decimal literal the way C does for a float constant: to double first, then to float.
  private static func single(_ value: Double) -> Float { Float(value) }

  private static let twoPi = single(6.283185307179586)
  private static let minusTwo: Float = -2
  private static let squareRootHalf = single(0.707106781186547524)
  private static let logPolynomial: [Float] = ([
    -1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1, 1.4249322787E-1,
    -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1, 3.3333331174E-1,
  ] as [Double]).map(single)
  private static let logLeading = single(7.0376836292E-2)
  private static let logQ1 = single(-2.12194440E-4)
  private static let logQ2 = single(0.693359375)
  private static let fourOverPi = single(1.27323954473516)
  private static let piOver4Parts = [
    single(-0.78515625), single(-2.4187564849853515625E-4), single(-3.77489497744594108E-8),
  ]
  private static let cosine = [single(2.443315711809948E-5), single(-1.388731625493765E-3), single(4.166664568298827E-2)]
  private static let sine = [single(-1.9515295891E-4), single(8.3321608736E-3), single(-1.6666654611E-1)]

  /// Transforms 16 uniforms starting at `start` into 16 normals (`d[k]`, `d[k+8]` pairs), in place.
  static func transform16(_ data: inout [Float], start: Int, mean: Float, std: Float) {
    guard start >= 0, start + 16 <= data.count else { return }
    for k in start..<(start + 8) {
      let u1 = 1 - data[k]
      let u2 = data[k + 8]
      let radius = (minusTwo * log(u1)).squareRoot()
      let theta = twoPi * u2
      let (sine, cosine) = sincos(theta)
      data[k] = mean.addingProduct(radius * cosine, std)
      data[k + 8] = mean.addingProduct(radius * sine, std)
    }
  }

  /// Cephes `logf` as vectorised in avx_mathfun.
  static func log(_ input: Float) -> Float {
    let x = max(input, Float.leastNormalMagnitude)
    let bits = x.bitPattern
    var exponent = Float(Int32(truncatingIfNeeded: bits >> 23) - 127) + 1
    let mantissa = Float(bitPattern: (bits & 0x807F_FFFF) | 0x3F00_0000)
    let t: Float
    if mantissa < squareRootHalf {
      exponent = exponent - 1
      t = (mantissa - 1) + mantissa
    } else {
      t = mantissa - 1
    }
    let z = t * t
    var y = logLeading
    for coefficient in logPolynomial { y = coefficient.addingProduct(y, t) }
    y = y * t
    y = (exponent * logQ1).addingProduct(y, z)
    y = y.addingProduct(z, -0.5)
    return (t + y).addingProduct(exponent, logQ2)
  }

  /// Cephes `sincosf` as vectorised in avx_mathfun, for non-negative arguments.
  static func sincos(_ input: Float) -> (sine: Float, cosine: Float) {
    let scaled = input * fourOverPi
    // theta is in [0, 2π), so the octant always fits; clamp anyway rather than trap on odd input.
    let octant = scaled.isFinite && abs(scaled) < 1e9 ? Int32(scaled.rounded(.towardZero)) : 0
    let j = (octant + 1) & ~1
    let y = Float(j)
    var x = input
    for part in piOver4Parts { x = x.addingProduct(y, part) }
    let z = x * x
    var c = cosine[2].addingProduct(cosine[1].addingProduct(cosine[0], z), z)
    c = c * z
    c = (-(z * 0.5)).addingProduct(c, z)
    c = c + 1
    var s = sine[2].addingProduct(sine[1].addingProduct(sine[0], z), z)
    s = s * z
    s = x.addingProduct(s, x)
    var (resultSine, resultCosine) = (j & 2) == 0 ? (s, c) : (c, s)
    if (j & 4) != 0 { resultSine = -resultSine }
    if ((j &- 2) & 4) == 0 { resultCosine = -resultCosine }
    return (resultSine, resultCosine)
  }
}
