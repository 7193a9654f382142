import NumberFormat

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// PyTorch's default CPU generator (mt19937 plus the normal-sampling cache PyTorch keeps, if any).
///
/// Reproduces PyTorch 2.15 on x86-64 (AVX2/AVX-512 kernels) bit for bit: `rand`/`uniform_`,
/// `randint`, and `randn`/`normal_` on both of its paths (per element below 16 elements, blocks of 16
/// at or above). The state carries across calls, including the cached spare normal.
/// Not thread-safe: use one generator from one thread at a time (PyTorch locks a mutex instead).
public final class Generator {
  /// PyTorch's compiled-in default seed (`default_rng_seed_val`). (A real Python process seeds its
  /// default generator nondeterministically; a lesson that wants reproducible output calls `manual_seed`.)
  public static let defaultSeed: UInt64 = 67_280_421_310_721

  /// Tensors with at least this many contiguous elements take the blocked normal path.
  public static let normalBlockThreshold = 16

  /// The message PyTorch raises (as `ValueError`) for a `manual_seed` argument outside [-2^63, 2^64-1].
  public static let seedOverflowMessage = "Overflow when unpacking long long"

  /// The full 64-bit seed last set (`torch.initial_seed()`).
  public internal(set) var initialSeed: UInt64

  var engine: MersenneTwister
  /// The sine partner of the last per-element Box–Muller pair, consumed by the next per-element draw.
  var spareNormal: Double?

  public init(seed: UInt64 = Generator.defaultSeed) {
    initialSeed = seed
    engine = MersenneTwister(seed: UInt32(truncatingIfNeeded: seed))
  }

  /// `torch.manual_seed(seed)`: reseeds the engine with the low 32 bits and clears the cached normal.
  public func manualSeed(_ seed: UInt64) {
    initialSeed = seed
    engine = MersenneTwister(seed: UInt32(truncatingIfNeeded: seed))
    spareNormal = nil
  }

  /// The seed `torch.manual_seed(value)` stores for a Python int in [-2^63, 2^63): negative values
  /// wrap modulo 2^64 (`-1` → 18446744073709551615). Values in [2^63, 2^64) are passed as `UInt64`
  /// directly; anything outside [-2^63, 2^64) raises `ValueError: ` + `seedOverflowMessage`.
  public static func seed(fromPythonInteger value: Int64) -> UInt64 {
    UInt64(bitPattern: value)
  }

  /// The next raw 32-bit engine output (`random()`).
  public func nextUInt32() -> UInt32 { engine.nextUInt32() }

  /// The next raw 64-bit output: two engine outputs, the first as the high half (`random64()`).
  public func nextUInt64() -> UInt64 { engine.nextUInt64() }

  /// Runs `body` on the engine moved into a local variable, so bulk draws pay no per-draw
  /// exclusivity check on this class's stored property; the advanced engine is moved back after.
  private func drawing<Result>(_ body: (inout MersenneTwister) -> Result) -> Result {
    var local = MersenneTwister.placeholder
    swap(&local, &engine)
    defer { swap(&local, &engine) }
    return body(&local)
  }

  /// `count` draws of torch.rand/uniform_(low, high) in `dtype` (float32 values are exact Floats, widened).
  ///
  /// `low`/`high` are first rounded to `dtype`; each value is `fma(u, high - low, low)` in that dtype.
  /// Non-floating dtypes are drawn as float32. A negative count yields no values.
  public func uniform(count: Int, dtype: DType, low: Double, high: Double) -> [Double] {
    guard count > 0 else { return [] }
    var result = [Double]()
    result.reserveCapacity(count)
    drawing { engine in
      if dtype == .float64 {
        let span = high - low
        for _ in 0..<count { result.append(low.addingProduct(Self.uniformDouble(&engine), span)) }
      } else {
        let lowSingle = Float(low)
        let span = Float(high) - lowSingle
        for _ in 0..<count {
          result.append(Double(lowSingle.addingProduct(Self.uniformFloat(&engine), span)))
        }
      }
    }
    return result
  }

  /// `count` draws of torch.randn/normal_(mean, std) for a tensor of `count` elements in `dtype`.
  ///
  /// Below 16 elements (or when `contiguous` is false, as for a transposed tensor's `normal_`) values
  /// come one at a time from double-precision Box–Muller with a cached spare; otherwise from PyTorch's
  /// blocked kernel, which neither reads nor writes the spare. On the blocked float32 path `mean` and
  /// `std` are first rounded to float32, as PyTorch does. Non-floating dtypes are drawn as float32.
  public func normal(count: Int, dtype: DType, mean: Double, std: Double, contiguous: Bool = true) -> [Double]
  {
    guard count > 0 else { return [] }
    if count < Self.normalBlockThreshold || !contiguous {
      return perElementNormals(count: count, dtype: dtype, mean: mean, std: std)
    }
    if dtype == .float64 { return blockedDoubleNormals(count: count, mean: mean, std: std) }
    if dtype == .float16 || dtype == .bfloat16 {
      return blockedHalfNormals(count: count, mean: mean, std: std)
    }
    return blockedFloatNormals(count: count, mean: Float(mean), std: Float(std))
  }

  /// The message PyTorch raises (`RuntimeError`) for `uniform_(low, high)` on a tensor of `dtype`, or nil
  /// when the bounds are accepted (`low == high` is accepted and fills with `low`).
  public static func uniformRangeError(low: Double, high: Double, dtype: DType) -> String? {
    let isDouble = dtype == .float64
    let largest = isDouble ? Double.greatestFiniteMagnitude : Double(Float.greatestFiniteMagnitude)
    let typeName = isDouble ? "double" : "float"
    if !(low >= -largest && low <= largest) { return "from is out of bounds for \(typeName)" }
    if !(high >= -largest && high <= largest) { return "to is out of bounds for \(typeName)" }
    let from = PythonFloatFormat.general(low)
    let to = PythonFloatFormat.general(high)
    if low > high {
      return "uniform_ expects to return a [from, to) range, but found from=\(from) > to=\(to)"
    }
    if high - low > largest {
      return "uniform_ expects to-from <= std::numeric_limits<\(isDouble ? "Double" : "Float")>::max(), "
        + "but found to=\(to) and from=\(from) which result in to-from to exceed the limit"
    }
    return nil
  }

  /// The message PyTorch raises (`RuntimeError`) for `normal_(mean, std)` with a negative or nan std, or nil.
  public static func normalStdError(std: Double) -> String? {
    std >= 0 ? nil : "normal expects std >= 0.0, but found std \(PythonFloatFormat.general(std))"
  }

  /// The message PyTorch raises (`RuntimeError`) for `randint(low, high)` with an empty range, or nil.
  public static func randintRangeError(low: Int64, high: Int64) -> String? {
    low < high ? nil : "random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)"
  }

  /// `count` draws of torch.randint(low, high) (int64).
  ///
  /// Ranges of 2^28 or more draw 64 bits per value, smaller ones 32. An empty range
  /// (`low >= high`, see `randintRangeError`) or a negative count yields no values and draws nothing.
  public func randint(count: Int, low: Int64, high: Int64) -> [Int64] {
    guard count > 0, low < high else { return [] }
    // high > low, so the difference fits in UInt64; wrapping is the two's-complement subtraction.
    let range = UInt64(bitPattern: high &- low)
    let base = UInt64(bitPattern: low)
    let wide = range >= 1 << 28
    var result = [Int64]()
    result.reserveCapacity(count)
    drawing { engine in
      for _ in 0..<count {
        let raw = wide ? engine.nextUInt64() : UInt64(engine.nextUInt32())
        // The sum is taken modulo 2^64 and reinterpreted, as PyTorch does; it lands in [low, high).
        result.append(Int64(bitPattern: (raw % range) &+ base))
      }
    }
    return result
  }

  // MARK: - Uniform building blocks

  /// A float32 uniform in [0, 1): the low 24 bits of one draw, scaled.
  private static func uniformFloat(_ engine: inout MersenneTwister) -> Float {
    Float(engine.nextUInt32() & 0xFF_FFFF) * 0x1p-24
  }

  /// A float64 uniform in [0, 1): the low 53 bits of a 64-bit draw, scaled.
  private static func uniformDouble(_ engine: inout MersenneTwister) -> Double {
    Double(engine.nextUInt64() & ((1 << 53) - 1)) * 0x1p-53
  }

  // MARK: - Normal paths

  /// Path A: scalar Box–Muller in double with a cached spare, rounded to `dtype` per element.
  private func perElementNormals(count: Int, dtype: DType, mean: Double, std: Double) -> [Double] {
    var result = [Double]()
    result.reserveCapacity(count)
    for _ in 0..<count {
      let z: Double
      if let spare = spareNormal {
        z = spare
        spareNormal = nil
      } else {
        let u1 = drawing(Self.uniformDouble)
        let u2 = drawing(Self.uniformDouble)
        let radius = (-2.0 * log1p(-u2)).squareRoot()
        let theta = 6.283185307179586 * u1
        spareNormal = radius * sin(theta)
        z = radius * cos(theta)
      }
      let value = mean.addingProduct(z, std)
      result.append(dtype == .float64 ? value : Double(Float(value)))
    }
    return result
  }

  /// Path B for float32: blocks of 16 through the vectorised float kernel.
  private func blockedFloatNormals(count: Int, mean: Float, std: Float) -> [Double] {
    blockedNormals(count: count, uniform: Self.uniformFloat) { data, start in
      NormalBlockKernel.transform16(&data, start: start, mean: mean, std: std)
    }.map(Double.init)
  }

  /// Path B for float64: the same blocks, in double with the C library's log/cos/sin.
  private func blockedDoubleNormals(count: Int, mean: Double, std: Double) -> [Double] {
    blockedNormals(count: count, uniform: Self.uniformDouble) { data, start in
      Self.transformDouble16(&data, start: start, mean: mean, std: std)
    }
  }

  /// Path B for float16 and bfloat16: the float32 block kernel, but drawing 16 uniforms per block as it
  /// goes (a ragged tail takes the next 16 draws and fills the last 16 values), then rounded to the 16-bit
  /// type, as measured against PyTorch 2.15.
  private func blockedHalfNormals(count: Int, mean: Double, std: Double) -> [Double] {
    var result = [Float](repeating: 0, count: count)
    var block = [Float](repeating: 0, count: 16)
    var starts = Array(stride(from: 0, to: count - 15, by: 16))
    if count % 16 != 0 { starts.append(count - 16) }
    for start in starts {
      drawing { engine in
        for index in 0..<16 { block[index] = Self.uniformFloat(&engine) }
      }
      NormalBlockKernel.transform16(&block, start: 0, mean: Float(mean), std: Float(std))
      for index in 0..<16 { result[start + index] = block[index] }
    }
    return result.map(Double.init)
  }

  /// Path B's layout: fill with uniforms, transform blocks of 16 in place; a ragged tail is refilled with
  /// fresh uniforms and its last 16 values transformed again.
  private func blockedNormals<Element: BinaryFloatingPoint>(
    count: Int, uniform: (inout MersenneTwister) -> Element, transform16: (inout [Element], Int) -> Void
  ) -> [Element] {
    var data = [Element](repeating: 0, count: count)
    drawing { engine in
      for index in 0..<count { data[index] = uniform(&engine) }
    }
    var start = 0
    while start + 16 <= count {
      transform16(&data, start)
      start += 16
    }
    if count % 16 != 0 {
      let tail = count - 16
      drawing { engine in
        for index in tail..<count { data[index] = uniform(&engine) }
      }
      transform16(&data, tail)
    }
    return data
  }

  /// Box–Muller on 16 double uniforms in place (`d[k]`, `d[k+8]` pairs).
  private static func transformDouble16(_ data: inout [Double], start: Int, mean: Double, std: Double) {
    guard start >= 0, start + 16 <= data.count else { return }
    for k in start..<(start + 8) {
      let u1 = 1 - data[k]
      let u2 = data[k + 8]
      let radius = (-2 * log(u1)).squareRoot()
      let theta = 6.283185307179586 * u2
      data[k] = mean.addingProduct(radius * cos(theta), std)
      data[k + 8] = mean.addingProduct(radius * sin(theta), std)
    }
  }
}
